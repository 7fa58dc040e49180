using System;
using PairingDomain.Cadres;

namespace PairingDomain.Tests.Cadres;

public sealed partial class GradeScaleTests
{
    [Fact]
    public void ThreeGrade_IsSichuansScaleWithoutBasicallyCompetent()
    {
        GradeScale.ThreeGrade.Grades.Should().Equal(CadreGrade.Excellent, CadreGrade.Competent, CadreGrade.Incompetent);
        GradeScale.ThreeGrade.Contains(CadreGrade.BasicallyCompetent).Should().BeFalse();
        GradeScale.FourGrade.Contains(CadreGrade.BasicallyCompetent).Should().BeTrue();
    }

    [Fact]
    public void Constructor_WithoutIncompetent_Throws()
    {
        Action act = () => _ = new GradeScale("bad", [CadreGrade.Excellent, CadreGrade.Competent]);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Equals_SameNameAndGrades_IsEqualWhateverTheOrderGiven()
    {
        var copy = new GradeScale("three-grade", [CadreGrade.Incompetent, CadreGrade.Excellent, CadreGrade.Competent]);
        copy.Should().Be(GradeScale.ThreeGrade);
        copy.Should().NotBe(GradeScale.FourGrade);
    }
}
