using PairingDomain.Assessment;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using PairingDomain.Time;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Mutation;

/// <summary>
/// The order operators of <see cref="DutyPeriod"/>, its four-digit year, the character classes of <see cref="RuleId"/>
/// and the text of default identifiers (issue 7: their boundary and string mutants survived).
/// </summary>
public sealed class PeriodAndIdentifierTests
{
    private static DutyPeriod Period(string text) => text.Length == 4
        ? DutyPeriod.ForYear(int.Parse(text, System.Globalization.CultureInfo.InvariantCulture))
        : DutyPeriod.ForQuarter(int.Parse(text[..4], System.Globalization.CultureInfo.InvariantCulture), text[^1] - '0');

    [Theory]
    [InlineData("2019-Q2", "2019-Q2", 0)]
    [InlineData("2019", "2019", 0)]
    [InlineData("2019-Q2", "2019-Q3", -1)]
    [InlineData("2019-Q4", "2020-Q1", -1)]
    [InlineData("2019", "2019-Q1", -1)]   // a year sorts before its first quarter
    [InlineData("2019-Q4", "2020", -1)]
    [InlineData("2019-Q3", "2019-Q2", 1)]
    [InlineData("2020-Q1", "2019-Q4", 1)]
    [InlineData("2019-Q1", "2019", 1)]
    public void Operators_AgreeWithCompareTo(string left, string right, int sign)
    {
        DutyPeriod a = Period(left), b = Period(right);

        int.Sign(a.CompareTo(b)).Should().Be(sign);
        (a < b).Should().Be(sign < 0);
        (a > b).Should().Be(sign > 0);
        (a <= b).Should().Be(sign <= 0);
        (a >= b).Should().Be(sign >= 0);
    }

    [Fact]
    public void ToString_YearBelowOneThousand_HasFourDigits()
    {
        DutyPeriod.ForYear(1).ToString().Should().Be("0001");
        DutyPeriod.ForQuarter(987, 2).ToString().Should().Be("0987-Q2");
    }

    [Theory]
    [InlineData("A0", true)]
    [InlineData("A9", true)]
    [InlineData("0", true)]
    [InlineData("9", true)]
    [InlineData("AZ", true)]
    [InlineData("Z", true)]
    [InlineData("A-B", true)]
    [InlineData("A/", false)] // '0' - 1
    [InlineData("A:", false)] // '9' + 1
    [InlineData("A@", false)] // 'A' - 1
    [InlineData("A[", false)] // 'Z' + 1
    [InlineData("Aa", false)]
    [InlineData("Az", false)]
    [InlineData("A,", false)] // '-' - 1
    [InlineData("A.", false)] // '-' + 1
    public void RuleIdIsValid_CharacterClassEdges(string text, bool valid) => RuleId.IsValid(text).Should().Be(valid);

    [Fact]
    public void ToString_DefaultIdentifiers_AreEmpty()
    {
        default(UnitId).ToString().Should().BeEmpty();
        default(LeaderId).ToString().Should().BeEmpty();
        default(CadreId).ToString().Should().BeEmpty();
        default(ActivityId).ToString().Should().BeEmpty();
        default(DivisionCode).ToString().Should().BeEmpty();
        default(VillageCode).ToString().Should().BeEmpty();
        default(RuleId).ToString().Should().BeEmpty();
    }

    [Fact]
    public void ToString_Identifiers_AreTheirText()
    {
        new UnitId("U-1").ToString().Should().Be("U-1");
        new LeaderId("L-1").ToString().Should().Be("L-1");
        new CadreId("K-1").ToString().Should().Be("K-1");
        new ActivityId("A-1").ToString().Should().Be("A-1");
        DivisionCode.Parse(C1).ToString().Should().Be(C1);
        VillageCode.Parse(V1).ToString().Should().Be(V1);
        new RuleId("X-1").ToString().Should().Be("X-1");
    }

    [Fact]
    public void DutyResultToString_NamesRuleCountsAndStatus()
    {
        DutyResult plan = Standard().Plan("A-1", U1, "2019-03-01").Plan("A-2", U1, "2019-04-01").Assess()
            .Duty(U1, RuleIds.DutyAnnualPlan);

        plan.ToString().Should().Contain(RuleIds.DutyAnnualPlan.Value).And.Contain("2/1").And.Contain(plan.Status.Name);
    }
}
