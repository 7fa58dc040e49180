using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Json.Reading.Fields;
using PairingDomain.Party;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Time;

namespace PairingDomain.Json.Reading;

/// <summary>
/// Party building in <c>pairing-case/2</c> (case-format-2.md §1, §III.5): <c>partyPairings</c>, read field by field and
/// assembled by <see cref="PartyPairingBookBuilder"/>, and the two activity kinds <c>party-lecture</c> and
/// <c>branch-guidance</c>, which a <c>pairing-case/1</c> document cannot use (<c>invalid-value</c>, its message listing
/// the seven kinds of version 1, as before).
/// </summary>
/// <remarks>
/// Readings where case-format-2.md §1 is silent: <c>unit</c>, <c>village</c> and <c>from</c> are required and <c>to</c>
/// may be absent or null (open-ended, as a cadre's posting); repeated or overlapping pairings are no error. When the
/// roster itself has problems the pairings' references are not checked (the roster they would be checked against is
/// not the case's), so that no problem cascades from the roster's.
/// </remarks>
internal sealed partial class CaseParser
{
    /// <summary>The kinds of version 1, as a <c>pairing-case/1</c> document's message lists them.</summary>
    private static readonly string s_version1Kinds =
        string.Join(", ", ActivityKind.List.Where(k => !k.IsPartyBuilding).OrderBy(k => k.Value).Select(k => k.ContractId));

    /// <summary>
    /// Reads an activity's <c>kind</c>: every kind in a <c>/2</c> document, the seven of version 1 in a <c>/1</c> one.
    /// </summary>
    /// <summary>
    /// The kind <paramref name="text"/> names when a document of the version may give it, else null: the check of
    /// <see cref="ReadActivityKind"/>, for <see cref="ActivityRecordReader"/>'s table of kinds.
    /// </summary>
    internal static ActivityKind? AcceptsActivityKind(string text, bool version2)
    {
        if (version2)
        {
            return SmartEnumKebabNames<ActivityKind>.TryParse(text, out ActivityKind? kind) ? kind : null;
        }
        return ActivityKind.TryFromContractId(text, out ActivityKind? found) && !found.IsPartyBuilding ? found : null;
    }

    private bool ReadActivityKind(RecordFields r, out ActivityKind? kind)
    {
        kind = null;
        if (_version2)
        {
            return r.Enum(ActivityFields.Kind, true, out kind);
        }
        if (!r.String(ActivityFields.Kind, true, out string? text))
        {
            return false;
        }
        if (text is null)
        {
            return true;
        }
        if (!ActivityKind.TryFromContractId(text, out ActivityKind? found) || found.IsPartyBuilding)
        {
            r.Invalid(ActivityFields.Kind, ProblemCodes.InvalidValue, $"'{text}' is not one of {s_version1Kinds}",
                $"“{text}”不是以下取值之一：{s_version1Kinds}");
            return false;
        }
        kind = found;
        return true;
    }

    private void ReadPartyPairing(RecordFields r)
    {
        bool unitOk = r.Id(PartyPairingFields.Unit, true, out string? unit);
        bool villageOk = r.Village(PartyPairingFields.Village, true, out VillageCode? village);
        DateRange? validity = ReadRange(r, PartyPairingFields.From, PartyPairingFields.To);
        if (unitOk && unit is not null && villageOk && village is { } code && validity is { } range)
        {
            Builder.AddPartyPairing(new PartyPairing(new UnitId(unit), code, range), r.Path);
        }
    }
}
