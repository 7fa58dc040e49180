using PairingDomain.Cadres;
using static PairingDomain.Tests.Support.Refusal;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Cadres;

/// <summary>A routine or end-of-term review (case-format-2.md §1, <c>cadreReviews</c>): its guards and what it keeps.</summary>
public sealed class CadreReviewTests
{
    [Fact]
    public void CadreReview_DefaultCadre_SaysSo() =>
        ShouldRefuse(() => _ = new CadreReview(default, CadreReviewKind.Routine, D("2019-06-30"), true), "cadre", "default");

    [Fact]
    public void CadreReview_NullKind_IsRefused() =>
        ShouldRefuseNull(() => _ = new CadreReview(new CadreId("K-1"), null!, D("2019-06-30"), true), "kind");

    [Fact]
    public void CadreReview_Properties_KeepWhatWasGiven()
    {
        var review = new CadreReview(new CadreId("K-1"), CadreReviewKind.EndOfTerm, D("2019-12-20"), false);

        (review.Cadre, review.Kind, review.On, review.DutiesFulfilled)
            .Should().Be((new CadreId("K-1"), CadreReviewKind.EndOfTerm, D("2019-12-20"), false));
    }
}
