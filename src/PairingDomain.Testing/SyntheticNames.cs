using System;
using System.Globalization;
using PairingDomain.Units;

namespace PairingDomain.Testing;

/// <summary>
/// Invented names: units whose names say they are simulated (模拟…), people and villages drawn from common characters.
/// No name is taken from a real unit.
/// </summary>
internal static class SyntheticNames
{
    private static readonly string[] s_surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗",
        "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蔡",
        "蒋", "余", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "卢", "姚", "沈", "钟", "姜", "崔", "谭", "陆", "范",
    ];

    private static readonly string[] s_given =
    [
        "建", "华", "明", "国", "平", "志", "军", "强", "伟", "芳", "丽", "敏", "静", "杰", "涛", "勇", "艳", "林", "波",
        "红", "霞", "刚", "斌", "峰", "磊", "洋", "超", "鹏", "辉", "玲", "燕", "飞", "亮", "文", "云", "海", "宇", "晨",
        "欣", "婷", "浩", "凯", "佳", "琳", "瑞", "雪", "松", "川", "蓉", "渝", "德", "顺", "安", "康", "成", "学", "兴",
    ];

    private static readonly string[] s_villagePrefixes =
    [
        "青松", "红星", "团结", "光明", "幸福", "新华", "向阳", "和平", "胜利", "先锋", "民主", "永兴", "长青", "金竹",
        "柏杨", "石桥", "清水", "花园", "新民", "双河", "桂花", "梨园", "茶坪", "柳树", "龙泉", "凤鸣", "白岩", "黄泥",
        "高坪", "大湾", "小河", "岩口", "杉木", "竹林", "核桃", "马鞍", "牛角", "桃源", "三合", "五星", "七里", "九龙",
        "草坝", "银厂", "铜鼓", "沙坝", "麻柳", "松林", "板桥", "安乐", "富民", "兴隆", "新店", "瓦窑", "水井", "坪上",
    ];

    private static readonly string[] s_offices =
    [
        "定点帮扶办公室", "扶贫工作处", "机关党委", "办公室", "规划发展处", "社会扶贫处", "党群工作部", "综合处",
    ];

    /// <summary>A person's name: a common surname and one or two given-name characters.</summary>
    public static string Person(Random random)
    {
        string surname = s_surnames[random.Next(s_surnames.Length)];
        string first = s_given[random.Next(s_given.Length)];
        return random.Next(4) == 0 ? surname + first : surname + first + s_given[random.Next(s_given.Length)];
    }

    /// <summary>A village name ending in 村.</summary>
    public static string Village(Random random) => s_villagePrefixes[random.Next(s_villagePrefixes.Length)] + "村";

    /// <summary>An undertaking office's name.</summary>
    public static string Office(Random random) => s_offices[random.Next(s_offices.Length)];

    /// <summary>A unit's invented name, e.g. 模拟高校017.</summary>
    public static string Unit(UnitKind kind, int number, int width)
    {
        string prefix = kind.Name switch
        {
            nameof(UnitKind.ProvincialDepartment) => "模拟省直单位",
            nameof(UnitKind.University) => "模拟高校",
            nameof(UnitKind.Hospital) => "模拟医院",
            nameof(UnitKind.StateOwnedEnterprise) => "模拟省属国企",
            nameof(UnitKind.FinancialInstitution) => "模拟金融机构",
            _ => "模拟中央驻川单位",
        };
        return prefix + number.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
