using PairingDomain.Cadres;

namespace PairingDomain.Tests.Cadres;

public class CadreGradeTests
{
    [Fact]
    public void Values_OrderBestFirst()
    {
        CadreGrade.Excellent.Value.Should().BeLessThan(CadreGrade.Competent.Value);
        CadreGrade.Competent.Value.Should().BeLessThan(CadreGrade.BasicallyCompetent.Value);
        CadreGrade.BasicallyCompetent.Value.Should().BeLessThan(CadreGrade.Incompetent.Value);
    }

    [Fact]
    public void ChineseNames_AreTheSeedsGrades()
    {
        // §III.8 names 不称职; Sichuan's implementing opinion grades 优秀 / 称职 / 不称职.
        CadreGrade.Incompetent.ChineseName.Should().Be("不称职");
        CadreGrade.Excellent.ChineseName.Should().Be("优秀");
        CadreGrade.Competent.ChineseName.Should().Be("称职");
        CadreGrade.BasicallyCompetent.ChineseName.Should().Be("基本称职");
    }
}
