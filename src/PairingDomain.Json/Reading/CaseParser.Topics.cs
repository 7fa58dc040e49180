using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using PairingDomain.Activities;
using PairingDomain.Json.Reading.Fields;

namespace PairingDomain.Json.Reading;

/// <summary>
/// An activity's <c>topics</c> in <c>pairing-case/2</c> (case-format-2.md §1 "Focus topics"): an array of distinct topic
/// ids; in a <c>/1</c> case the field is <c>unknown-field</c>.
/// </summary>
/// <remarks>
/// Readings: <c>topics</c> is optional (absent or null is none; <c>[]</c> is none too); a member that is not an array is
/// <c>invalid-value</c> at <c>.topics</c>; an element that is not a known topic id, or repeats an earlier one, is
/// <c>invalid-value</c> at <c>.topics[i]</c>; topics on an activity of another kind than <c>supervision-visit</c> are the
/// ledger builder's <c>invalid-value</c> at <c>.topics</c>.
/// </remarks>
internal sealed partial class CaseParser
{
    private FocusTopicSet ReadTopics(RecordFields r)
    {
        if (!r.Array(ActivityFields.Topics, false, out JsonElement array) || array.ValueKind != JsonValueKind.Array)
        {
            return FocusTopicSet.Empty;
        }
        var topics = new List<FocusTopic>();
        string path = r.FieldPath(ActivityFields.Topics);
        int i = 0;
        foreach (JsonElement element in array.EnumerateArray())
        {
            string at = JsonPaths.Index(path, i++);
            if (element.ValueKind != JsonValueKind.String || !RecordFields.TryGetString(element, out string? id)
                || !FocusTopic.TryFromContractId(id, out FocusTopic? topic))
            {
                _log.Field(at, ProblemCodes.InvalidValue, $"{element.GetRawText()} is not a focus topic; the topics are {string.Join(", ", FocusTopic.List.OrderBy(t => t.Value).Select(t => t.ContractId))}",
                    $"{element.GetRawText()} 不是重点议题；重点议题为 {string.Join("、", FocusTopic.List.OrderBy(t => t.Value).Select(t => t.ContractId))}");
            }
            else if (topics.Contains(topic))
            {
                _log.Field(at, ProblemCodes.InvalidValue, $"the topic '{id}' is given more than once", $"重点议题“{id}”重复出现");
            }
            else
            {
                topics.Add(topic);
            }
        }
        // A record with a bad topic still reaches the ledger builder, with the topics read, so its other fields are judged.
        return FocusTopicSet.Of(topics);
    }
}
