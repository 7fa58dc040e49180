using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Assessment.Statistics;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Outcomes;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Units;

namespace PairingDomain.Samples.AnnualReport;

/// <summary>
/// Writes the assessment as a report for a provincial officer: Chinese with English headings, 80 columns wide with
/// Chinese characters counted as two.
/// </summary>
internal static class ReportPrinter
{
    /// <summary>The source name that marks the embedded synthetic case.</summary>
    public const string SyntheticSource = "(embedded synthetic Sichuan 2019)";

    /// <summary>How many entries a long list shows before "… and N more".</summary>
    public const int MaxListed = 12;

    private static readonly string s_rule = new('-', TextLayout.Columns);
    private static readonly string s_doubleRule = new('=', TextLayout.Columns);

    private static readonly string[] s_kindHeadings = ["Units", "Leads", "No short", "4-in-1", "Eligible"];
    private static readonly string[] s_kindHeadingsZh = ["单位数", "牵头", "无未达标", "四位一体", "可评优"];

    private static readonly Dictionary<string, string> s_dutyLabels = new(StringComparer.Ordinal)
    {
        ["DUTY-LEAD-JOINT-MEETINGS"] = "牵头联席会议",
        ["DUTY-MAIN-LEADER-VISITS"] = "主要领导调研",
        ["DUTY-MAIN-LEADER-MEETINGS"] = "主要领导专题会",
        ["DUTY-ANNUAL-PLAN"] = "年度帮扶计划",
        ["DUTY-DEPUTY-VISITS"] = "分管领导调研",
        ["DUTY-DEPUTY-MEETINGS"] = "分管领导专题会",
        ["DUTY-CADRE-FULL-TIME"] = "驻村全脱产",
        ["DUTY-STUDY-TOUR"] = "外出学习考察",
        ["DUTY-NIGHT-SCHOOL"] = "农民夜校",
        ["DUTY-COMMITTEE-TRAINING"] = "示范培训",
        ["DUTY-CADRE-DAYS"] = "驻村天数",
    };

    /// <summary>The short Chinese label of a duty (<c>分管领导调研</c>), or an empty string for a duty this sample does not know.</summary>
    public static string DutyLabel(RuleId rule) => s_dutyLabels.GetValueOrDefault(rule.ToString(), string.Empty);

    private static readonly (RuleId Rule, string Label)[] s_teamRules =
    [
        (RuleIds.TeamMinSize, "不少于3人含第一书记 (villages)"),
        (RuleIds.TeamTerm, "每期至少2年 (members)"),
        (RuleIds.TeamStaysAfterExit, "退出不撤队 (villages)"),
    ];

    /// <summary>Writes the report.</summary>
    public static void Print(PairingCase pairingCase, AnnualAssessment assessment, string source, TextWriter output)
    {
        var report = new Report(pairingCase, assessment, output);
        report.Header(source);
        report.Overview();
        report.UnitsByKind();
        report.Duties();
        report.BarredFromExcellence();
        report.CadresToRecall();
        report.AtRisk();
        report.OtherFindings();
        report.Statistics();
        if (report.HasCadreWork)
        {
            report.CadreDuties();
            report.CriticisedCadres();
            report.WorkTeams();
            report.CommitteeDuty();
            report.ExitStandards();
            report.ScoreAndGrade();
        }
        else
        {
            report.NoCadreWork();
        }
        report.Footer();
    }

    private static bool IsTeamFinding(Finding finding) =>
        finding.Rule == RuleIds.TeamMinSize || finding.Rule == RuleIds.TeamTerm || finding.Rule == RuleIds.TeamStaysAfterExit;

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private sealed class Report(PairingCase pairingCase, AnnualAssessment assessment, TextWriter output)
    {
        private readonly Roster _roster = pairingCase.Roster;
        private readonly int _year = pairingCase.Year;

        public void Header(string source)
        {
            Line(s_doubleRule);
            Line("定点帮扶年度考核报告  Annual assessment of designated pairing assistance");
            Line(s_doubleRule);
            string asOf = assessment.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)
                + (assessment.IsFullYear ? " (full year 全年)" : " (part of the year 年中)");
            Line($"Policy 政策版本   {assessment.Edition.Id} ({assessment.Edition.ChineseTitle})");
            Line($"Year 年度        {assessment.Year}    As of 截至 {asOf}");
            Line();
            if (source == SyntheticSource)
            {
                Wrap("SYNTHETIC DATA. This report assesses the embedded synthetic Sichuan 2019 (PairingDomain.Testing, "
                    + "SyntheticProvince, seed 2019" + (HasCadreWork ? ", with the cadres' work of pairing-case/2" : string.Empty)
                    + "). The 88 poverty counties and their townships are real places; every "
                    + "unit, person, village, activity, grade and result is invented and says nothing about any real unit.", 0);
                Wrap("合成数据：县和乡镇名称真实，单位、人员、村、活动、等次和考核结果均为虚构，不反映任何真实单位的情况。", 0);
            }
            else
            {
                Wrap($"Case file 案例文件: {source}", 0);
            }
        }

        public void Overview()
        {
            Section("1. Overview 概况");
            int leads = _roster.Pairings.Select(p => p.Lead).Distinct().Count();
            Pair("Assistance units 帮扶单位", $"{Number(_roster.Units.Length)} ({Number(leads)} lead a county 牵头)");
            Pair("Poverty counties 贫困县", $"{Number(_roster.Counties.Length)} (藏区 {CountiesIn(Region.Tibetan)}, "
                + $"彝区 {CountiesIn(Region.Yi)}, other 其他 {CountiesIn(Region.Other)})");
            int delistedBefore = _roster.Counties.Count(c => c.DelistedYear < _year);
            County[] due = [.. _roster.Counties.Where(c => c.PlannedDelistingYear == _year)];
            Pair("Delisted before 此前已摘帽", Number(delistedBefore));
            Pair($"Due in {_year} 当年计划摘帽", $"{Number(due.Length)} (delisted 已摘帽 {Number(due.Count(c => !c.MissedDelisting(_year)))})");
            Village[] dueVillages = [.. _roster.Villages.Where(v => v.PlannedExitYear == _year)];
            Pair("Posted villages 驻村帮扶村", Number(_roster.Villages.Length));
            Pair($"Due to exit in {_year} 当年计划退出", $"{Number(dueVillages.Length)} (exited 已退出 "
                + $"{Number(dueVillages.Count(v => !v.MissedExit(_year)))})");
            int inPost = _roster.Cadres.Count(c => c.Posting.Contains(assessment.AsOf));
            Pair("Stationed cadres 驻村干部", $"{Number(_roster.Cadres.Length)} (in post 在岗 {Number(inPost)})");
            Pair("Units in Tibetan areas 帮扶藏区", Number(UnitsAssisting(c => c.Region == Region.Tibetan)));
            Pair("Units in Yi areas 帮扶彝区", Number(UnitsAssisting(c => c.Region == Region.Yi)));
            Pair($"Units for {_year} counties 帮扶当年摘帽县", Number(UnitsAssisting(c => c.PlannedDelistingYear == _year)));
            Pair($"Activities {_year} 活动记录", Number(assessment.Statistics.Activities.Sum(a => a.Total)));
        }

        public void UnitsByKind()
        {
            Section("2. Units by kind 按单位类别");
            Line("  " + TextLayout.PadRight("Kind 类别", 22) + string.Concat(s_kindHeadings.Select(h => TextLayout.PadLeft(h, 10))));
            Line("  " + TextLayout.PadRight(string.Empty, 22) + string.Concat(s_kindHeadingsZh.Select(h => TextLayout.PadLeft(h, 10))));
            var leads = _roster.Pairings.Select(p => p.Lead).ToHashSet();
            var totals = new int[5];
            foreach (UnitKind kind in UnitKind.List.OrderBy(k => k.Value))
            {
                UnitAssessment[] units = [.. assessment.Units.Where(u => _roster.FindUnit(u.Unit)!.Kind == kind)];
                if (units.Length == 0)
                {
                    continue;
                }
                int[] row =
                [
                    units.Length,
                    units.Count(u => leads.Contains(u.Unit)),
                    units.Count(u => !u.Duties.Any(d => d.Status == DutyStatus.Short)),
                    units.Count(u => u.Mechanism.Complete),
                    units.Count(u => u.Excellence.Eligible),
                ];
                for (int i = 0; i < row.Length; i++)
                {
                    totals[i] += row[i];
                }
                Line("  " + TextLayout.PadRight(kind.ChineseName, 22) + string.Concat(row.Select(n => TextLayout.PadLeft(Number(n), 10))));
            }
            Line("  " + TextLayout.PadRight("Total 合计", 22) + string.Concat(totals.Select(n => TextLayout.PadLeft(Number(n), 10))));
            Wrap("No short: no duty short. 4-in-1: the four-in-one mechanism complete (MECH-FOUR-IN-ONE). Eligible: "
                + "not barred from excellence by BUNDLE-* (§III.8).", 2);
        }

        public void Duties()
        {
            Section("3. Compliance per duty 各项职责完成率");
            Line("  " + TextLayout.PadRight("Rule", 26) + TextLayout.PadRight("职责", 16)
                + TextLayout.PadLeft("Units", 6) + TextLayout.PadLeft("Met", 6) + TextLayout.PadLeft("Short", 6)
                + TextLayout.PadLeft("Pend.", 6) + TextLayout.PadLeft("Rate", 8));
            foreach (DutyRule rule in assessment.Edition.Duties)
            {
                DutyResult[] results = [.. assessment.Units.SelectMany(u => u.Duties).Where(d => d.Rule == rule.Id)];
                if (results.Length == 0)
                {
                    continue;
                }
                int met = results.Count(d => d.Status == DutyStatus.Met);
                int shortCount = results.Count(d => d.Status == DutyStatus.Short);
                int pending = results.Count(d => d.Status == DutyStatus.Pending);
                Line("  " + TextLayout.PadRight(rule.Id.ToString(), 26)
                    + TextLayout.PadRight(s_dutyLabels.GetValueOrDefault(rule.Id.ToString(), string.Empty), 16)
                    + TextLayout.PadLeft(Number(results.Length), 6) + TextLayout.PadLeft(Number(met), 6)
                    + TextLayout.PadLeft(Number(shortCount), 6) + TextLayout.PadLeft(Number(pending), 6)
                    + TextLayout.PadLeft(Percent(met, met + shortCount), 8));
            }
            int complete = assessment.Units.Count(u => u.Mechanism.Complete);
            Line("  " + TextLayout.PadRight("MECH-FOUR-IN-ONE", 26) + TextLayout.PadRight("四位一体机制", 16)
                + TextLayout.PadLeft(Number(assessment.Units.Length), 6) + TextLayout.PadLeft(Number(complete), 6)
                + TextLayout.PadLeft(Number(assessment.Units.Length - complete), 6) + TextLayout.PadLeft("-", 6)
                + TextLayout.PadLeft(Percent(complete, assessment.Units.Length), 8));
            Wrap("Rate = met / (met + short); a period not yet over is pending, never short. For MECH-FOUR-IN-ONE, "
                + "Met = complete and Short = a part missing.", 2);

            string[] missing = [.. MechanismPart.List.OrderBy(p => p.Value)
                .Select(p => (Part: p, Count: assessment.Units.Count(u => u.Mechanism.Missing.Contains(p))))
                .Where(x => x.Count > 0)
                .Select(x => $"{TextLayout.Kebab(x.Part.Name)} {x.Part.ChineseName} {x.Count}")];
            if (missing.Length > 0)
            {
                Wrap("Mechanism parts missing 缺失环节: " + string.Join(", ", missing), 2, 4);
            }

            DutyResult[] deputy = [.. assessment.Units.SelectMany(u => u.Duties).Where(d => d.Rule == RuleIds.DutyDeputyVisits)];
            if (deputy.Length > 0)
            {
                string quarters = string.Join(", ", Enumerable.Range(1, 4).Select(q =>
                    $"Q{q}:{deputy.Count(d => d.Periods.Any(p => p.Status == DutyStatus.Short && p.Period.ToString().EndsWith("-Q" + q, StringComparison.Ordinal)))}"));
                Wrap("Units short of a deputy visit, by quarter 分管领导季度调研缺项: " + quarters, 2, 4);
            }

            // DutyResult.Periods says which county a per-county duty lacks (case-format-2.md §3).
            string[] byCounty = [.. assessment.Edition.Duties
                .Select(rule => (Rule: rule.Id, Pairs: assessment.Units.Sum(u => u.Duties.Where(d => d.Rule == rule.Id)
                    .Sum(d => d.Periods.Count(p => p.County is not null && p.Status == DutyStatus.Short)))))
                .Where(x => x.Pairs > 0)
                .Select(x => $"{x.Rule.ToString().Replace("DUTY-", string.Empty, StringComparison.Ordinal)} {Number(x.Pairs)}")];
            if (byCounty.Length > 0)
            {
                Wrap("Per-county duties short, unit-county pairs 按县未达标（单位-县）: " + string.Join(", ", byCounty), 2, 4);
            }

            var shortUnits = assessment.Units
                .Select(u => (Unit: u, Short: u.Duties.Where(d => d.Status == DutyStatus.Short).ToArray()))
                .Where(x => x.Short.Length > 0)
                .OrderByDescending(x => x.Short.Length)
                .ThenBy(x => x.Unit.Unit.Value, StringComparer.Ordinal)
                .ToArray();
            Line();
            Wrap($"Units short of a duty 存在未达标职责的单位: {Number(shortUnits.Length)}; most short 未达标最多:", 2);
            foreach ((UnitAssessment unit, DutyResult[] duties) in shortUnits.Take(8))
            {
                string detail = string.Join(", ", duties.Select(d => $"{d.Rule.ToString().Replace("DUTY-", string.Empty, StringComparison.Ordinal)} {d.Recorded}/{d.Required}"
                    + ShortCounties(d)));
                Wrap($"{UnitName(unit.Unit)}: {detail}", 4, 8);
            }
        }

        /// <summary>" at 513428, 513430": the counties of a per-county duty below their own minimum, or nothing.</summary>
        private static string ShortCounties(DutyResult duty)
        {
            string[] counties = [.. duty.Periods.Where(p => p.County is not null && p.Status == DutyStatus.Short)
                .Select(p => p.County!.Value.ToString()).Distinct()];
            return counties.Length == 0 ? string.Empty : " at " + string.Join(", ", counties);
        }

        public void BarredFromExcellence()
        {
            UnitAssessment[] barred = [.. assessment.Units.Where(u => !u.Excellence.Eligible || !u.MainLeaderExcellence.Eligible)];
            Section($"4. Barred from excellence 不能评先评优 ({Number(barred.Length)} units)");
            Wrap("§III.8 三捆绑: a cadre graded 不称职 (BUNDLE-CADRE), a posted village that did not exit on time "
                + "(BUNDLE-VILLAGE) or an assisted county not delisted on time (BUNDLE-COUNTY) bars the unit and its "
                + "main leader from excellence and awards for the year.", 2);
            if (barred.Length == 0)
            {
                Line("  None 无。");
                return;
            }
            foreach (UnitAssessment unit in barred)
            {
                Line();
                string who = unit.Excellence.Eligible ? "main leader 主要负责同志"
                    : unit.MainLeaderExcellence.Eligible ? "unit 单位" : "unit and main leader 单位及主要负责同志";
                Wrap($"{UnitName(unit.Unit)} - {who}", 2, 6);
                foreach (ExcellenceBlock block in unit.Excellence.BlockedBy.Union(unit.MainLeaderExcellence.BlockedBy))
                {
                    Wrap($"{TextLayout.PadRight(block.Rule.ToString(), 15)} {Describe(block)}", 6, 22);
                }
            }
        }

        public void CadresToRecall()
        {
            CadreActions[] recall = [.. assessment.Cadres.Where(c => c.Actions.Contains(RuleIds.CadreRecall))];
            int commend = assessment.Cadres.Count(c => c.Actions.Contains(RuleIds.CadreCommend));
            Section($"5. Cadres to recall 应召回调整的驻村干部 ({Number(recall.Length)})");
            Wrap("CADRE-RECALL (§III.6): a cadre graded 不称职 is recalled and replaced by the sending unit promptly.", 2);
            if (recall.Length == 0)
            {
                Line("  None 无。");
            }
            foreach (CadreActions action in recall)
            {
                StationedCadre cadre = _roster.FindCadre(action.Cadre)!;
                Wrap($"{cadre.Id} {cadre.Name} ({cadre.Post.ChineseName}) - {UnitName(cadre.Unit)}; {VillageName(cadre.Village)}", 2, 6);
            }
            Wrap($"CADRE-COMMEND 表彰: {Number(commend)} cadres graded 优秀, to be commended and considered first for promotion.", 2);
        }

        public void AtRisk()
        {
            Section("6. At-risk villages and counties 退出摘帽风险");
            string verb = assessment.IsFullYear ? "did not" : "have not yet";
            Village[] villages = [.. _roster.Villages.Where(v => v.MissedExit(_year))];
            Line($"  Villages due in {_year} that {verb} exit 当年计划退出未退出: {Number(villages.Length)}");
            foreach (Village village in villages.Take(MaxListed))
            {
                string units = string.Join(", ", _roster.Cadres.Where(c => c.Village == village.Code).Select(c => c.Unit).Distinct()
                    .Select(u => _roster.FindUnit(u)!.Name));
                Wrap($"{VillageName(village.Code)} - posted 驻村: {units}", 4, 8);
            }
            More(villages.Length, 4);
            County[] counties = [.. _roster.Counties.Where(c => c.MissedDelisting(_year))];
            Line($"  Counties due in {_year} that {verb} delist 当年计划摘帽未摘帽: {Number(counties.Length)}");
            foreach (County county in counties.Take(MaxListed))
            {
                Wrap($"{county.Code} {county.Name} ({county.Region.ChineseName}) - {UnitsOf(county.Code).Count()} units 家单位", 4, 8);
            }
            More(counties.Length, 4);
            int atRisk = assessment.Findings.Count(f => f.Rule == RuleIds.BundleVillageAtRisk || f.Rule == RuleIds.BundleCountyAtRisk);
            if (!assessment.IsFullYear)
            {
                Wrap($"Before the year ends these are findings, not bars: BUNDLE-VILLAGE-AT-RISK and BUNDLE-COUNTY-AT-RISK, {Number(atRisk)} in all.", 2);
            }

            int next = _year + 1;
            County[] nextYear = [.. _roster.Counties.Where(c => c.PlannedDelistingYear == next && c.DelistedYear is null)];
            Line($"  Outlook 展望: counties due in {next} 次年计划摘帽: {Number(nextYear.Length)}");
            foreach (County county in nextYear.Take(MaxListed))
            {
                int open = _roster.Villages.Count(v => v.County == county.Code && v.ExitedYear is null);
                Wrap($"{county.Code} {county.Name} ({county.Region.ChineseName}): {UnitsOf(county.Code).Count()} units 家单位, "
                    + $"{open} villages open 驻村未退出", 4, 8);
            }
            More(nextYear.Length, 4);
        }

        public void OtherFindings()
        {
            // EXIT-CLAIM-UNSUPPORTED is listed once, in section 13 with its clause; here only a pointer with the count.
            Finding[] findings = [.. assessment.Findings.Where(f => f.Rule != RuleIds.BundleVillageAtRisk && f.Rule != RuleIds.BundleCountyAtRisk
                && f.Rule != RuleIds.ExitClaimUnsupported && !IsTeamFinding(f))];
            int unsupportedClaims = assessment.Findings.Count(f => f.Rule == RuleIds.ExitClaimUnsupported);
            Section($"7. Other findings 其他发现 ({Number(findings.Length)})");
            if (unsupportedClaims > 0)
            {
                Wrap($"{Number(unsupportedClaims)} exit claims not borne out 退出申报未获指标支持: see §13.", 2);
            }
            if (findings.Length == 0)
            {
                Line("  None 无。");
                return;
            }
            foreach (IGrouping<RuleId, Finding> group in findings.GroupBy(f => f.Rule))
            {
                Line($"  {TextLayout.PadRight(group.Key.ToString(), 28)}{TextLayout.PadLeft(Number(group.Count()), 6)}");
                Wrap(string.Join(", ", group.Take(MaxListed).Select(f => f.Subject)) + (group.Count() > MaxListed ? ", ..." : string.Empty), 4);
            }
            if (findings.Any(f => f.Rule == RuleIds.ActivityOutsidePairing))
            {
                Wrap("ACTIVITY-OUTSIDE-PAIRING: activities in a county the unit did not assist that day; not counted.", 2);
            }
            if (assessment.Findings.Any(IsTeamFinding))
            {
                Wrap("The work teams' findings (TEAM-*) are in section 11.", 2);
            }
        }

        public void Statistics()
        {
            // The library's statistics (case-format-2.md §3): every activity of the window whatever its verdict.
            AssessmentStatistics stats = assessment.Statistics;
            ActivityKindStatistics Kind(ActivityKind kind) => stats.Activities.Single(a => a.Kind == kind);
            ActivityKindStatistics visits = Kind(ActivityKind.SupervisionVisit);
            Section($"8. Work statistics 工作统计 ({_year}, cf. §II for 2018)");
            Line("  " + TextLayout.PadRight("Item 项目", 54) + TextLayout.PadLeft(_year.ToString(CultureInfo.InvariantCulture), 8)
                + TextLayout.PadLeft("2018", 10));
            Stat("Main-leader visits 主要负责同志督导调研", visits.MainLeader, "1,600+");
            Stat("Leadership-team meetings 领导班子专题会议", Kind(ActivityKind.LeadershipMeeting).Total, "2,050+");
            Stat("Deputy-led special meetings 分管负责同志专题会议", Kind(ActivityKind.OfficeMeeting).Total, "2,500+");
            Stat("Deputy leaders' visits 分管负责同志调研", visits.DeputyLeader, "-");
            Stat("Other leaders' visits 其他厅级领导调研", visits.OtherLeader, "3,400+");
            Stat("Joint meetings 联席会议 (§II: by lead units 牵头单位)", Kind(ActivityKind.JointMeeting).Total, "200+");
            Stat("Annual plans 年度帮扶计划", Kind(ActivityKind.AnnualPlan).Total, "-");
            Stat("Study tours 外出学习考察", Kind(ActivityKind.StudyTour).Total, "-");
            Stat("Night-school lectures 农民夜校讲座", Kind(ActivityKind.NightSchool).Total, "-");
            Stat("Posted villages 驻村帮扶村", _roster.Villages.Length, "974");
            Stat("Stationed cadres sent 选派驻村干部", _roster.Cadres.Length, "1,544");
            if (stats.Outcomes.Any(o => o.Amount != 0))
            {
                foreach ((OutcomeMeasure measure, string label, string seed) in s_outcomeRows)
                {
                    Line("  " + TextLayout.PadRight(label, 54)
                        + TextLayout.PadLeft(InChineseForm(measure, stats.Outcomes.Single(o => o.Measure == measure).Amount), 8)
                        + TextLayout.PadLeft(seed, 10));
                }
            }
            RegionStatistics Region(Region region) => stats.Regions.Single(r => r.Region == region);
            Wrap($"Supervision visits by region 按片区调研: 藏区 Tibetan {Number(Region(Places.Region.Tibetan).SupervisionVisits)}, "
                + $"彝区 Yi {Number(Region(Places.Region.Yi).SupervisionVisits)}, other 其他 {Number(Region(Places.Region.Other).SupervisionVisits)}.", 2);
            foreach (RegionStatistics region in stats.Regions.Where(r => !r.Topics.IsEmpty && r.SupervisionVisits > 0))
            {
                Wrap($"{region.Region.ChineseName} {region.Region.EnglishName} focus topics 重点议题 (visits 次): "
                    + string.Join("、", region.Topics.Select(t => $"{t.Topic.ChineseName} {Number(t.Visits)}")) + ".", 2);
            }
            Wrap("Statistics count every activity recorded in the period, including those no duty credits; outcomes outside the "
                + "unit's pairing (OUTCOME-OUTSIDE-PAIRING) are not summed. 亿 = 10^8, 万 = 10^4.", 2);
        }

        /// <summary>The outcome rows of section 8, with §II's 2018 figures as the seed states them.</summary>
        private static readonly (OutcomeMeasure Measure, string Label, string Seed)[] s_outcomeRows =
        [
            (OutcomeMeasure.DirectInvestment, "Funds invested directly 直接投入资金 (亿元)", "8.24"),
            (OutcomeMeasure.CoordinatedInvestment, "Funds coordinated 协调投入资金 (亿元)", "22.78"),
            (OutcomeMeasure.RoadKm, "Village roads 修建村组道路 (公里)", "~7,000"),
            (OutcomeMeasure.HousingM2, "Housing built or renovated 新（改）建住房 (万平米)", "51"),
            (OutcomeMeasure.ClinicM2, "Village clinics 村卫生室 (万平方米)", "1.49"),
            (OutcomeMeasure.WaterHouseholds, "Safe water 安全饮水 (万户)", "1+"),
            (OutcomeMeasure.ElectricityHouseholds, "Power 生活用电 (万户)", "6.28"),
            (OutcomeMeasure.BroadcastHouseholds, "Broadcasting 广播电视 (户)", "7,400+"),
            (OutcomeMeasure.VillageCadresTrained, "Village cadres trained 培训村两委干部 (万人次)", "1.5"),
            (OutcomeMeasure.PartyMembersTrained, "Party members trained 培训党员 (万人次)", "5+"),
            (OutcomeMeasure.ReserveCadresTrained, "Reserve cadres 培养后备干部 (人)", "2,000+"),
        ];

        /// <summary>
        /// An outcome sum in §II's own form: 亿元 for money, 万 for m², water, power and trainings, units otherwise; whole
        /// from 100 up, else to 2 decimals.
        /// </summary>
        private static string InChineseForm(OutcomeMeasure measure, decimal amount)
        {
            decimal scaled = measure.Unit == OutcomeUnit.Yuan ? amount / 100_000_000m
                : measure == OutcomeMeasure.HousingM2 || measure == OutcomeMeasure.ClinicM2 || measure == OutcomeMeasure.WaterHouseholds
                    || measure == OutcomeMeasure.ElectricityHouseholds || measure == OutcomeMeasure.VillageCadresTrained
                    || measure == OutcomeMeasure.PartyMembersTrained ? amount / 10_000m
                : amount;
            return scaled >= 100m
                ? decimal.Round(scaled, 0, MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.InvariantCulture)
                : decimal.Round(scaled, 2).ToString("N2", CultureInfo.InvariantCulture);
        }

        public void Footer()
        {
            Line();
            Line(s_doubleRule);
            Wrap("SC-2019-4 = 川直委发〔2019〕4号. Rule IDs as in the sichuan-2019 edition; results per pairing-assessment/"
                + (HasCadreWork ? "2." : "1."), 0);
        }

        /// <summary>
        /// Whether the cadres' own work was judged: a pairing-case/2 case gives the committee's duty and the cadres'
        /// duties; a pairing-case/1 case neither.
        /// </summary>
        public bool HasCadreWork => !assessment.CommitteeDuties.IsEmpty || assessment.Cadres.Any(c => !c.Duties.IsEmpty);

        public void NoCadreWork()
        {
            Section("9. Cadres' own work, teams, committee 驻村干部履职、工作队、工委职责");
            Wrap("Not assessed 未考核: DUTY-CADRE-FULL-TIME, DUTY-CADRE-DAYS, CADRE-CRITICISE, TEAM-MIN-SIZE, TEAM-TERM, "
                + "TEAM-STAYS-AFTER-EXIT and DUTY-COMMITTEE-TRAINING need a pairing-case/2 case (attendance, work records, "
                + "reviews, local team members, the Work Committee's trainings). 需 pairing-case/2 数据。", 2);
        }

        public void CadreDuties()
        {
            Section("9. Stationed cadres' own duties 驻村干部履职 (§III.4)");
            Line("  " + TextLayout.PadRight("Rule", 26) + TextLayout.PadRight("职责", 16)
                + TextLayout.PadLeft("Cadres", 7) + TextLayout.PadLeft("Met", 6) + TextLayout.PadLeft("Short", 6)
                + TextLayout.PadLeft("Pend.", 6) + TextLayout.PadLeft("Rate", 8));
            CadreDutyResult[] all = [.. assessment.Cadres.SelectMany(c => c.Duties)];
            foreach (RuleId rule in new[] { RuleIds.DutyCadreFullTime, RuleIds.DutyCadreDays })
            {
                CadreDutyResult[] results = [.. all.Where(d => d.Rule == rule)];
                if (results.Length == 0)
                {
                    if (rule == RuleIds.DutyCadreDays)
                    {
                        Line("  " + TextLayout.PadRight(rule.ToString(), 26) + TextLayout.PadRight(s_dutyLabels[rule.ToString()], 16)
                            + "off in this edition 本版本未启用");
                    }
                    continue;
                }
                int met = results.Count(d => d.Status == DutyStatus.Met);
                int shortCount = results.Count(d => d.Status == DutyStatus.Short);
                int pending = results.Count(d => d.Status == DutyStatus.Pending);
                Line("  " + TextLayout.PadRight(rule.ToString(), 26) + TextLayout.PadRight(s_dutyLabels[rule.ToString()], 16)
                    + TextLayout.PadLeft(Number(results.Length), 7) + TextLayout.PadLeft(Number(met), 6)
                    + TextLayout.PadLeft(Number(shortCount), 6) + TextLayout.PadLeft(Number(pending), 6)
                    + TextLayout.PadLeft(Percent(met, met + shortCount), 8));
            }
            Wrap("Cadres: those in post some day of the period. DUTY-CADRE-FULL-TIME: full-time in the village with a "
                + "work plan and a work ledger (全脱产, 帮扶工作计划和台账); pending until the year ends.", 2);
            string[] missing = [.. CadreWorkPart.List.OrderBy(p => p.Value)
                .Select(p => (Part: p, Count: all.Count(d => d.Rule == RuleIds.DutyCadreFullTime && d.Missing.Contains(p))))
                .Where(x => x.Count > 0)
                .Select(x => $"{TextLayout.Kebab(x.Part.Name)} {x.Part.ChineseName} {Number(x.Count)}")];
            if (missing.Length > 0)
            {
                Wrap("Work record lacks 工作记录缺项: " + string.Join(", ", missing), 2, 4);
            }
            CadreDutyResult[] days = [.. all.Where(d => d.Rule == RuleIds.DutyCadreDays)];
            if (days.Length > 0)
            {
                Wrap($"DUTY-CADRE-DAYS ({days[0].RequiredDaysPerMonth} days a month 每月在村天数): short months 不足月份 "
                    + $"{Number(days.Sum(d => d.ShortMonths.Length))} in {Number(days.Count(d => !d.ShortMonths.IsEmpty))} cadres; "
                    + $"yearly leave over the maximum 请假超限 {Number(days.Count(d => d.LeaveExceeded))}.", 2, 4);
            }
        }

        public void CriticisedCadres()
        {
            CadreActions[] criticised = [.. assessment.Cadres.Where(c => c.Actions.Contains(RuleIds.CadreCriticise))];
            Section($"10. Cadres to criticise 应批评教育的驻村干部 ({Number(criticised.Length)})");
            Wrap("CADRE-CRITICISE (§III.6): a cadre who does not fulfil the duties (履行职责不力: a review in the period, "
                + "or a duty of the cadre's own short) is criticised and educated by the sending unit.", 2);
            if (criticised.Length == 0)
            {
                Line("  None 无。");
                return;
            }
            var failedReview = pairingCase.CadreWork.Reviews
                .Where(r => !r.DutiesFulfilled && r.On.Year == _year && r.On <= assessment.AsOf)
                .Select(r => r.Cadre).ToHashSet();
            foreach (CadreActions action in criticised.Take(MaxListed))
            {
                StationedCadre cadre = _roster.FindCadre(action.Cadre)!;
                var reasons = new List<string>();
                if (failedReview.Contains(cadre.Id))
                {
                    reasons.Add("review 考核履职不力");
                }
                foreach (CadreDutyResult duty in action.Duties.Where(d => d.Status == DutyStatus.Short))
                {
                    reasons.Add(duty.Rule == RuleIds.DutyCadreDays
                        ? $"DAYS {duty.ShortMonths.Length} months 月" + (duty.LeaveExceeded ? ", leave 请假超限" : string.Empty)
                        : "FULL-TIME " + string.Join("/", duty.Missing.Select(p => TextLayout.Kebab(p.Name))));
                }
                Wrap($"{cadre.Id} {cadre.Name} - {UnitName(cadre.Unit)}: {string.Join("; ", reasons)}", 2, 6);
            }
            More(criticised.Length, 2);
        }

        public void WorkTeams()
        {
            Finding[] team = [.. assessment.Findings.Where(IsTeamFinding)];
            Section($"11. Work teams by village 驻村工作队 ({Number(team.Length)} findings)");
            WorkTeam[] teams = [.. _roster.Villages.Select(v => pairingCase.CadreWork.TeamOf(v.Code))];
            int[] sizes = [.. teams.Select(t => t.MembersOn(assessment.AsOf).Length)];
            int local = pairingCase.CadreWork.LocalCadres.Count(c => c.Posting.Contains(assessment.AsOf));
            Wrap($"Teams in post on {IsoDate(assessment.AsOf)} 在岗工作队: {Number(sizes.Count(n => n > 0))}, members 队员 "
                + $"{Number(sizes.Sum())} (local 本地 {Number(local)}); by size 按人数: "
                + string.Join(", ", sizes.Where(n => n > 0).GroupBy(n => n).OrderBy(g => g.Key).Select(g => $"{g.Key}: {Number(g.Count())}")) + ".", 2, 4);
            Line("  " + TextLayout.PadRight("Rule", 24) + TextLayout.PadRight("规则", 30) + TextLayout.PadLeft("Findings", 10));
            foreach ((RuleId rule, string label) in s_teamRules)
            {
                Line("  " + TextLayout.PadRight(rule.ToString(), 24) + TextLayout.PadRight(label, 30)
                    + TextLayout.PadLeft(Number(team.Count(f => f.Rule == rule)), 10));
            }
            Wrap("TEAM-MIN-SIZE: fewer than 3 in post, or no first secretary, on some day (subject: the village). "
                + "TEAM-TERM: a member who left before a two-year term (subject: the member). TEAM-STAYS-AFTER-EXIT: "
                + "an exited village whose team was withdrawn.", 2);
            if (team.Length == 0)
            {
                return;
            }
            // The villages whose team fell short or was withdrawn first, then those with a member who left early.
            var byVillage = team.GroupBy(VillageOf).Where(g => g.Key is not null)
                .OrderBy(g => g.All(f => f.Rule == RuleIds.TeamTerm) ? 1 : 0)
                .ThenBy(g => g.Key!.Value.Value, StringComparer.Ordinal).ToArray();
            Line();
            Line($"  By village 按村 ({Number(byVillage.Length)} villages):");
            foreach (IGrouping<VillageCode?, Finding> village in byVillage.Take(MaxListed))
            {
                string rules = string.Join(", ", village.GroupBy(f => f.Rule).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal)
                    .Select(g => g.Key == RuleIds.TeamTerm ? $"TEAM-TERM {string.Join(" ", g.Select(f => f.Subject))}" : g.Key.ToString()));
                Wrap($"{VillageName(village.Key!.Value)}: {rules}", 4, 8);
            }
            More(byVillage.Length, 4);
        }

        public void CommitteeDuty()
        {
            Section("12. The Work Committee's duty 省直机关工委职责 (§III.6)");
            if (assessment.CommitteeDuties.IsEmpty)
            {
                Line("  DUTY-COMMITTEE-TRAINING not applied by this edition 本版本不适用。");
                return;
            }
            Line("  " + TextLayout.PadRight("Rule", 26) + TextLayout.PadRight("职责", 16)
                + TextLayout.PadLeft("Required", 10) + TextLayout.PadLeft("Recorded", 10) + TextLayout.PadLeft("Status", 10));
            foreach (CommitteeDutyResult duty in assessment.CommitteeDuties)
            {
                Line("  " + TextLayout.PadRight(duty.Rule.ToString(), 26)
                    + TextLayout.PadRight(s_dutyLabels.GetValueOrDefault(duty.Rule.ToString(), string.Empty), 16)
                    + TextLayout.PadLeft(Number(duty.Required), 10) + TextLayout.PadLeft(Number(duty.Recorded), 10)
                    + TextLayout.PadLeft(TextLayout.Kebab(duty.Status.Name), 10));
                Wrap($"Source 依据: {duty.Source}. The committee's demonstration trainings for stationed cadres "
                    + "(驻村干部示范培训) dated in the period.", 2);
            }
        }

        /// <summary>Section 13: the exit standards' records and the claims they do not bear out (domain.md §8).</summary>
        public void ExitStandards()
        {
            Finding[] unsupported = [.. assessment.Findings.Where(f => f.Rule == RuleIds.ExitClaimUnsupported)];
            Section($"13. Exit standards 退出标准 ({Number(unsupported.Length)} claims unsupported 退出申报未达标)");
            ExitResults exits = assessment.Exits;
            Line("  " + TextLayout.PadRight("Standard", 16) + TextLayout.PadRight("标准", 18)
                + TextLayout.PadLeft("Records", 10) + TextLayout.PadLeft("Met", 10) + TextLayout.PadLeft("Failed", 10));
            foreach ((string rule, string label, ImmutableArray<ExitStandardResult> results) in new[]
            {
                ("EXIT-HOUSEHOLD", "贫困户 一超六有", exits.Households),
                ("EXIT-VILLAGE", "贫困村 一低五有", exits.Villages),
                ("EXIT-COUNTY", "贫困县 一低三有", exits.Counties),
            })
            {
                int met = results.Count(r => r.Met);
                Line("  " + TextLayout.PadRight(rule, 16) + TextLayout.PadRight(label, 18) + TextLayout.PadLeft(Number(results.Length), 10)
                    + TextLayout.PadLeft(Number(met), 10) + TextLayout.PadLeft(Number(results.Length - met), 10));
            }
            var reasons = exits.Villages.Concat(exits.Counties).Concat(exits.Households).SelectMany(r => r.Failed)
                .GroupBy(f => f).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToArray();
            if (reasons.Length > 0)
            {
                Wrap("Criteria failed 未达标项: " + string.Join(", ", reasons.Select(g => $"{g.Key} {Number(g.Count())}")) + ".", 2, 4);
            }
            Wrap($"Indicator records of {_year} against sichuan-2019's thresholds (poverty line "
                + $"{assessment.Edition.GetRule(RuleIds.ExitHousehold).Parameters.FirstOrDefault(p => p.Name == $"poverty-line-{_year}")?.Value ?? "unknown"} yuan). "
                + "EXIT-CLAIM-UNSUPPORTED: a village exit or county delisting claimed for the year whose record fails its standard or is missing.", 2);
            if (unsupported.Length == 0)
            {
                return;
            }
            Line();
            Wrap($"Claims not borne out 申报未获指标支持 ({Number(unsupported.Length)}; EXIT-CLAIM-UNSUPPORTED, {unsupported[0].Source}):", 2, 4);
            foreach (Finding claim in unsupported.Take(MaxListed))
            {
                string who = VillageCode.TryParse(claim.Subject, out VillageCode village) ? VillageName(village)
                    : DivisionCode.TryParse(claim.Subject, out DivisionCode code) && _roster.FindCounty(code) is { } county
                        ? $"{county.Code} {county.Name}"
                        : claim.Subject;
                ExitStandardResult? result = exits.Villages.Concat(exits.Counties).FirstOrDefault(r => r.Subject == claim.Subject);
                Wrap($"{who}: " + (result is null ? "no indicator record 无退出指标" : "failed 未达标 " + string.Join(", ", result.Failed)), 4, 8);
            }
            More(unsupported.Length, 4);
        }

        /// <summary>
        /// Section 14: the units' scores under the edition's scoring table (三挂钩, §III.8; case-format-2.md §2) — how many
        /// units got each grade, how many the bundle cap lowered, and the rows that deducted most.
        /// </summary>
        public void ScoreAndGrade()
        {
            Section("14. Score and grade 评分与等次 (三挂钩, §III.8)");
            UnitScore[] scores = [.. assessment.Units.Select(u => u.Score).OfType<UnitScore>()];
            if (scores.Length == 0)
            {
                Line("  No unit owes a duty this year 本年度没有单位承担职责。");
                return;
            }
            foreach (ScoreGrade grade in ScoreGrade.List.OrderBy(g => g.Value))
            {
                int count = scores.Count(s => s.Grade == grade);
                Line("  " + TextLayout.PadRight($"{grade.ContractId} {grade.ChineseName}", 24) + TextLayout.PadLeft(Number(count), 8)
                    + TextLayout.PadLeft(Percent(count, scores.Length), 8));
            }
            double mean = scores.Average(s => s.Points);
            Pair("Units scored 参评单位", Number(scores.Length));
            Pair("Mean points 平均分", mean.ToString("0.0", CultureInfo.InvariantCulture));
            Pair("Capped by a bundle 因捆绑降为较好", Number(scores.Count(s => s.Capped)));
            var rows = scores.SelectMany(s => s.Deductions).GroupBy(d => d.Rule)
                .Select(g => (Rule: g.Key, Units: g.Count(), Points: g.Sum(d => d.Points)))
                .OrderByDescending(r => r.Points).ThenBy(r => r.Rule.Value, StringComparer.Ordinal).Take(5).ToArray();
            if (rows.Length > 0)
            {
                Line("  Rows deducting most 扣分最多的项目:");
                foreach ((RuleId rule, int units, int points) in rows)
                {
                    Line("    " + TextLayout.PadRight(rule.ToString(), 28) + TextLayout.PadLeft(Number(units), 8) + " units"
                        + TextLayout.PadLeft(Number(points), 10) + " points");
                }
            }
            if (assessment.Edition.Adopts(InterpretationIds.ScoringTableIllustrative))
            {
                Wrap("The scoring table is illustrative (SCORING-TABLE-ILLUSTRATIVE): the official weights of the 考核办法 are "
                    + "not public; a province states its own. 评分表为示例。", 2);
            }
        }

        /// <summary>The village a team finding concerns: its subject, or the village of the member it names.</summary>
        private VillageCode? VillageOf(Finding finding)
        {
            if (finding.Rule != RuleIds.TeamTerm)
            {
                return VillageCode.TryParse(finding.Subject, out VillageCode code) ? code : null;
            }
            var id = new CadreId(finding.Subject);
            return _roster.FindCadre(id)?.Village ?? pairingCase.CadreWork.FindLocalCadre(id)?.Village;
        }

        private static string IsoDate(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

        private void Stat(string label, int value, string previous) =>
            Line("  " + TextLayout.PadRight(label, 54) + TextLayout.PadLeft(Number(value), 8) + TextLayout.PadLeft(previous, 10));

        private string Describe(ExcellenceBlock block)
        {
            if (block.Rule == RuleIds.BundleCadre && _roster.FindCadre(new CadreId(block.Subject)) is { } cadre)
            {
                return $"{cadre.Id} {cadre.Name} 不称职 ({VillageName(cadre.Village)})";
            }
            if (block.Rule == RuleIds.BundleVillage && VillageCode.TryParse(block.Subject, out VillageCode village))
            {
                return VillageName(village) + " 未按期退出";
            }
            if (block.Rule == RuleIds.BundleCounty && DivisionCode.TryParse(block.Subject, out DivisionCode code)
                && _roster.FindCounty(code) is { } county)
            {
                return $"{county.Code} {county.Name} 未按期摘帽";
            }
            return block.Subject;
        }

        private string UnitName(UnitId id) => _roster.FindUnit(id) is { } unit ? $"{unit.Id} {unit.Name}" : id.Value;

        private string VillageName(VillageCode code)
        {
            Village? village = _roster.FindVillage(code);
            County? county = _roster.FindCounty(code.County);
            return $"{code} {village?.Name ?? "?"} ({county?.Name ?? code.County.Value})";
        }

        private IEnumerable<UnitId> UnitsOf(DivisionCode county) =>
            _roster.Pairings.Where(p => p.County == county).SelectMany(p => p.Units).Distinct();

        private int CountiesIn(Region region) => _roster.Counties.Count(c => c.Region == region);

        private int UnitsAssisting(Func<County, bool> predicate)
        {
            var codes = _roster.Counties.Where(predicate).Select(c => c.Code).ToHashSet();
            return _roster.Pairings.Where(p => codes.Contains(p.County)).SelectMany(p => p.Units).Distinct().Count();
        }

        private void More(int count, int indent)
        {
            if (count > MaxListed)
            {
                Line(new string(' ', indent) + $"... and {Number(count - MaxListed)} more 其余 {Number(count - MaxListed)} 项");
            }
        }

        private void Section(string title)
        {
            Line();
            Line(title);
            Line(s_rule);
        }

        private void Pair(string label, string value) => Line("  " + TextLayout.PadRight(label, 40) + value);

        private void Wrap(string text, int indent, int? hanging = null)
        {
            foreach (string line in TextLayout.Wrap(text, indent, hanging))
            {
                Line(line);
            }
        }

        private void Line(string text = "") => output.WriteLine(text);
    }
}
