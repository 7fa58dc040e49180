using System.Linq;
using Ardalis.SmartEnum;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests;

/// <summary>
/// Every bilingual text is in its language: Chinese texts carry Chinese, English texts none, and each value of an
/// enumeration has its own non-empty names (issue 7: emptied names and swapped languages survived).
/// </summary>
public sealed partial class BilingualEnumerationTests
{
    internal static bool HasCjk(string s) => s.Any(c => c is >= '\u3400' and <= '\u9FFF');

    private static void AllNamed<T>(System.Func<T, string> chinese, System.Func<T, string> english)
        where T : SmartEnum<T>
    {
        var values = SmartEnum<T>.List.ToList();
        values.Should().OnlyContain(v => HasCjk(chinese(v)), typeof(T).Name);
        values.Should().OnlyContain(v => english(v).Length > 0 && !HasCjk(english(v)), typeof(T).Name);
        values.Select(chinese).Should().OnlyHaveUniqueItems(typeof(T).Name);
        values.Select(english).Should().OnlyHaveUniqueItems(typeof(T).Name);
    }

    [Fact]
    public void Names_OfEveryEnumeration_AreDistinctAndInTheirLanguage()
    {
        AllNamed<DutyStatus>(v => v.ChineseName, v => v.EnglishName);
        AllNamed<ActivityVerdict>(v => v.ChineseName, v => v.EnglishName);
        AllNamed<UnitKind>(v => v.ChineseName, v => v.EnglishName);
        AllNamed<MechanismPart>(v => v.ChineseName, v => v.EnglishName);
        AllNamed<LeaderPost>(v => v.ChineseName, v => v.EnglishName);
        AllNamed<CadrePost>(v => v.ChineseName, v => v.EnglishName);
        AllNamed<Region>(v => v.ChineseName, v => v.EnglishName);
        AllNamed<CadreGrade>(v => v.ChineseName, v => v.EnglishName);
        AllNamed<DutyPeriodKind>(v => v.ChineseName, v => v.EnglishName);
        AllNamed<CountingScope>(v => v.ChineseName, v => v.EnglishName);
        AllNamed<DutyHolder>(v => v.ChineseName, v => v.EnglishName);
        AllNamed<SupervisingAuthority>(v => v.ChineseName, v => v.EnglishName);
    }
}
