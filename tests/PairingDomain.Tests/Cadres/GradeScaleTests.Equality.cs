using System;
using PairingDomain.Cadres;
using PairingDomain.Policy;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Cadres;

/// <summary>
/// Value equality compares the name and the grades (issue 7: turning one <c>&amp;&amp;</c> into <c>||</c> survived).
/// </summary>
public sealed partial class GradeScaleTests
{
    [Fact]
    public void GradeScaleEquals_SameNameAndGrades_IsEqualWithEqualHashCodes()
    {
        var copy = new GradeScale("four-grade", GradeScale.FourGrade.Grades);

        copy.Equals(GradeScale.FourGrade).Should().BeTrue();
        copy.GetHashCode().Should().Be(GradeScale.FourGrade.GetHashCode());
    }

    [Fact]
    public void GradeScaleEquals_OnlyTheNameDiffers_IsUnequal() =>
        new GradeScale("another-name", GradeScale.ThreeGrade.Grades).Equals(GradeScale.ThreeGrade).Should().BeFalse();

    [Fact]
    public void GradeScaleEquals_OnlyTheGradesDiffer_IsUnequal() =>
        new GradeScale("three-grade", GradeScale.FourGrade.Grades).Equals(GradeScale.ThreeGrade).Should().BeFalse();

    [Fact]
    public void GradeScaleEquals_Null_IsFalse()
    {
        GradeScale scale = GradeScale.ThreeGrade;
        GradeScale? none = null;
        object? nothing = null;

        scale.Equals(none).Should().BeFalse();
        GradeScale.ThreeGrade.Equals(nothing).Should().BeFalse();
    }
}
