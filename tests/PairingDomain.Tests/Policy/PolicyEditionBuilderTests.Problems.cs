using System;
using System.Collections.Immutable;
using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Policy;

/// <summary>
/// Each refusal of <see cref="PolicyEditionBuilder"/> names what it refuses — its code and path exactly, and in its
/// message the rule, interpretation or value concerned — and each boundary of what it accepts holds (issue 7: the
/// messages, the zero minimum, the year bounds and the duplicate interpretation survived or had no test).
/// </summary>
public sealed partial class PolicyEditionBuilderTests
{
    private static Problem SingleProblem(PolicyEditionBuilder builder, string code, string path)
    {
        BuildResult<PolicyEdition> result = builder.Build();
        result.Success.Should().BeFalse();
        Problem problem = result.Problems.Should().ContainSingle().Subject;
        (problem.Code, problem.Path).Should().Be((code, path));
        problem.Message.Should().NotBeNullOrWhiteSpace("a refusal says why");
        return problem;
    }

    [Fact]
    public void From_Null_Throws()
    {
        Action act = () => PolicyEditionBuilder.From(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("edition");
    }

    [Fact]
    public void SetMinimum_Zero_IsAccepted()
    {
        // Zero is "no minimum", not a negative one: the builder and the duty both accept it.
        PolicyEdition edition = FromSichuan().SetMinimum(RuleIds.DutyNightSchool, 0).Build().GetValueOrThrow();

        ((DutyRule)edition.GetRule(RuleIds.DutyNightSchool)).Minimum.Should().Be(0);
    }

    [Fact]
    public void SetMinimum_Negative_NamesTheValue()
    {
        Problem problem = SingleProblem(FromSichuan().SetMinimum(RuleIds.DutyNightSchool, -3),
            ProblemCodes.InvalidValue, "rules[DUTY-NIGHT-SCHOOL].minimum");

        problem.Message.Should().Contain("-3");
    }

    [Fact]
    public void SetPeriod_NullPeriod_ThrowsEvenForARuleTheEditionLacks()
    {
        Action act = () => FromSichuan().SetPeriod(new RuleId("NO-SUCH-DUTY"), null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("period");
    }

    [Fact]
    public void SetScope_NullScope_ThrowsEvenForARuleTheEditionLacks()
    {
        Action act = () => FromSichuan().SetScope(new RuleId("NO-SUCH-DUTY"), null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("scope");
    }

    [Fact]
    public void SetScope_PerCountyLedOnAMainLeaderDuty_SaysWhy()
    {
        SingleProblem(FromSichuan().SetScope(RuleIds.DutyMainLeaderVisits, CountingScope.PerCountyLed),
            ProblemCodes.InvalidValue, "rules[DUTY-MAIN-LEADER-VISITS].scope");
    }

    [Fact]
    public void SetMinimum_RuleNotInEdition_NamesTheRule()
    {
        Problem problem = SingleProblem(PolicyEditionBuilder.Empty("x-2020", 2020).SetMinimum(RuleIds.DutyNightSchool, 2),
            ProblemCodes.UnknownReference, "rules[DUTY-NIGHT-SCHOOL]");

        problem.Message.Should().Contain("DUTY-NIGHT-SCHOOL");
    }

    [Fact]
    public void SetMinimum_RuleThatIsNotADuty_NamesTheRule()
    {
        Problem problem = SingleProblem(FromSichuan().SetMinimum(RuleIds.MechFourInOne, 2),
            ProblemCodes.InvalidValue, "rules[MECH-FOUR-IN-ONE]");

        problem.Message.Should().Contain("MECH-FOUR-IN-ONE");
    }

    [Fact]
    public void SetInterpretation_Null_Throws()
    {
        Action act = () => FromSichuan().SetInterpretation(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("interpretation");
    }

    [Fact]
    public void SetInterpretation_ReadingTheEditionListsFirst_IsReplacedInPlace()
    {
        Interpretation first = PolicyEditions.Sichuan2019.Interpretations[0];

        PolicyEdition edition = FromSichuan().SetInterpretation(first with { EnglishText = "changed" }).Build().GetValueOrThrow();

        edition.Interpretations.Should().HaveCount(PolicyEditions.Sichuan2019.Interpretations.Length);
        edition.Interpretations[0].Should().Be(first with { EnglishText = "changed" });
    }

    [Fact]
    public void SetInterpretation_UnknownId_NamesIt()
    {
        Problem problem = SingleProblem(FromSichuan().SetInterpretation(new InterpretationId("NO-SUCH-READING"), false),
            ProblemCodes.UnknownReference, "interpretations[NO-SUCH-READING]");

        problem.Message.Should().Contain("NO-SUCH-READING");
    }

    [Fact]
    public void SetInterpretation_SettingAsideAReadingTheLibraryAloneImplements_NamesItAndHowToChangeItInstead()
    {
        Interpretation fixedReading = PolicyEditions.Sichuan2019.Interpretations
            .Single(i => i.Id == InterpretationIds.MainLeaderMeetingsYearly);

        Problem problem = SingleProblem(FromSichuan().SetInterpretation(InterpretationIds.MainLeaderMeetingsYearly, false),
            ProblemCodes.InvalidValue, "interpretations[MAIN-LEADER-MEETINGS-YEARLY]");

        problem.Message.Should().Contain(InterpretationIds.MainLeaderMeetingsYearly.Value).And.Contain(fixedReading.SetAsideBy);
    }

    [Fact]
    public void Build_BlankIdentifier_SaysWhy()
    {
        SingleProblem(FromSichuan().WithIdentity(" ", 2020), ProblemCodes.MissingField, "id");
    }

    [Fact]
    public void Build_BlankChineseTitle_IsReportedAtTitleZh()
    {
        SingleProblem(FromSichuan().WithTitles("", "English"), ProblemCodes.MissingField, "title-zh");
    }

    [Fact]
    public void Build_BlankEnglishTitle_IsReportedAtTitleEn()
    {
        SingleProblem(FromSichuan().WithTitles("中文", " "), ProblemCodes.MissingField, "title-en");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9998)]
    public void Build_FirstAndLastProgrammeYear_AreAccepted(int year)
    {
        FromSichuan().WithIdentity("x", year).Build().GetValueOrThrow().Year.Should().Be(year);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    public void Build_YearOutOfRange_NamesTheYear(int year)
    {
        Problem problem = SingleProblem(FromSichuan().WithIdentity("x", year), ProblemCodes.InvalidValue, "year");

        problem.Message.Should().Contain(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Build_DuplicateRule_NamesIt()
    {
        PolicyRule twice = PolicyEditions.Sichuan2019.GetRule(RuleIds.BundleCadre);

        Problem problem = SingleProblem(FromSichuan().AddRule(twice), ProblemCodes.DuplicateId, "rules[BUNDLE-CADRE]");

        problem.Message.Should().Contain("BUNDLE-CADRE");
    }

    [Fact]
    public void Build_EditionListingAnInterpretationTwice_IsRefusedNamingIt()
    {
        // The builder's own SetInterpretation replaces by id, so only an edition stated another way can carry a
        // reading twice; the builder must still refuse to pass it on.
        var reading = new Interpretation(new InterpretationId("TEST-READING"), "测试", "test");
        var edition = new PolicyEdition("twice-2020", 2020, "测试", "test", [], GradeScale.ThreeGrade,
            ImmutableArray.Create(reading, reading with { IsAdopted = false }));

        Problem problem = SingleProblem(PolicyEditionBuilder.From(edition), ProblemCodes.DuplicateId, "interpretations[TEST-READING]");

        problem.Message.Should().Contain("TEST-READING");
    }

    [Fact]
    public void Build_DistinctInterpretations_AreNotReportedAsDuplicates()
    {
        PolicyEditionBuilder.Empty("x-2020", 2020)
            .SetInterpretation(new Interpretation(new InterpretationId("TEST-A"), "甲", "a"))
            .SetInterpretation(new Interpretation(new InterpretationId("TEST-B"), "乙", "b"))
            .Build().Success.Should().BeTrue();
    }

    [Fact]
    public void Build_QuarterlyAnnualPlan_NamesTheDutyAndItsActivity()
    {
        Problem problem = SingleProblem(FromSichuan().SetPeriod(RuleIds.DutyAnnualPlan, DutyPeriodKind.Quarter),
            ProblemCodes.InvalidValue, "rules[DUTY-ANNUAL-PLAN].period");

        problem.Message.Should().Contain("DUTY-ANNUAL-PLAN").And.Contain(ActivityKind.AnnualPlan.EnglishName)
            .And.Contain(DutyHolder.Unit.EnglishName);
    }

    [Fact]
    public void Build_QuarterlyWorkCommitteeDuty_NamesTheDutyItsHolderAndThatItHasNoActivity()
    {
        Problem problem = SingleProblem(FromSichuan().SetPeriod(RuleIds.DutyCommitteeTraining, DutyPeriodKind.Quarter),
            ProblemCodes.InvalidValue, "rules[DUTY-COMMITTEE-TRAINING].period");

        problem.Message.Should().Contain("DUTY-COMMITTEE-TRAINING").And.Contain(DutyHolder.WorkCommittee.EnglishName)
            .And.Contain("no activity");
    }

    [Fact]
    public void Build_JointMeetingsCountedPerUnit_SaysWhy()
    {
        SingleProblem(FromSichuan().SetScope(RuleIds.DutyLeadJointMeetings, CountingScope.PerUnit),
            ProblemCodes.InvalidValue, "rules[DUTY-LEAD-JOINT-MEETINGS].scope");
    }
}
