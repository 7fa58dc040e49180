using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Spreadsheets.Writing;

namespace PairingDomain.Spreadsheets;

/// <summary>
/// Writes an <see cref="AnnualAssessment"/> as the results workbook an officer circulates (§III.8 annual assessment):
/// the figures of <c>pairing-assessment/1</c> (case-format.md "Assessment") and, for the assessment of a
/// <c>pairing-case/2</c> case, those case-format-2.md §3 adds, laid out as sheets with Chinese headers.
/// </summary>
/// <remarks>
/// <para>
/// The sheets, in order: 概况 (overview: year, edition, as-of date, the number of units, met/short/pending per duty,
/// the four-in-one mechanism, the units barred from excellence, the cadres to act on, the findings); 单位 (one row
/// per unit, a column per duty of the edition: its status, <c>recorded/required</c> and the periods short, the cell
/// green when met, red when short, yellow while pending; then the mechanism and both excellence results); 不能评优
/// (each unit or main leader barred from excellence with its <c>BUNDLE-*</c> trigger, §III.8 三捆绑); 驻村干部处理 (each
/// cadre to recall, criticise or commend, one row per action, §III.6); 问题清单 (every finding: rule, clause, subject,
/// message in Chinese and English); 统计 (the §II statistics, <see cref="AnnualAssessment.Statistics"/>: activities per
/// kind and post, outcomes per measure, regions and their topics, supervising authorities, targets); and for a
/// <c>/2</c> assessment (<see cref="AnnualAssessment.HasCadreWork"/>, as the JSON writer) 评分 (each unit's score and
/// its three links, case-format-2.md §3 <c>score</c> and <c>links</c>; a unit with no duties has no score).
/// </para>
/// <para>
/// Every sheet has its header row frozen, an autofilter over its table and column widths that fit its text, a Chinese
/// character counted as two. Given the case assessed, the unit, cadre and village names are written beside their ids;
/// without it those cells stay empty.
/// </para>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public static class AssessmentWorkbookWriter
{
    /// <summary>Writes the results workbook.</summary>
    /// <param name="output">The stream to write the .xlsx to.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="case">The case assessed, for the names of its units and cadres; null to write ids only.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="assessment"/> is null.</exception>
    public static void Write(Stream output, AnnualAssessment assessment, PairingCase? @case) =>
        WriteAsync(output, assessment, @case).GetAwaiter().GetResult();

    /// <summary>Writes the results workbook.</summary>
    /// <param name="output">The stream to write the .xlsx to.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="case">The case assessed, for the names of its units and cadres; null to write ids only.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="assessment"/> is null.</exception>
    public static Task WriteAsync(Stream output, AnnualAssessment assessment, PairingCase? @case,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(assessment);
        return WriteWorkbookAsync(output, new ResultSheets(assessment, @case), cancellationToken);
    }

    private static async Task WriteWorkbookAsync(Stream output, ResultSheets sheets, CancellationToken cancellationToken)
    {
        WorkbookOutput workbook = await WorkbookOutput.CreateAsync(output, cancellationToken).ConfigureAwait(false);
        await using (workbook.ConfigureAwait(false))
        {
            foreach (ResultSheet sheet in sheets.All())
            {
                await workbook.WriteSheetAsync(sheet.Name, sheet.Header, sheet.Rows, sheet.Decorate, cancellationToken)
                    .ConfigureAwait(false);
            }
            await workbook.FinishAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One sheet of the results workbook.</summary>
    internal sealed record ResultSheet(string Name, string[] Header, List<WorkbookCell[]> Rows, Action<SheetDecorator>? Decorate = null);

    /// <summary>The sheets of the results workbook, each built from the assessment (and the case's names).</summary>
    internal sealed class ResultSheets(AnnualAssessment assessment, PairingCase? @case)
    {
        private static readonly (RuleId Rule, string Label)[] s_cadreActions =
        [
            (RuleIds.CadreRecall, "召回调整"),
            (RuleIds.CadreCriticise, "批评教育"),
            (RuleIds.CadreCommend, "表扬"),
        ];

        private readonly DutyRule[] _duties = [.. assessment.Edition.Duties
            .Where(d => assessment.Units.Any(u => u.Duties.Any(r => r.Rule == d.Id)))];

        public IEnumerable<ResultSheet> All()
        {
            yield return Overview();
            yield return Units();
            yield return Barred();
            yield return Cadres();
            yield return Findings();
            yield return Statistics();
            if (assessment.HasCadreWork)
            {
                yield return Scores();
            }
        }

        /// <summary>概况: a row per figure, its rule where it counts one.</summary>
        public ResultSheet Overview()
        {
            var rows = new List<WorkbookCell[]>
            {
                new WorkbookCell[] { "考核年度 year", string.Empty, assessment.Year },
                new WorkbookCell[] { "政策版本 edition", assessment.Edition.Id, assessment.Edition.ChineseTitle },
                new WorkbookCell[] { "截至日期 asOf", string.Empty, assessment.AsOf },
                new WorkbookCell[] { "全年考核 full year", string.Empty, assessment.IsFullYear ? "是" : "否" },
                new WorkbookCell[] { "帮扶单位 units", string.Empty, assessment.Units.Length },
            };
            foreach (DutyRule duty in _duties)
            {
                DutyResult[] results = [.. assessment.Units.Select(u => u.Duty(duty.Id)).OfType<DutyResult>()];
                foreach (DutyStatus status in new[] { DutyStatus.Met, DutyStatus.Short, DutyStatus.Pending })
                {
                    rows.Add([$"{status.ChineseName} {status.ContractId}", duty.Id.Value, results.Count(r => r.Status == status)]);
                }
            }
            int complete = assessment.Units.Count(u => u.Mechanism.Complete);
            rows.Add(["四位一体完整 mechanism complete", RuleIds.MechFourInOne.Value, complete]);
            rows.Add(["四位一体缺项 mechanism incomplete", RuleIds.MechFourInOne.Value, assessment.Units.Length - complete]);
            rows.Add(["不能评先评优的单位 units barred", "BUNDLE-*", assessment.Units.Count(u => !u.Excellence.Eligible)]);
            rows.Add(["主要负责同志不能评先评优 main leaders barred", "BUNDLE-*", assessment.Units.Count(u => !u.MainLeaderExcellence.Eligible)]);
            foreach ((RuleId rule, string label) in s_cadreActions)
            {
                rows.Add([$"驻村干部应{label} cadres", rule.Value, assessment.Cadres.Count(c => c.Actions.Contains(rule))]);
            }
            rows.Add(["问题 findings", string.Empty, assessment.Findings.Length]);
            return new ResultSheet("概况", ["项目 item", "规则 rule", "数值 value"], rows);
        }

        /// <summary>单位: a row per unit, a column per duty coloured by status.</summary>
        public ResultSheet Units()
        {
            string[] header =
            [
                "单位编号 unit", "单位名称 name", "单位类别 kind",
                .. _duties.Select(d => d.Id.Value),
                "四位一体 mechanism", "单位可评优 excellence", "主要负责同志可评优 mainLeaderExcellence",
            ];
            var rows = new List<WorkbookCell[]>();
            foreach (UnitAssessment unit in assessment.Units)
            {
                Units.AssistanceUnit? found = @case?.Roster.FindUnit(unit.Unit);
                var row = new List<WorkbookCell> { unit.Unit.Value, found?.Name, found?.Kind.ChineseName };
                row.AddRange(_duties.Select(d => unit.Duty(d.Id) is { } result ? DutyCell(result) : WorkbookCell.Empty));
                row.Add(unit.Mechanism.Complete ? "完整" : "缺 " + string.Join("、", unit.Mechanism.Missing.Select(p => p.ChineseName)));
                row.Add(Eligible(unit.Excellence));
                row.Add(Eligible(unit.MainLeaderExcellence));
                rows.Add([.. row]);
            }
            return new ResultSheet("单位", header, rows, decorator =>
            {
                for (int i = 0; i < _duties.Length; i++)
                {
                    PolicyRule rule = assessment.Edition.GetRule(_duties[i].Id);
                    decorator.Note(WorkbookOutput.ColumnName(3 + i) + "1", $"{rule.ChineseText}（{rule.Source}）");
                }
            });
        }

        /// <summary>
        /// A duty's cell: its status, <c>recorded/required</c>, and the periods short (for a per-county duty, the
        /// counties short), coloured by status.
        /// </summary>
        internal static WorkbookCell DutyCell(DutyResult duty)
        {
            string text = $"{duty.Status.ChineseName} {duty.Recorded}/{duty.Required}";
            string[] counties = [.. duty.Periods.Where(p => p.County is not null && p.Status == DutyStatus.Short)
                .Select(p => p.County!.Value.Value).Distinct()];
            if (counties.Length > 0)
            {
                text += " 缺 " + string.Join(",", counties);
            }
            else if (!duty.ShortPeriods.IsEmpty)
            {
                text += " 缺 " + string.Join(",", duty.ShortPeriods.Select(p => p.ToString()));
            }
            CellLook look = duty.Status == DutyStatus.Met ? CellLook.Met
                : duty.Status == DutyStatus.Short ? CellLook.Short
                : CellLook.Pending;
            return new WorkbookCell(text, look);
        }

        private static WorkbookCell Eligible(ExcellenceResult excellence) => excellence.Eligible
            ? new WorkbookCell("可评优", CellLook.Met)
            : new WorkbookCell("不能评优 " + string.Join(",", excellence.BlockedBy.Select(b => b.Rule.Value).Distinct()), CellLook.Short);

        /// <summary>不能评优: a row per unit or main leader barred and trigger.</summary>
        public ResultSheet Barred()
        {
            var rows = new List<WorkbookCell[]>();
            foreach (UnitAssessment unit in assessment.Units)
            {
                string? name = @case?.Roster.FindUnit(unit.Unit)?.Name;
                foreach ((string who, ExcellenceResult result) in new[] { ("单位 unit", unit.Excellence), ("主要负责同志 main leader", unit.MainLeaderExcellence) })
                {
                    foreach (ExcellenceBlock block in result.BlockedBy)
                    {
                        rows.Add([unit.Unit.Value, name, who, block.Rule.Value, block.Subject, Describe(block)]);
                    }
                }
            }
            return new ResultSheet("不能评优",
                ["单位编号 unit", "单位名称 name", "对象 who", "规则 rule", "触发对象 subject", "说明 description"], rows);
        }

        private string Describe(ExcellenceBlock block)
        {
            if (block.Rule == RuleIds.BundleCadre)
            {
                return "驻村干部年度考核不称职" + (@case?.Roster.FindCadre(new CadreId(block.Subject)) is { } c ? $"：{c.Name}" : string.Empty);
            }
            if (block.Rule == RuleIds.BundleVillage)
            {
                return "帮扶村未按期退出" + (Places.VillageCode.TryParse(block.Subject, out Places.VillageCode v)
                    && @case?.Roster.FindVillage(v) is { } village ? $"：{village.Name}" : string.Empty);
            }
            if (block.Rule == RuleIds.BundleCounty)
            {
                return "帮扶县未按期摘帽" + (Places.DivisionCode.TryParse(block.Subject, out Places.DivisionCode d)
                    && @case?.Roster.FindCounty(d) is { } county ? $"：{county.Name}" : string.Empty);
            }
            return assessment.Edition.GetRule(block.Rule).ChineseText;
        }

        /// <summary>驻村干部处理: a row per cadre and action.</summary>
        public ResultSheet Cadres()
        {
            var rows = new List<WorkbookCell[]>();
            foreach (CadreActions cadre in assessment.Cadres)
            {
                Cadres.StationedCadre? found = @case?.Roster.FindCadre(cadre.Cadre);
                foreach (RuleId action in cadre.Actions)
                {
                    string label = s_cadreActions.FirstOrDefault(a => a.Rule == action).Label ?? assessment.Edition.GetRule(action).ChineseText;
                    rows.Add([cadre.Cadre.Value, found?.Name, found?.Unit.Value, found?.Village.Value, action.Value, label]);
                }
            }
            return new ResultSheet("驻村干部处理",
                ["干部编号 cadre", "姓名 name", "派出单位 unit", "驻村代码 village", "规则 rule", "处理 action"], rows);
        }

        /// <summary>问题清单: every finding in the assessment's order.</summary>
        public ResultSheet Findings()
        {
            List<WorkbookCell[]> rows = [.. assessment.Findings.Select((f, i) => new WorkbookCell[]
            {
                i + 1, f.Rule.Value, f.Source, f.Subject, f.ChineseMessage, f.Message,
            })];
            return new ResultSheet("问题清单",
                ["序号 no", "规则 rule", "依据 clause", "对象 subject", "问题 message (zh)", "message (en)"], rows);
        }

        /// <summary>统计: the §II statistics as one long table, a figure a row.</summary>
        public ResultSheet Statistics()
        {
            Assessment.Statistics.AssessmentStatistics statistics = assessment.Statistics;
            var rows = new List<WorkbookCell[]>();
            foreach (Assessment.Statistics.ActivityKindStatistics kind in statistics.Activities)
            {
                string item = $"{kind.Kind.ChineseName} {kind.Kind.ContractId}";
                rows.Add(["活动 activities", item, "合计 total", kind.Total]);
                rows.Add(["活动 activities", item, "主要负责同志 mainLeader", kind.MainLeader]);
                rows.Add(["活动 activities", item, "分管负责同志 deputyLeader", kind.DeputyLeader]);
                rows.Add(["活动 activities", item, "其他领导 otherLeader", kind.OtherLeader]);
            }
            foreach (OutcomeTotal total in statistics.Outcomes)
            {
                rows.Add(["成效 outcomes", $"{total.Measure.ChineseName} {total.Measure.ContractId}", "数量 amount", total.Amount]);
            }
            foreach (Assessment.Statistics.RegionStatistics region in statistics.Regions)
            {
                string item = $"{region.Region.ChineseName} {region.Region.ContractId}";
                rows.Add(["片区 regions", item, "县 counties", region.Counties]);
                rows.Add(["片区 regions", item, "帮扶单位 units", region.Units]);
                rows.Add(["片区 regions", item, "督导调研 supervisionVisits", region.SupervisionVisits]);
                foreach (Assessment.Statistics.TopicVisits topic in region.Topics)
                {
                    rows.Add(["片区 regions", item, $"主题 {topic.Topic.ChineseName} {topic.Topic.ContractId}", topic.Visits]);
                }
            }
            foreach (Assessment.Statistics.AuthorityStatistics authority in statistics.Authorities)
            {
                string item = $"{authority.Authority.ChineseName} {authority.StatisticsId}";
                rows.Add(["主管部门 authorities", item, "单位 units", authority.Units]);
                rows.Add(["主管部门 authorities", item, "有未达标职责的单位 unitsShort", authority.UnitsShort]);
                rows.Add(["主管部门 authorities", item, "可评优单位 unitsEligible", authority.UnitsEligible]);
            }
            Assessment.Statistics.TargetStatistics targets = statistics.Targets;
            rows.Add(["目标 targets", "县 counties", "计划摘帽 countiesDue", targets.CountiesDue]);
            rows.Add(["目标 targets", "县 counties", "已摘帽 countiesDelisted", targets.CountiesDelisted]);
            rows.Add(["目标 targets", "村 villages", "计划退出 villagesDue", targets.VillagesDue]);
            rows.Add(["目标 targets", "村 villages", "已退出 villagesExited", targets.VillagesExited]);
            return new ResultSheet("统计", ["类别 group", "项目 item", "指标 measure", "数值 value"], rows);
        }

        /// <summary>评分: each unit's score (case-format-2.md §3 <c>score</c>) and its three links (<c>links</c>).</summary>
        public ResultSheet Scores()
        {
            var rows = new List<WorkbookCell[]>();
            foreach (UnitAssessment unit in assessment.Units)
            {
                UnitScore? score = unit.Score;
                // A link the edition does not apply is null (Interpretation LINKS-FOLLOW-EDITION): its cells stay empty.
                UnitLinks? links = unit.Links;
                PartyBuildingLink? party = links?.PartyBuilding;
                rows.Add(
                [
                    unit.Unit.Value, @case?.Roster.FindUnit(unit.Unit)?.Name,
                    score?.Points, score?.Grade.ChineseName, score is null ? WorkbookCell.Empty : score.Capped ? "是" : "否",
                    score is null ? WorkbookCell.Empty : string.Join("; ", score.Deductions.Select(d => $"{d.Rule} -{d.Points}（缺 {d.Missing}）")),
                    links?.Performance?.Points, links?.Performance?.Grade.ChineseName,
                    links?.FourGoodOneStrong is { } excellence ? Eligible(excellence) : WorkbookCell.Empty,
                    party?.PostedVillages, party?.PairedVillages,
                    party is null ? WorkbookCell.Empty : string.Join(";", party.UnpairedVillages.Select(v => v.Value)),
                    party?.PartyLectures, party?.BranchGuidance,
                ]);
            }
            return new ResultSheet("评分",
            [
                "单位编号 unit", "单位名称 name", "得分 points", "等次 grade", "因捆绑封顶 capped", "扣分 deductions",
                "绩效考核得分 performance.points", "绩效考核等次 performance.grade", "四好一强 fourGoodOneStrong",
                "驻村数 postedVillages", "党建结对村数 pairedVillages", "未结对村 unpairedVillages", "讲党课 partyLectures",
                "蹲点指导 branchGuidance",
            ], rows);
        }
    }
}
