using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using PairingDomain.Cadres;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;

namespace PairingDomain.Assessment.Rules;

/// <summary>
/// The village work teams (domain.md §8, the 2017 opinions on village work teams and Sichuan's implementing opinions;
/// case-format-2.md §2): <c>TEAM-MIN-SIZE</c> (一般不少于3人，含第一书记), <c>TEAM-TERM</c> (每期至少2年) and
/// <c>TEAM-STAYS-AFTER-EXIT</c> (贫困村退出的，驻村工作队不得撤离), over the roster's cadres and the local members.
/// </summary>
internal static class TeamRules
{
    /// <summary>The rules this class evaluates: part of <see cref="EvaluatedRules"/>.</summary>
    internal static ImmutableArray<RuleId> Evaluates { get; } = [RuleIds.TeamMinSize, RuleIds.TeamTerm, RuleIds.TeamStaysAfterExit];

    /// <summary>
    /// The figures these rules read from their parameters: the team minimum (3) and the term in years (2).
    /// <see cref="PolicyEditionBuilder.Build"/> refuses an evaluated rule whose figure is absent or not a whole number
    /// of at least 1, so the assessment never falls back on a constant.
    /// </summary>
    internal static ImmutableArray<(RuleId Rule, string Name)> Figures { get; } =
        [(RuleIds.TeamMinSize, "minimum"), (RuleIds.TeamTerm, "years")];

    /// <summary>The figure <paramref name="name"/> of <paramref name="rule"/>, or null when absent or not a whole number ≥ 1.</summary>
    internal static int? Figure(PolicyRule rule, string name)
    {
        foreach (RuleParameter p in rule.Parameters)
        {
            if (p.Name == name)
            {
                return int.TryParse(p.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= 1
                    ? value
                    : null;
            }
        }
        return null;
    }

    private static int Figure(PolicyEdition edition, RuleId rule, string name) =>
        Figure(edition.GetRule(rule), name)
        ?? throw new InvalidOperationException($"{rule} has no figure '{name}': the edition's builder should have refused it.");

    /// <summary>
    /// The findings of the rules the edition applies, for every village of the roster; <paramref name="actions"/> gives
    /// the cadres recalled this year (exempt from <c>TEAM-TERM</c> under <c>TERM-RECALL-EXEMPT</c>).
    /// </summary>
    internal static List<Finding> Findings(AssessmentPlan plan, CadreWorkBook work, ImmutableArray<CadreActions> actions)
    {
        var findings = new List<Finding>();
        PolicyEdition edition = plan.Edition;
        bool minSize = edition.Applies(RuleIds.TeamMinSize), term = edition.Applies(RuleIds.TeamTerm),
            stays = edition.Applies(RuleIds.TeamStaysAfterExit);
        if (!minSize && !term && !stays)
        {
            return findings;
        }
        int minimum = minSize ? Figure(edition, RuleIds.TeamMinSize, "minimum") : 0;
        int years = term ? Figure(edition, RuleIds.TeamTerm, "years") : 0;
        var recalled = new HashSet<CadreId>();
        if (edition.Adopts(InterpretationIds.TermRecallExempt))
        {
            foreach (CadreActions a in actions)
            {
                if (a.Actions.Contains(RuleIds.CadreRecall))
                {
                    recalled.Add(a.Cadre);
                }
            }
        }
        var yearStart = new LocalDate(plan.Year, 1, 1);
        LocalDate asOf = plan.AsOf;
        var days = new List<LocalDate>(); // the days a team changes, reused from village to village
        WorkTeam?[] teams = work.TeamsInRosterOrder();
        ImmutableArray<Village> villages = plan.Roster.Villages;
        for (int v = 0; v < villages.Length; v++)
        {
            Village village = villages[v];
            if (teams[v] is not { Members: { IsEmpty: false } members })
            {
                continue;
            }
            if (term)
            {
                foreach (WorkTeamMember m in members)
                {
                    if (m.Posting.End is { } to && to >= yearStart && to <= asOf
                        && to < m.Posting.Start.PlusYears(years).PlusDays(-1) && !recalled.Contains(m.Id))
                    {
                        findings.Add(new Finding(RuleIds.TeamTerm, m.Id.Value,
                            $"Member {m.Id} of the work team of village {village.Code} left on {IsoDate.Format(to)}, before a term of {years} years from {IsoDate.Format(m.Posting.Start)}.",
                            $"村 {village.Code} 驻村工作队队员 {m.Id} 于{IsoDate.Format(to)}离队，自{IsoDate.Format(m.Posting.Start)}起未满{years}年任期。"));
                    }
                }
            }
            bool anyInWindow = false;
            if (minSize)
            {
                LocalDate? day = FirstUndersizedDay(members, yearStart, asOf, minimum, days, out anyInWindow);
                if (day is { } d)
                {
                    findings.Add(new Finding(RuleIds.TeamMinSize, village.Code.Value,
                        $"The work team of village {village.Code} has fewer than {minimum} members in post or no first secretary on {IsoDate.Format(d)}.",
                        $"村 {village.Code} 驻村工作队在{IsoDate.Format(d)}在岗不足{minimum}人或无第一书记。"));
                }
            }
            else
            {
                foreach (WorkTeamMember m in members)
                {
                    anyInWindow |= InPost(m.Posting, yearStart, asOf);
                }
            }
            if (stays && village.ExitedYear is { } exited && exited <= plan.Year && anyInWindow && !AnyInPost(members, asOf))
            {
                findings.Add(new Finding(RuleIds.TeamStaysAfterExit, village.Code.Value,
                    $"Village {village.Code} exited in {exited} and its work team, in post in {plan.Year}, has no member in post on {IsoDate.Format(asOf)}.",
                    $"村 {village.Code} 已于{exited}年退出，其驻村工作队{plan.Year}年曾在岗，{IsoDate.Format(asOf)}已无队员在岗。"));
            }
        }
        return findings;
    }

    private static bool InPost(DateRange posting, LocalDate from, LocalDate to) =>
        posting.Start <= to && (posting.End is not { } end || end >= from);

    private static bool AnyInPost(ImmutableArray<WorkTeamMember> members, LocalDate day)
    {
        foreach (WorkTeamMember m in members)
        {
            if (InPost(m.Posting, day, day))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The first day of the window with at least one member in post but fewer than <paramref name="minimum"/>, or no first
    /// secretary among them; null when there is none. Only the days postings start or end on change the team, so only
    /// they are examined.
    /// </summary>
    private static LocalDate? FirstUndersizedDay(ImmutableArray<WorkTeamMember> members, LocalDate from, LocalDate to, int minimum,
        List<LocalDate> days, out bool anyInWindow)
    {
        days.Clear();
        days.Add(from);
        foreach (WorkTeamMember m in members)
        {
            if (m.Posting.Start > from && m.Posting.Start <= to)
            {
                days.Add(m.Posting.Start);
            }
            if (m.Posting.End is { } end && end >= from && end < to)
            {
                days.Add(end.PlusDays(1));
            }
        }
        days.Sort();
        anyInWindow = false;
        foreach (LocalDate day in days)
        {
            int inPost = 0;
            bool firstSecretary = false;
            foreach (WorkTeamMember m in members)
            {
                if (InPost(m.Posting, day, day))
                {
                    inPost++;
                    firstSecretary |= m.Post == CadrePost.FirstSecretary;
                }
            }
            if (inPost == 0)
            {
                continue;
            }
            anyInWindow = true;
            if (inPost < minimum || !firstSecretary)
            {
                // anyInWindow is already true: no later day can change it.
                return day;
            }
        }
        return null;
    }
}
