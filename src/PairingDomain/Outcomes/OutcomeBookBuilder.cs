using System.Collections.Generic;
using System.Globalization;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.Rosters;
using PairingDomain.Time;

namespace PairingDomain.Outcomes;

/// <summary>
/// Assembles an <see cref="OutcomeBook"/> against a built <see cref="Roster"/>, checking every outcome of
/// case-format-2.md §1 "Outcomes".
/// </summary>
/// <remarks>
/// <see cref="Build"/> reports every problem of every outcome at once, never stopping at the first:
/// <list type="bullet">
/// <item><c>duplicate-id</c> at <c>.id</c> for an id an earlier outcome, an activity of the given ledger or a committee
/// activity of the given work book uses (one namespace);</item>
/// <item><c>unknown-reference</c> at <c>.unit</c>, <c>.county</c> or <c>.village</c> for a reference not in the roster;</item>
/// <item><c>invalid-value</c> at <c>.village</c> for a village outside the outcome's county, and at <c>.amount</c> for an
/// amount below 0 or with more decimals than its measure allows (<see cref="OutcomeMeasure.Allows"/>).</item>
/// </list>
/// Records are located as <c>$.outcomes[i]</c> unless the caller passes a path; a duplicate's message names the first
/// record by its locator.
/// <threadsafety>Not thread-safe: build on one thread, then share the immutable <see cref="OutcomeBook"/>.</threadsafety>
/// </remarks>
public sealed class OutcomeBookBuilder
{
    private readonly Roster _roster;
    private readonly List<OutcomeRecord> _records;
    private readonly List<ActivityId> _ids;
    private readonly List<int> _villages;
    private readonly Dictionary<ActivityId, string> _seen;
    private readonly List<Problem> _problems = [];
    private int _added;

    /// <summary>Starts a book for <paramref name="roster"/>.</summary>
    /// <param name="roster">The roster every reference must resolve against.</param>
    /// <param name="ledger">The roster's activity ledger, whose ids outcomes must not reuse; null to skip that check.</param>
    /// <param name="cadreWork">The work book whose committee activities' ids outcomes must not reuse; null to skip that check.</param>
    /// <param name="capacity">The number of outcomes expected, to size storage once.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="roster"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The ledger or the work book belongs to another roster, or the capacity is negative.</exception>
    public OutcomeBookBuilder(Roster roster, ActivityLedger? ledger = null, CadreWorkBook? cadreWork = null, int capacity = 0)
    {
        _roster = Preconditions.CheckNotNull(roster, nameof(roster));
        Preconditions.CheckArgument(ledger is null || ReferenceEquals(ledger.Roster, roster), nameof(ledger), "The ledger was built for another roster.");
        Preconditions.CheckArgument(cadreWork is null || ReferenceEquals(cadreWork.Roster, roster), nameof(cadreWork),
            "The work book was built for another roster.");
        Preconditions.CheckArgument(capacity >= 0, nameof(capacity), "The capacity is negative.");
        _records = new List<OutcomeRecord>(capacity);
        _ids = new List<ActivityId>(capacity);
        _villages = new List<int>(capacity);
        _seen = new Dictionary<ActivityId, string>(capacity + (ledger?.Count ?? 0));
        if (ledger is not null)
        {
            for (int i = 0; i < ledger.Count; i++)
            {
                _seen.TryAdd(ledger.IdAt(i), Locations.Default("activities", i));
            }
        }
        if (cadreWork is not null)
        {
            int i = 0;
            foreach (CommitteeActivity activity in cadreWork.CommitteeActivities)
            {
                _seen.TryAdd(activity.Id, Locations.Default("committeeActivities", i++));
            }
        }
    }

    /// <summary>Adds an outcome; problems are kept for <see cref="Build"/>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="path">Where the record came from; defaults to <c>$.outcomes[i]</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="outcome"/> is null.</exception>
    public OutcomeBookBuilder Add(Outcome outcome, string? path = null)
    {
        Preconditions.CheckNotNull(outcome, nameof(outcome));
        string at = path ?? Locations.Default("outcomes", _added);
        _added++;
        int before = _problems.Count;
        if (!_seen.TryAdd(outcome.Id, at))
        {
            _problems.Add(new Problem(at + ".id", ProblemCodes.DuplicateId, $"activity '{outcome.Id}' is already used by {_seen[outcome.Id]}",
                $"活动“{outcome.Id}”已被 {_seen[outcome.Id]} 使用"));
        }
        if (!_roster.TryGetUnitIndex(outcome.Unit, out int unit))
        {
            _problems.Add(new Problem(at + ".unit", ProblemCodes.UnknownReference, $"no unit '{outcome.Unit}' in the roster",
                $"名册中没有单位“{outcome.Unit}”"));
        }
        if (!_roster.TryGetCountyIndex(outcome.County, out int county))
        {
            _problems.Add(new Problem(at + ".county", ProblemCodes.UnknownReference, $"no county '{outcome.County}' in the roster",
                $"名册中没有县“{outcome.County}”"));
        }
        int village = -1;
        if (outcome.Village is { } v)
        {
            if (!_roster.TryGetVillageIndex(v, out village))
            {
                _problems.Add(new Problem(at + ".village", ProblemCodes.UnknownReference, $"no village '{v}' in the roster",
                    $"名册中没有村“{v}”"));
            }
            else if (!v.IsIn(outcome.County))
            {
                _problems.Add(new Problem(at + ".village", ProblemCodes.InvalidValue,
                    $"village {v} does not lie in the outcome's county {outcome.County}", $"村 {v} 不在该成果所在县 {outcome.County} 内"));
            }
        }
        if (!outcome.Measure.Allows(outcome.Amount))
        {
            _problems.Add(AmountProblem(at + ".amount", outcome.Measure, outcome.Amount.ToString(CultureInfo.InvariantCulture)));
        }
        if (_problems.Count == before)
        {
            // A zero of any sign and scale is stored as 0, so that sums and the writer never show -0 or 0.00.
            decimal amount = outcome.Amount == 0m ? 0m : outcome.Amount;
            _records.Add(new OutcomeRecord(unit, county, PackedDate.Pack(outcome.On), (byte)outcome.Measure.Value, amount));
            _ids.Add(outcome.Id);
            _villages.Add(village);
        }
        return this;
    }

    /// <summary>
    /// The <c>invalid-value</c> problem for an amount of <paramref name="measure"/> that is negative or has too many
    /// decimals, worded alike for the builder and a reader that sees the amount's text.
    /// </summary>
    /// <param name="path">The amount's path.</param>
    /// <param name="measure">The outcome's measure.</param>
    /// <param name="amount">The amount as written.</param>
    /// <returns>The problem.</returns>
    public static Problem AmountProblem(string path, OutcomeMeasure measure, string amount)
    {
        Preconditions.CheckNotNull(measure, nameof(measure));
        string decimals = measure.Decimals switch
        {
            0 => "no decimals",
            1 => "at most 1 decimal",
            _ => string.Create(CultureInfo.InvariantCulture, $"at most {measure.Decimals} decimals"),
        };
        string chineseDecimals = measure.Decimals == 0 ? "不带小数" : string.Create(CultureInfo.InvariantCulture, $"至多 {measure.Decimals} 位小数");
        return new Problem(path, ProblemCodes.InvalidValue,
            $"{amount} is not an amount of {measure.ContractId}: a number from 0 with {decimals} ({measure.Unit.EnglishName})",
            $"{amount} 不是“{measure.ChineseName}”的有效数量：应为不小于 0、{chineseDecimals}的数（单位：{measure.Unit.ChineseName}）");
    }

    /// <summary>Builds the book, or reports every problem of every outcome added.</summary>
    /// <returns>The book, or all its problems.</returns>
    public BuildResult<OutcomeBook> Build() =>
        _problems.Count > 0
            ? BuildResult<OutcomeBook>.ForProblems([.. _problems])
            : BuildResult<OutcomeBook>.ForValue(new OutcomeBook(_roster, [.. _records], [.. _ids], [.. _villages]));
}
