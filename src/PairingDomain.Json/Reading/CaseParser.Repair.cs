using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;
using PairingDomain.Cadres;
using PairingDomain.Json.Reading.Fields;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Units;

namespace PairingDomain.Json.Reading;

/// <summary>
/// The repair of bad records and their cascades: placeholders for bad values, what the reader notes of bad records so
/// that references to them are not judged again (the rows <see cref="Cascade.LeaderOfTwoUnits"/> and
/// <see cref="Cascade.CountyCodeUnreadable"/> of <see cref="ProblemLog"/>). The repaired roster that activities and
/// grades are checked against when the roster itself has problems is <see cref="PairingCaseBuilder"/>'s.
/// </summary>
internal sealed partial class CaseParser
{
    private static readonly DivisionCode s_dummyCounty = DivisionCode.Parse("999999");
    private static readonly VillageCode s_dummyVillage = VillageCode.Parse("999999999999");
    private static readonly LocalDate s_dummyDate = new(1, 1, 1);

    /// <summary>For each leader identifier, the first unit (by its position among the units) whose leaders hold it.</summary>
    private readonly Dictionary<string, int> _unitOfLeader = new(StringComparer.Ordinal);

    /// <summary>Leader identifiers held by leaders of two units or more: which unit such a leader belongs to is unknown.</summary>
    private readonly HashSet<string> _leadersOfTwoUnits = new(StringComparer.Ordinal);

    /// <summary>The raw text of county codes that were unreadable as codes (a number, say) but read as one.</summary>
    private readonly HashSet<DivisionCode> _unreadableCountyCodes = [];

    /// <summary>A placeholder identifier unique to the record or field at <paramref name="path"/>.</summary>
    private static string Dummy(string path) => PairingCaseBuilder.PlaceholderId(path);

    /// <summary>
    /// Notes the leaders of the unit being read (the next after <see cref="_unitCount"/>): an identifier already held in another
    /// unit is the builder's <c>duplicate-id</c>, and activities naming it are not judged against either unit.
    /// </summary>
    private void NoteLeaders(List<Leader> leaders)
    {
        int unit = _unitCount;
        foreach (Leader leader in leaders)
        {
            string id = leader.Id.Value;
            if (PairingCaseBuilder.IsPlaceholder(id))
            {
                continue;
            }
            if (!_unitOfLeader.TryAdd(id, unit) && _unitOfLeader[id] != unit)
            {
                _leadersOfTwoUnits.Add(id);
            }
        }
    }

    /// <summary>
    /// After a county's <c>code</c> was reported unreadable: when its raw text reads as a code (a JSON number such as
    /// <c>513431</c>), references to that code are not reported unknown; the county is there, its code written wrong.
    /// </summary>
    private void NoteUnreadableCountyCode(RecordFields county)
    {
        JsonElement code = county[CountyFields.Code];
        string? raw = code.ValueKind switch
        {
            JsonValueKind.Number => code.GetRawText(),
            JsonValueKind.String => RecordFields.TryGetString(code, out string? text) ? text : null,
            _ => null,
        };
        if (DivisionCode.TryParse(raw, out DivisionCode parsed))
        {
            _unreadableCountyCodes.Add(parsed);
        }
    }

    /// <summary>The row <see cref="Cascade.CountyCodeUnreadable"/>, at a record whose <c>county</c> names such a code.</summary>
    private void SuppressIfUnreadableCounty(RecordFields record, DivisionCode? county)
    {
        if (county is { } c && _unreadableCountyCodes.Contains(c))
        {
            _log.Suppress(Cascade.CountyCodeUnreadable, record);
        }
    }

    /// <summary>The row <see cref="Cascade.LeaderOfTwoUnits"/>, at an activity whose <c>by</c> names such a leader.</summary>
    private void SuppressIfLeaderOfTwoUnits(RecordFields activity, string? by)
    {
        if (by is not null && _leadersOfTwoUnits.Contains(by))
        {
            _log.Suppress(Cascade.LeaderOfTwoUnits, activity);
        }
    }
}
