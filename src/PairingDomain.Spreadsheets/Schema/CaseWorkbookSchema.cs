using System;
using System.Collections.Immutable;
using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.Outcomes;
using PairingDomain.Places;
using PairingDomain.Units;
using static PairingDomain.Spreadsheets.Schema.ColumnKind;
using static PairingDomain.Spreadsheets.Schema.Requirement;

namespace PairingDomain.Spreadsheets.Schema;

/// <summary>
/// The layout of a case workbook: the one table that says which sheet holds which member of the pairing-case contract
/// (case-format.md "Case", case-format-2.md §1), and for each column its Chinese header, its contract field, its kind,
/// whether it is required and what it means. The template (<see cref="CaseWorkbookWriter.WriteTemplate(System.IO.Stream)"/>),
/// the filled workbook (<see cref="CaseWorkbookWriter.Write(System.IO.Stream, PairingCase)"/>) and the workbook reader
/// all follow it, so they cannot disagree.
/// </summary>
/// <remarks>
/// <para>
/// The sheets come in the contract's order: <see cref="CaseSheet"/> (the case's own fields, one row), then the members of
/// <c>pairing-case/1</c>, then those <c>pairing-case/2</c> adds (<see cref="SheetSchema.Version2"/>), in the order
/// <c>CaseWriter</c> writes them. Each column's <see cref="ColumnSchema.Field"/> is the contract's field name; a record
/// nested in the JSON document gets its own sheet with its parent's key as its first column (leaders:
/// <c>unit</c>), and a nested object's members are flattened (<c>mechanism.leadershipTeam</c>).
/// </para>
/// <para>
/// Cells as the template explains them: dates as Excel date cells (the reader also takes typed text dates); enumerations
/// as the Chinese label or the contract id; booleans as <c>是</c>/<c>否</c>; lists (a pairing's participants, a visit's
/// topics) in one cell separated by <see cref="ListSeparator"/>; a blank optional cell as the contract's <c>null</c> or
/// absent member. An activity (and a committee activity) fills <c>on</c> or <c>at</c>, never both, as in the contract.
/// </para>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
internal static class CaseWorkbookSchema
{
    /// <summary>The first sheet: what every column of every other sheet means.</summary>
    public const string GuideSheet = "说明";

    /// <summary>The sheet listing each enumeration's values, which the validation lists refer to.</summary>
    public const string ValuesSheet = "选项";

    /// <summary>What separates the values of a list cell (<c>U-002;U-003</c>); the reader also takes <c>、</c>, <c>,</c> and <c>，</c>.</summary>
    public const string ListSeparator = ";";

    /// <summary>The word for true in a boolean cell.</summary>
    public const string Yes = "是";

    /// <summary>The word for false in a boolean cell.</summary>
    public const string No = "否";

    private const string Case1 = "case-format.md \"Case\"";
    private const string Stationed = "case-format-2.md §1 \"Stationed cadres' work\"";

    private static readonly ImmutableArray<EnumerationValue> s_formats =
    [
        new("pairing-case/1", "第1版"),
        new("pairing-case/2", "第2版"),
    ];

    /// <summary>
    /// The sheet of pairing memberships, a row per unit and county (domain.md §3): not a member of the JSON contract but a
    /// workbook form of its <c>countyPairings</c>, assembled by <see cref="Pairings.CountyPairingAssembler"/>. A filled
    /// workbook leaves it empty (it writes the pairings on 县结对).
    /// </summary>
    public const string MembershipSheet = "结对成员";

    /// <summary>The member name of <see cref="MembershipSheet"/> (its CSV file may be called <c>pairingMemberships.csv</c>).</summary>
    public const string MembershipMember = "pairingMemberships";

    private static readonly ImmutableArray<EnumerationValue> s_roles =
    [
        new("lead", "牵头单位") { Aliases = ["牵头"] },
        new("participant", "参与单位") { Aliases = ["参与"] },
    ];

    /// <summary>The case's own fields (format, policy, year, asOf): one row.</summary>
    public static SheetSchema CaseSheet { get; } = new("案例", "(case)", Case1, false,
        "案例本身：格式版本、政策版本、考核年度、截至日期。只填一行。",
        [
            new("格式", "format", Enumeration, Required,
                "pairing-case/1 或 pairing-case/2；填写第2版各表（驻村工作、党建、成效、退出指标）时须为 pairing-case/2") { Values = s_formats },
            new("政策版本", "policy", Code, Required, "政策版本编号，如 sichuan-2019"),
            new("考核年度", "year", Integer, Required, "考核年度，如 2019"),
            new("截至日期", "asOf", Date, Optional, "考核截至日期，须在考核年度内；不填为该年12月31日（全年考核）"),
        ]);

    /// <summary>Every record sheet, in the contract's order (the case sheet first).</summary>
    public static ImmutableArray<SheetSchema> Sheets { get; } =
    [
        CaseSheet,
        new("单位", "units", Case1, false, "帮扶单位，一行一个单位；工作机制（四位一体）各项展开为列。",
        [
            new("单位编号", "id", Code, Required, "单位编号，全表唯一，如 U-001"),
            new("单位名称", "name", Text, Required, "单位全称"),
            new("单位类别", "kind", Enumeration, Required, "单位类别") { Values = EnumerationValue.Of<UnitKind>() },
            new("领导小组", "mechanism.leadershipTeam", YesNo, Required, "是否成立定点帮扶领导小组"),
            new("承办处室", "mechanism.undertakingOffice", Text, Optional, "承办处室名称；没有则不填"),
            new("全员参与", "mechanism.allStaff", YesNo, Required, "是否全员参与帮扶"),
        ]),
        new("领导", "units[].leaders", Case1, false, "单位领导，一行一人一任职；单位编号指向“单位”表。",
        [
            new("单位编号", "unit", Code, Required, "所在单位的编号（JSON 中领导嵌套在单位之下）"),
            new("领导编号", "id", Code, Required, "领导编号，全表唯一，如 L-001"),
            new("姓名", "name", Text, Required, "姓名"),
            new("职务", "role", Enumeration, Required, "职务类别") { Values = EnumerationValue.Of<LeaderPost>() },
            new("任职起", "from", Date, Required, "任职开始日期"),
            new("任职止", "to", Date, Optional, "任职结束日期（含当日）；仍在任不填"),
        ]),
        new("县", "counties", Case1, false, "贫困县，一行一县。",
        [
            new("县代码", "code", Code, Required, "6位行政区划代码，如 513431"),
            new("县名", "name", Text, Required, "县名，如 昭觉县"),
            new("片区", "region", Enumeration, Required, "所属片区") { Values = EnumerationValue.Of<Region>() },
            new("计划摘帽年度", "plannedDelistingYear", Integer, Required, "计划摘帽年度"),
            new("摘帽年度", "delistedYear", Integer, Optional, "实际摘帽批次年度；尚未摘帽不填"),
        ]),
        new("村", "villages", Case1, false, "驻村帮扶的贫困村，一行一村；县代码指向“县”表。",
        [
            new("村代码", "code", Code, Required, "12位统计用区划代码，前6位为所在县代码"),
            new("县代码", "county", Code, Required, "所在县的6位代码"),
            new("村名", "name", Text, Required, "村名"),
            new("计划退出年度", "plannedExitYear", Integer, Required, "计划退出年度"),
            new("退出年度", "exitedYear", Integer, Optional, "实际退出批次年度；尚未退出不填"),
        ]),
        new("县结对", "countyPairings", Case1, false, "单位与县的结对，一行一个结对期：牵头单位及参与单位。",
        [
            new("县代码", "county", Code, Required, "结对县的6位代码"),
            new("牵头单位", "lead", Code, Required, "牵头单位编号"),
            new("参与单位", "participants", CodeList, Optional, "参与单位编号，多个以 ; 分隔；没有则不填"),
            new("结对起", "from", Date, Required, "结对开始日期"),
            new("结对止", "to", Date, Optional, "结对结束日期（含当日）；仍在结对不填"),
        ]),
        new(MembershipSheet, MembershipMember, "domain.md §3 (CountyPairingAssembler)", false,
            "单位与县的结对，一行一个单位一段时间（如“U-03 自2019年4月1日起参与昭觉县”），可代替或补充“县结对”表；导入时合成县结对。",
        [
            new("单位编号", "unit", Code, Required, "单位编号"),
            new("县代码", "county", Code, Required, "结对县的6位代码，或县名（如 昭觉县）"),
            new("角色", "role", Enumeration, Required, "牵头单位或参与单位（也可填 牵头、参与）") { Values = s_roles },
            new("起", "from", Date, Required, "开始日期"),
            new("止", "to", Date, Optional, "结束日期（含当日）；仍在结对不填"),
        ]),
        new("驻村干部", "cadres", Case1, false, "省直单位选派的驻村干部，一行一人一任期。",
        [
            new("干部编号", "id", Code, Required, "干部编号，与本地队员共用编号空间，如 C-001"),
            new("姓名", "name", Text, Required, "姓名"),
            new("派出单位", "unit", Code, Required, "派出单位编号"),
            new("驻村代码", "village", Code, Required, "所驻村的12位代码"),
            new("岗位", "post", Enumeration, Required, "驻村岗位") { Values = EnumerationValue.Of<CadrePost>() },
            new("驻村起", "from", Date, Required, "驻村开始日期"),
            new("驻村止", "to", Date, Optional, "驻村结束日期（含当日）；仍在岗不填"),
        ]),
        new("活动", "activities", Case1, false, "帮扶活动台账，一行一次活动。",
        [
            new("活动编号", "id", Code, Required, "活动编号，与工委活动、成效共用编号空间，如 A-1"),
            new("活动类别", "kind", Enumeration, Required, "活动类别，决定计入哪项职责") { Values = EnumerationValue.Of<ActivityKind>() },
            new("单位编号", "unit", Code, Required, "开展活动的单位编号"),
            new("领导编号", "by", Code, Conditional, "开展或主持活动的领导编号；督导调研、专题会议、专题研究定点帮扶会议必填，其他选填"),
            new("日期", "on", Date, Conditional, "活动日期；与“时刻”二者填一"),
            new("时刻", "at", Instant, Conditional, "活动时刻，带时区，如 2019-09-30T18:00:00+08:00；与“日期”二者填一"),
            new("县代码", "county", Code, Conditional, "活动所在县；党课必填，蹲点指导必填"),
            new("村代码", "village", Code, Conditional, "活动所在村，须在该县；蹲点指导必填"),
            new("调研主题", "topics", EnumerationList, Optional, "督导调研的重点主题，多个以 ; 分隔（仅第2版）") { Values = EnumerationValue.Of<FocusTopic>() },
        ]),
        new("干部等次", "cadreGrades", Case1, false, "驻村干部年度考核等次，一行一人一年。",
        [
            new("干部编号", "cadre", Code, Required, "驻村干部编号"),
            new("年度", "year", Integer, Required, "考核年度"),
            new("等次", "grade", Enumeration, Required, "年度考核等次，限政策版本的等次档（sichuan-2019 为三档，无基本称职）")
                { Values = EnumerationValue.Of<CadreGrade>() },
        ]),
        new("本地队员", "localCadres", Stationed, true, "市、县、乡选派的驻村工作队员，一行一人一任期。",
        [
            new("队员编号", "id", Code, Required, "队员编号，与驻村干部共用编号空间"),
            new("姓名", "name", Text, Required, "姓名"),
            new("选派层级", "level", Enumeration, Required, "选派层级") { Values = EnumerationValue.Of<LocalCadreLevel>() },
            new("驻村代码", "village", Code, Required, "所驻村的12位代码"),
            new("岗位", "post", Enumeration, Required, "驻村岗位") { Values = EnumerationValue.Of<CadrePost>() },
            new("驻村起", "from", Date, Required, "驻村开始日期"),
            new("驻村止", "to", Date, Optional, "驻村结束日期（含当日）；仍在岗不填"),
        ]),
        new("在村考勤", "attendance", Stationed, true, "驻村干部每月在村考勤，一行一人一月。",
        [
            new("干部编号", "cadre", Code, Required, "驻村干部编号"),
            new("月份", "month", Month, Required, "月份，如 2019-03"),
            new("在村天数", "daysInVillage", Integer, Required, "当月在村天数，≥0"),
            new("请假天数", "leaveDays", Integer, Required, "当月请假天数，≥0；与在村天数之和不超过当月天数"),
        ]),
        new("干部工作", "cadreWork", Stationed, true, "驻村干部年度工作记录，一行一人一年。",
        [
            new("干部编号", "cadre", Code, Required, "驻村干部编号"),
            new("年度", "year", Integer, Required, "年度"),
            new("工作计划", "workPlan", YesNo, Required, "是否有帮扶工作计划"),
            new("工作台账", "workLedger", YesNo, Required, "是否有帮扶工作台账"),
            new("承担原单位工作", "homeUnitDuties", YesNo, Required, "是否仍承担原单位工作（是即未全脱产）"),
        ]),
        new("干部考核", "cadreReviews", Stationed, true, "驻村干部的平时考核和期满考核，一行一次。",
        [
            new("干部编号", "cadre", Code, Required, "驻村干部编号"),
            new("考核类别", "kind", Enumeration, Required, "考核类别") { Values = EnumerationValue.Of<CadreReviewKind>() },
            new("考核日期", "on", Date, Required, "考核日期"),
            new("履职到位", "dutiesFulfilled", YesNo, Required, "是否履行职责到位（否即履行职责不力）"),
        ]),
        new("工委活动", "committeeActivities", "case-format-2.md §1 \"The Work Committee\"", true, "省直机关工委的驻村干部示范培训，一行一次。",
        [
            new("活动编号", "id", Code, Required, "活动编号，与帮扶活动共用编号空间"),
            new("活动类别", "kind", Enumeration, Required, "活动类别") { Values = EnumerationValue.Of<CommitteeActivityKind>() },
            new("日期", "on", Date, Conditional, "培训日期；与“时刻”二者填一"),
            new("时刻", "at", Instant, Conditional, "培训时刻，带时区；与“日期”二者填一"),
            new("培训人数", "trainees", Integer, Required, "培训驻村干部人数，≥0"),
        ]),
        new("党建结对", "partyPairings", "case-format-2.md §1 \"Party building\"", true, "单位党组织与村党支部结对共建，一行一个结对期。",
        [
            new("单位编号", "unit", Code, Required, "单位编号"),
            new("村代码", "village", Code, Required, "结对村的12位代码"),
            new("结对起", "from", Date, Required, "结对开始日期"),
            new("结对止", "to", Date, Optional, "结对结束日期（含当日）；仍在结对不填"),
        ]),
        new("成效", "outcomes", "case-format-2.md §1 \"Outcomes\"", true, "帮扶成效，一行一项。",
        [
            new("成效编号", "id", Code, Required, "成效编号，与帮扶活动共用编号空间"),
            new("单位编号", "unit", Code, Required, "单位编号"),
            new("县代码", "county", Code, Required, "所在县的6位代码"),
            new("村代码", "village", Code, Optional, "所在村的12位代码；不填为全县"),
            new("日期", "on", Date, Required, "日期"),
            new("指标", "measure", Enumeration, Required, "成效指标") { Values = EnumerationValue.Of<OutcomeMeasure>() },
            new("数量", "amount", ColumnKind.Decimal, Required, "数量，≥0：资金（元）至多2位小数，公里和平方米至多1位，人次、户数为整数"),
        ]),
        new("贫困户指标", "householdIndicators", "case-format-2.md §1 \"Exit indicators\"", true, "贫困户退出指标（一超六有），一行一户一年。",
        [
            new("户编号", "household", Code, Required, "户编号"),
            new("村代码", "village", Code, Required, "所在村的12位代码"),
            new("年度", "year", Integer, Required, "年度，须有该年的贫困线"),
            new("人均纯收入", "netIncomePerCapita", ColumnKind.Decimal, Required, "家庭人均纯收入（元）"),
            new("吃穿不愁", "foodAndClothing", YesNo, Required, "是否吃穿不愁"),
            new("义务教育", "education", YesNo, Required, "是否有义务教育保障"),
            new("基本医疗", "medical", YesNo, Required, "是否有基本医疗保障"),
            new("住房安全", "housing", YesNo, Required, "是否有住房安全保障"),
            new("安全饮水", "water", YesNo, Required, "是否有安全饮水"),
            new("生活用电", "electricity", YesNo, Required, "是否有生活用电"),
            new("广播电视", "broadcast", YesNo, Required, "是否有广播电视"),
        ]),
        new("贫困村指标", "villageIndicators", "case-format-2.md §1 \"Exit indicators\"", true, "贫困村退出指标（一低五有），一行一村一年。",
        [
            new("村代码", "village", Code, Required, "村的12位代码"),
            new("年度", "year", Integer, Required, "年度"),
            new("贫困发生率", "povertyIncidence", ColumnKind.Decimal, Required, "贫困发生率，0到1之间的小数（3% 填 0.03）"),
            new("集体经济收入", "collectiveIncome", ColumnKind.Decimal, Required, "村集体经济收入（元）"),
            new("硬化路", "hardenedRoad", YesNo, Required, "是否通硬化路"),
            new("卫生室", "clinic", YesNo, Required, "是否有卫生室"),
            new("文化室", "cultureRoom", YesNo, Required, "是否有文化室"),
            new("通信网络", "network", YesNo, Required, "是否通宽带或通信网络"),
        ]),
        new("贫困县指标", "countyIndicators", "case-format-2.md §1 \"Exit indicators\"", true, "贫困县摘帽指标（一低三有），一行一县一年。",
        [
            new("县代码", "county", Code, Required, "县的6位代码"),
            new("年度", "year", Integer, Required, "年度"),
            new("贫困发生率", "povertyIncidence", ColumnKind.Decimal, Required, "贫困发生率，0到1之间的小数"),
            new("乡镇数", "townships", Integer, Required, "乡镇数，≥1"),
            new("有标准中心校乡镇数", "townshipsWithSchool", Integer, Required, "有标准中心校的乡镇数，不超过乡镇数"),
            new("有达标卫生院乡镇数", "townshipsWithHealthCentre", Integer, Required, "有达标卫生院的乡镇数，不超过乡镇数"),
            new("有便民服务中心乡镇数", "townshipsWithServiceCentre", Integer, Required, "有便民服务中心的乡镇数，不超过乡镇数"),
            new("错退率", "wrongfulExitRate", ColumnKind.Decimal, Required, "错退率，0到1之间的小数"),
            new("漏评率", "missedRegistrationRate", ColumnKind.Decimal, Required, "漏评率，0到1之间的小数"),
            new("群众认可度", "approvalRate", ColumnKind.Decimal, Required, "群众认可度，0到1之间的小数"),
        ]),
    ];

    /// <summary>The sheet holding the contract member <paramref name="member"/>.</summary>
    /// <exception cref="ArgumentException">No sheet holds it.</exception>
    public static SheetSchema ForMember(string member) =>
        Sheets.FirstOrDefault(s => s.Member == member) ?? throw new ArgumentException($"No sheet holds {member}.", nameof(member));

    /// <summary>The Chinese word for a requirement, as the 说明 sheet shows it.</summary>
    public static string Label(Requirement requirement) => requirement switch
    {
        Required => "必填",
        Optional => "选填",
        _ => "视情况",
    };

    /// <summary>The Chinese name of a column kind, as the 说明 sheet shows it.</summary>
    public static string Label(ColumnKind kind) => kind switch
    {
        Text => "文本",
        Code => "编号/代码（文本）",
        Date => "日期",
        Instant => "时刻（带时区）",
        Month => "月份 yyyy-MM",
        Integer => "整数",
        ColumnKind.Decimal => "数值",
        ColumnKind.YesNo => "是/否",
        Enumeration => "选项",
        CodeList => "编号列表（; 分隔）",
        _ => "选项列表（; 分隔）",
    };
}
