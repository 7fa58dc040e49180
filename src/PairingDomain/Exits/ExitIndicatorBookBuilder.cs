using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using PairingDomain.Assessment.Rules;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;

namespace PairingDomain.Exits;

/// <summary>
/// Assembles an <see cref="ExitIndicatorBook"/> against a built <see cref="Roster"/> and the case's
/// <see cref="PolicyEdition"/>, checking every identifier and reference of case-format-2.md §1, "Exit indicators",
/// and that the edition has a national poverty line for each household record's year (<c>EXIT-HOUSEHOLD</c>).
/// </summary>
/// <remarks>
/// <see cref="Build"/> reports every problem at once, as <see cref="Cadres.CadreWorkBookBuilder"/> does, never stopping at
/// the first:
/// <list type="bullet">
/// <item><c>duplicate-id</c> at <c>.household</c>, <c>.village</c> or <c>.county</c> for a second record of the same
/// subject and year;</item>
/// <item><c>unknown-reference</c> at <c>.village</c> for a household's or village record's village not in the roster,
/// and at <c>.county</c> for a county record's county not in the roster;</item>
/// <item><c>unknown-poverty-line</c> at <c>.year</c> for a household record whose year has no poverty line in the edition
/// (<c>poverty-line-YYYY</c> of <c>EXIT-HOUSEHOLD</c>), checked only when the edition applies <c>EXIT-HOUSEHOLD</c>.
/// The line is never guessed (domain.md §8: "a line missing for a year is an error the caller must fill"). It is a
/// problem of the input, found where the records are assembled, because the case names its edition: a case with such
/// a record is refused (exit 2) before any assessment, rather than assessed with a household judged against nothing.</item>
/// </list>
/// Problems come collection by collection (households, villages, counties), record by record in the order of addition.
/// Records are located as <c>$.householdIndicators[i]</c>, <c>$.villageIndicators[i]</c> and
/// <c>$.countyIndicators[i]</c> unless the caller passes a path; a duplicate's message names the first record.
/// <threadsafety>Not thread-safe: build on one thread, then share the immutable <see cref="ExitIndicatorBook"/>.</threadsafety>
/// </remarks>
public sealed class ExitIndicatorBookBuilder
{
    private readonly Roster _roster;
    private readonly PolicyEdition _edition;
    private readonly List<(HouseholdIndicators Value, string Path)> _households = [];
    private readonly List<(VillageIndicators Value, string Path)> _villages = [];
    private readonly List<(CountyIndicators Value, string Path)> _counties = [];

    /// <summary>Starts a book for <paramref name="roster"/>, judged under <paramref name="edition"/>.</summary>
    /// <param name="roster">The roster every village and county must resolve against.</param>
    /// <param name="edition">The case's edition, whose poverty lines the household records' years must have.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public ExitIndicatorBookBuilder(Roster roster, PolicyEdition edition)
    {
        _roster = Preconditions.CheckNotNull(roster, nameof(roster));
        _edition = Preconditions.CheckNotNull(edition, nameof(edition));
    }

    /// <summary>Adds a household's record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="path">Where the record came from; defaults to <c>$.householdIndicators[i]</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="record"/> is null.</exception>
    public ExitIndicatorBookBuilder AddHousehold(HouseholdIndicators record, string? path = null)
    {
        _households.Add((Preconditions.CheckNotNull(record, nameof(record)), path ?? Locations.Default("householdIndicators", _households.Count)));
        return this;
    }

    /// <summary>Adds a village's record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="path">Where the record came from; defaults to <c>$.villageIndicators[i]</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="record"/> is null.</exception>
    public ExitIndicatorBookBuilder AddVillage(VillageIndicators record, string? path = null)
    {
        _villages.Add((Preconditions.CheckNotNull(record, nameof(record)), path ?? Locations.Default("villageIndicators", _villages.Count)));
        return this;
    }

    /// <summary>Adds a county's record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="path">Where the record came from; defaults to <c>$.countyIndicators[i]</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="record"/> is null.</exception>
    public ExitIndicatorBookBuilder AddCounty(CountyIndicators record, string? path = null)
    {
        _counties.Add((Preconditions.CheckNotNull(record, nameof(record)), path ?? Locations.Default("countyIndicators", _counties.Count)));
        return this;
    }

    /// <summary>
    /// Builds the book, or reports every duplicate record (<c>duplicate-id</c>), every reference that does not resolve
    /// (<c>unknown-reference</c>) and every household year without a poverty line (<c>unknown-poverty-line</c>).
    /// </summary>
    /// <returns>The book, or all its problems.</returns>
    public BuildResult<ExitIndicatorBook> Build()
    {
        var problems = new List<Problem>();
        var householdIndex = new Dictionary<(string, int), int>(_households.Count);
        var villageIndex = new Dictionary<(VillageCode, int), int>(_villages.Count);
        var countyIndex = new Dictionary<(DivisionCode, int), int>(_counties.Count);
        bool checkLines = _edition.Applies(RuleIds.ExitHousehold);
        var lines = new Dictionary<int, bool>();

        for (int i = 0; i < _households.Count; i++)
        {
            (HouseholdIndicators record, string path) = _households[i];
            if (!householdIndex.TryAdd((record.Household, record.Year), i))
            {
                string first = _households[householdIndex[(record.Household, record.Year)]].Path;
                problems.Add(new Problem(path + ".household", ProblemCodes.DuplicateId,
                    string.Create(CultureInfo.InvariantCulture, $"household '{record.Household}' already has indicators for {record.Year} in {first}"),
                    string.Create(CultureInfo.InvariantCulture, $"贫困户“{record.Household}”{record.Year}年的退出指标已由 {first} 给出")));
            }
            UnknownVillage(record.Village, path, problems);
            if (checkLines)
            {
                if (!lines.TryGetValue(record.Year, out bool known))
                {
                    known = ExitRules.PovertyLine(_edition, record.Year) is not null;
                    lines[record.Year] = known;
                }
                if (!known)
                {
                    problems.Add(new Problem(path + ".year", ProblemCodes.UnknownPovertyLine,
                        string.Create(CultureInfo.InvariantCulture, $"the edition {_edition.Id} has no national poverty line for {record.Year}"),
                        string.Create(CultureInfo.InvariantCulture, $"政策版本 {_edition.Id} 没有 {record.Year} 年的国家扶贫标准")));
                }
            }
        }
        for (int i = 0; i < _villages.Count; i++)
        {
            (VillageIndicators record, string path) = _villages[i];
            if (!villageIndex.TryAdd((record.Village, record.Year), i))
            {
                string first = _villages[villageIndex[(record.Village, record.Year)]].Path;
                problems.Add(new Problem(path + ".village", ProblemCodes.DuplicateId,
                    string.Create(CultureInfo.InvariantCulture, $"village '{record.Village}' already has indicators for {record.Year} in {first}"),
                    string.Create(CultureInfo.InvariantCulture, $"村“{record.Village}”{record.Year}年的退出指标已由 {first} 给出")));
            }
            UnknownVillage(record.Village, path, problems);
        }
        for (int i = 0; i < _counties.Count; i++)
        {
            (CountyIndicators record, string path) = _counties[i];
            if (!countyIndex.TryAdd((record.County, record.Year), i))
            {
                string first = _counties[countyIndex[(record.County, record.Year)]].Path;
                problems.Add(new Problem(path + ".county", ProblemCodes.DuplicateId,
                    string.Create(CultureInfo.InvariantCulture, $"county '{record.County}' already has indicators for {record.Year} in {first}"),
                    string.Create(CultureInfo.InvariantCulture, $"县“{record.County}”{record.Year}年的退出指标已由 {first} 给出")));
            }
            if (_roster.FindCounty(record.County) is null)
            {
                problems.Add(new Problem(path + ".county", ProblemCodes.UnknownReference,
                    $"no county '{record.County}' in the roster", $"名册中没有县“{record.County}”"));
            }
        }

        if (problems.Count > 0)
        {
            return BuildResult<ExitIndicatorBook>.ForProblems([.. problems]);
        }
        return BuildResult<ExitIndicatorBook>.ForValue(new ExitIndicatorBook(_roster, ToArray(_households), ToArray(_villages),
            ToArray(_counties), villageIndex, countyIndex));
    }

    private void UnknownVillage(VillageCode village, string path, List<Problem> problems)
    {
        if (_roster.FindVillage(village) is null)
        {
            problems.Add(new Problem(path + ".village", ProblemCodes.UnknownReference,
                $"no village '{village}' in the roster", $"名册中没有村“{village}”"));
        }
    }

    private static ImmutableArray<T> ToArray<T>(List<(T Value, string Path)> records)
    {
        ImmutableArray<T>.Builder builder = ImmutableArray.CreateBuilder<T>(records.Count);
        foreach ((T value, _) in records)
        {
            builder.Add(value);
        }
        return builder.MoveToImmutable();
    }

}
