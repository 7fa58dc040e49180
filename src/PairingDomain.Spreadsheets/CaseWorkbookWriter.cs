using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Text;
using PairingDomain.Activities;
using PairingDomain.Spreadsheets.Schema;
using PairingDomain.Spreadsheets.Writing;
using SpreadCheetah.Validations;

namespace PairingDomain.Spreadsheets;

/// <summary>
/// Writes the case workbook: the template an office fills in (<see cref="WriteTemplate(Stream)"/>), or a
/// <see cref="PairingCase"/> in the same layout (<see cref="Write(Stream, PairingCase)"/>), one sheet per record kind of
/// the pairing-case contract (case-format.md "Case"; case-format-2.md §1 for the <c>/2</c> kinds).
/// </summary>
/// <remarks>
/// <para>
/// The sheets, in order: 说明 (every column of every sheet: the sheet, its header, the contract member and field, what
/// it means, its kind, whether it is required, its allowed values); 案例 (the case's <c>format</c>, <c>policy</c>,
/// <c>year</c>, <c>asOf</c>, one row); then one sheet per record kind in the contract's order — 单位 (<c>units</c>),
/// 领导 (<c>units[].leaders</c>), 县 (<c>counties</c>), 村 (<c>villages</c>), 县结对 (<c>countyPairings</c>), 驻村干部
/// (<c>cadres</c>), 活动 (<c>activities</c>), 干部等次 (<c>cadreGrades</c>), and for <c>pairing-case/2</c> 本地队员
/// (<c>localCadres</c>), 在村考勤 (<c>attendance</c>), 干部工作 (<c>cadreWork</c>), 干部考核 (<c>cadreReviews</c>), 工委活动
/// (<c>committeeActivities</c>), 党建结对 (<c>partyPairings</c>), 成效 (<c>outcomes</c>), 贫困户指标
/// (<c>householdIndicators</c>), 贫困村指标 (<c>villageIndicators</c>), 贫困县指标 (<c>countyIndicators</c>); last 选项,
/// each enumeration's Chinese labels and contract ids.
/// </para>
/// <para>
/// Each record sheet has one frozen header row, each header the Chinese name and the contract field (<c>单位编号 id</c>)
/// with a note saying what the column means; an enumeration column and a yes/no column get a validation list (the
/// Chinese labels and the contract ids, from 选项). A filled workbook writes one row per record in the order the JSON
/// <c>CaseWriter</c> writes them: codes and ids as text, dates as Excel date cells (<c>yyyy-mm-dd</c>), an instant
/// (<c>at</c>) as ISO text in UTC, enumerations as their Chinese label, booleans as 是/否, a list (participants,
/// topics) in one cell separated by <c>;</c>, and a <c>null</c> or absent value as an empty cell. A <c>/1</c> case
/// leaves the <c>/2</c> sheets empty, and 案例 says <c>pairing-case/1</c>.
/// </para>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public static class CaseWorkbookWriter
{
    /// <summary>The last row a template's validation lists reach (Excel's last row).</summary>
    private const int LastRow = 1_048_576;

    /// <summary>Writes the empty template: every sheet with its headers, explanations and validation lists.</summary>
    /// <param name="output">The stream to write the .xlsx to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public static void WriteTemplate(Stream output) => WriteTemplateAsync(output).GetAwaiter().GetResult();

    /// <summary>Writes the empty template: every sheet with its headers, explanations and validation lists.</summary>
    /// <param name="output">The stream to write the .xlsx to.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public static Task WriteTemplateAsync(Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        return WriteWorkbookAsync(output, null, cancellationToken);
    }

    /// <summary>Writes <paramref name="case"/> as a filled workbook in the template's layout, one row per record.</summary>
    /// <param name="output">The stream to write the .xlsx to.</param>
    /// <param name="case">The case.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream output, PairingCase @case) => WriteAsync(output, @case).GetAwaiter().GetResult();

    /// <summary>Writes <paramref name="case"/> as a filled workbook in the template's layout, one row per record.</summary>
    /// <param name="output">The stream to write the .xlsx to.</param>
    /// <param name="case">The case.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task WriteAsync(Stream output, PairingCase @case, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(@case);
        return WriteWorkbookAsync(output, @case, cancellationToken);
    }

    private static async Task WriteWorkbookAsync(Stream output, PairingCase? @case, CancellationToken cancellationToken)
    {
        ValueLists lists = ValueLists.Of(CaseWorkbookSchema.Sheets);
        WorkbookOutput workbook = await WorkbookOutput.CreateAsync(output, cancellationToken).ConfigureAwait(false);
        await using (workbook.ConfigureAwait(false))
        {
            await workbook.WriteSheetAsync(CaseWorkbookSchema.GuideSheet, s_guideHeader, GuideRows(), null, cancellationToken)
                .ConfigureAwait(false);
            foreach (SheetSchema sheet in CaseWorkbookSchema.Sheets)
            {
                IReadOnlyList<WorkbookCell[]> rows = @case is null ? [] : CaseRows.Of(sheet, @case);
                await workbook.WriteSheetAsync(sheet.Name, [.. sheet.Columns.Select(c => c.Header)], rows,
                    decorator => Decorate(decorator, sheet, lists), cancellationToken).ConfigureAwait(false);
            }
            await workbook.WriteSheetAsync(CaseWorkbookSchema.ValuesSheet, lists.Header, lists.Rows, null, cancellationToken)
                .ConfigureAwait(false);
            await workbook.FinishAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static readonly string[] s_guideHeader =
        ["工作表 sheet", "表头 header", "字段 field", "含义 meaning", "类型 kind", "是否必填 required", "可选值 values"];

    /// <summary>The 说明 sheet: a row per sheet (what a row is, the contract section), then a row per column.</summary>
    private static List<WorkbookCell[]> GuideRows()
    {
        var rows = new List<WorkbookCell[]>();
        foreach (SheetSchema sheet in CaseWorkbookSchema.Sheets)
        {
            string version = sheet.Version2 ? "（仅 pairing-case/2）" : string.Empty;
            rows.Add([sheet.Name, "（整表）", sheet.Member, sheet.Description + version, string.Empty, string.Empty, "依据 " + sheet.Section]);
            foreach (ColumnSchema column in sheet.Columns)
            {
                rows.Add([sheet.Name, column.Header, sheet.Member + "." + column.Field, column.Meaning,
                    CaseWorkbookSchema.Label(column.Kind), CaseWorkbookSchema.Label(column.Requirement), AllowedValues(column)]);
            }
        }
        return rows;
    }

    private static string AllowedValues(ColumnSchema column) => column.Kind switch
    {
        ColumnKind.YesNo => $"{CaseWorkbookSchema.Yes} / {CaseWorkbookSchema.No}（或 true / false）",
        ColumnKind.Date => "日期单元格，或 2019-04-12、2019/4/12、2019.4.12、2019年4月12日",
        _ when column.IsEnumeration => string.Join("、", column.Values.Select(v => $"{v.ChineseName} {v.ContractId}")),
        _ => string.Empty,
    };

    /// <summary>A note on each header saying what it means; a validation list on each enumeration and yes/no column.</summary>
    private static void Decorate(SheetDecorator decorator, SheetSchema sheet, ValueLists lists)
    {
        for (int i = 0; i < sheet.Columns.Length; i++)
        {
            ColumnSchema column = sheet.Columns[i];
            string letter = WorkbookOutput.ColumnName(i);
            decorator.Note(letter + "1", $"{CaseWorkbookSchema.Label(column.Requirement)}。{column.Meaning}");
            string range = $"{letter}2:{letter}{LastRow}";
            if (column.Kind == ColumnKind.Enumeration)
            {
                decorator.Validate(range, DataValidation.ListValuesFromCells(CaseWorkbookSchema.ValuesSheet, lists.RangeOf(column), true));
            }
            else if (column.Kind == ColumnKind.YesNo)
            {
                decorator.Validate(range, DataValidation.ListValues([CaseWorkbookSchema.Yes, CaseWorkbookSchema.No, "true", "false"], true));
            }
        }
    }

    /// <summary>
    /// The 选项 sheet: a column per distinct enumeration (its header as the first column that takes it), its Chinese labels
    /// and then its contract ids, which the validation lists of the record sheets refer to.
    /// </summary>
    private sealed class ValueLists
    {
        private readonly Dictionary<string, (int Column, int Count)> _ranges = new(StringComparer.Ordinal);

        public List<string> Header { get; } = [];

        public List<WorkbookCell[]> Rows { get; } = [];

        public static ValueLists Of(IEnumerable<SheetSchema> sheets)
        {
            var lists = new ValueLists();
            var columns = new List<string[]>();
            foreach (ColumnSchema column in sheets.SelectMany(s => s.Columns).Where(c => c.IsEnumeration))
            {
                string key = Key(column);
                if (lists._ranges.ContainsKey(key))
                {
                    continue;
                }
                string[] values = [.. column.Values.Select(v => v.ChineseName), .. column.Values.Select(v => v.ContractId)];
                lists._ranges[key] = (columns.Count, values.Length);
                lists.Header.Add(column.Header);
                columns.Add(values);
            }
            int height = columns.Max(c => c.Length);
            for (int r = 0; r < height; r++)
            {
                lists.Rows.Add([.. columns.Select(c => r < c.Length ? new WorkbookCell(c[r]) : WorkbookCell.Empty)]);
            }
            return lists;
        }

        /// <summary>The absolute range of <paramref name="column"/>'s values on the 选项 sheet (<c>$A$2:$A$13</c>).</summary>
        public string RangeOf(ColumnSchema column)
        {
            (int index, int count) = _ranges[Key(column)];
            string letter = WorkbookOutput.ColumnName(index);
            return $"${letter}$2:${letter}${count + 1}";
        }

        private static string Key(ColumnSchema column) => string.Join(",", column.Values.Select(v => v.ContractId));
    }

    /// <summary>The rows of a filled workbook, a record a row, each in its sheet's column order.</summary>
    private static class CaseRows
    {
        public static List<WorkbookCell[]> Of(SheetSchema sheet, PairingCase @case)
        {
            List<WorkbookCell[]> rows = [.. Rows(sheet.Member, @case)];
            foreach (WorkbookCell[] row in rows)
            {
                if (row.Length != sheet.Columns.Length)
                {
                    throw new InvalidOperationException($"{sheet.Name}: {row.Length} cells for {sheet.Columns.Length} columns.");
                }
            }
            return rows;
        }

        private static IEnumerable<WorkbookCell[]> Rows(string member, PairingCase c) => member switch
        {
            "(case)" => [[c.HasCadreWork ? "pairing-case/2" : "pairing-case/1", c.Edition.Id, c.Year, c.AsOf]],
            "units" => c.Roster.Units.Select(u => new WorkbookCell[]
            {
                u.Id.Value, u.Name, u.Kind.ChineseName, Bool(u.Mechanism.LeadershipTeam), u.Mechanism.UndertakingOffice,
                Bool(u.Mechanism.AllStaff),
            }),
            "units[].leaders" => c.Roster.Units.SelectMany(u => u.Leaders.Select(l => new WorkbookCell[]
            {
                u.Id.Value, l.Id.Value, l.Name, l.Post.ChineseName, l.Tenure.Start, l.Tenure.End,
            })),
            "counties" => c.Roster.Counties.Select(k => new WorkbookCell[]
            {
                k.Code.Value, k.Name, k.Region.ChineseName, k.PlannedDelistingYear, k.DelistedYear,
            }),
            "villages" => c.Roster.Villages.Select(v => new WorkbookCell[]
            {
                v.Code.Value, v.County.Value, v.Name, v.PlannedExitYear, v.ExitedYear,
            }),
            "countyPairings" => c.Roster.Pairings.Select(p => new WorkbookCell[]
            {
                p.County.Value, p.Lead.Value, List(p.Participants.Select(u => u.Value)), p.Validity.Start, p.Validity.End,
            }),
            "cadres" => c.Roster.Cadres.Select(k => new WorkbookCell[]
            {
                k.Id.Value, k.Name, k.Unit.Value, k.Village.Value, k.Post.ChineseName, k.Posting.Start, k.Posting.End,
            }),
            "activities" => c.Ledger.Select(a => new WorkbookCell[]
            {
                a.Id.Value, a.Kind.ChineseName, a.Unit.Value, a.By?.Value, On(a.Time), At(a.Time), a.County?.Value,
                a.Village?.Value, List(a.Topics.Topics.Select(t => t.ChineseName)),
            }),
            CaseWorkbookSchema.MembershipMember => [],
            "cadreGrades" => c.Grades.Grades.Select(g => new WorkbookCell[] { g.Cadre.Value, g.Year, g.Grade.ChineseName }),
            "localCadres" => c.CadreWork.LocalCadres.Select(k => new WorkbookCell[]
            {
                k.Id.Value, k.Name, k.Level.ChineseName, k.Village.Value, k.Post.ChineseName, k.Posting.Start, k.Posting.End,
            }),
            "attendance" => c.CadreWork.Attendance.Select(a => new WorkbookCell[]
            {
                a.Cadre.Value, a.Month.ToString("uuuu-MM", CultureInfo.InvariantCulture), a.DaysInVillage, a.LeaveDays,
            }),
            "cadreWork" => c.CadreWork.WorkRecords.Select(w => new WorkbookCell[]
            {
                w.Cadre.Value, w.Year, Bool(w.WorkPlan), Bool(w.WorkLedger), Bool(w.HomeUnitDuties),
            }),
            "cadreReviews" => c.CadreWork.Reviews.Select(r => new WorkbookCell[]
            {
                r.Cadre.Value, r.Kind.ChineseName, r.On, Bool(r.DutiesFulfilled),
            }),
            "committeeActivities" => c.CadreWork.CommitteeActivities.Select(a => new WorkbookCell[]
            {
                a.Id.Value, a.Kind.ChineseName, On(a.Time), At(a.Time), a.Trainees,
            }),
            "partyPairings" => c.PartyPairings.Pairings.Select(p => new WorkbookCell[]
            {
                p.Unit.Value, p.Village.Value, p.Validity.Start, p.Validity.End,
            }),
            "outcomes" => c.Outcomes.Select(o => new WorkbookCell[]
            {
                o.Id.Value, o.Unit.Value, o.County.Value, o.Village?.Value, o.On, o.Measure.ChineseName, o.Amount,
            }),
            "householdIndicators" => c.ExitIndicators.Households.Select(h => new WorkbookCell[]
            {
                h.Household, h.Village.Value, h.Year, h.NetIncomePerCapita, Bool(h.FoodAndClothing), Bool(h.Education),
                Bool(h.Medical), Bool(h.Housing), Bool(h.Water), Bool(h.Electricity), Bool(h.Broadcast),
            }),
            "villageIndicators" => c.ExitIndicators.Villages.Select(v => new WorkbookCell[]
            {
                v.Village.Value, v.Year, v.PovertyIncidence, v.CollectiveIncome, Bool(v.HardenedRoad), Bool(v.Clinic),
                Bool(v.CultureRoom), Bool(v.Network),
            }),
            "countyIndicators" => c.ExitIndicators.Counties.Select(k => new WorkbookCell[]
            {
                k.County.Value, k.Year, k.PovertyIncidence, k.Townships, k.TownshipsWithSchool, k.TownshipsWithHealthCentre,
                k.TownshipsWithServiceCentre, k.WrongfulExitRate, k.MissedRegistrationRate, k.ApprovalRate,
            }),
            _ => throw new InvalidOperationException($"No rows for the member {member}."),
        };

        private static WorkbookCell Bool(bool value) => value ? CaseWorkbookSchema.Yes : CaseWorkbookSchema.No;

        private static WorkbookCell List(IEnumerable<string> values)
        {
            string text = string.Join(CaseWorkbookSchema.ListSeparator, values);
            return text.Length == 0 ? WorkbookCell.Empty : text;
        }

        private static WorkbookCell On(ActivityTime time) => time.Instant is null ? time.Date : WorkbookCell.Empty;

        private static WorkbookCell At(ActivityTime time) =>
            time.Instant is { } instant ? InstantPattern.ExtendedIso.Format(instant) : WorkbookCell.Empty;
    }
}
