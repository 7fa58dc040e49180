using System;
using System.Linq;
using PairingDomain.Cadres;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Tests.Support;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.Refusal;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Cadres;

/// <summary>
/// A village's work team as a query (issue 13; the <c>TEAM-*</c> rules read it): who, stationed or local, was in post
/// on a date, and the first day the village had a team.
/// </summary>
public sealed class WorkTeamTests
{
    private static readonly VillageCode s_v1 = VillageCode.Parse(V1);
    private static readonly VillageCode s_v2 = VillageCode.Parse(V2);

    /// <summary>
    /// V1: K-1 (first secretary, 2018-03-01 to 2019-06-30), K-2 (from 2019-07-01), local L-1 (township, 2017-09-01 to
    /// 2018-02-28) and L-2 (county, from 2019-01-01); V2 in the roster with no one posted.
    /// </summary>
    private static CadreWorkBook Book()
    {
        Roster roster = new TestRoster()
            .Unit(U1).Main(U1, M1).County(C1).County(C2).Village(V1).Village(V2).Pairing(C1, U1)
            .Cadre("K-1", U1, V1, "2018-03-01", "2019-06-30")
            .Cadre("K-2", U1, V1, "2019-07-01", post: CadrePost.TeamMember)
            .BuildRoster();
        return new CadreWorkBookBuilder(roster)
            .AddLocalCadre(new LocalCadre(new CadreId("L-1"), "本地一", LocalCadreLevel.Township, s_v1, CadrePost.TeamMember, R("2017-09-01", "2018-02-28")))
            .AddLocalCadre(new LocalCadre(new CadreId("L-2"), "本地二", LocalCadreLevel.County, s_v1, CadrePost.TeamLeader, R("2019-01-01")))
            .Build().GetValueOrThrow();
    }

    private static string[] IdsOn(WorkTeam team, string date) => [.. team.MembersOn(D(date)).Select(m => m.Id.Value)];

    [Fact]
    public void Members_AreEveryPosting_CadresInRosterOrderThenLocalCadres() =>
        Book().TeamOf(s_v1).Members.Select(m => m.Id.Value).Should().Equal("K-1", "K-2", "L-1", "L-2");

    [Theory]
    [InlineData("2017-08-31")]
    [InlineData("2018-02-28", "L-1")]
    [InlineData("2018-03-01", "K-1")]
    [InlineData("2019-01-01", "K-1", "L-2")]
    [InlineData("2019-06-30", "K-1", "L-2")]
    [InlineData("2019-07-01", "K-2", "L-2")]
    public void MembersOn_Date_AreThoseWhosePostingContainsIt(string date, params string[] expected) =>
        IdsOn(Book().TeamOf(s_v1), date).Should().Equal(expected);

    [Fact]
    public void FirstDay_IsTheEarliestStartOfAnyMember_LocalIncluded() =>
        Book().TeamOf(s_v1).FirstDay.Should().Be(D("2017-09-01"));

    [Fact]
    public void TeamOf_VillageNoOneWasPostedTo_HasNoMembersAndNoFirstDay()
    {
        WorkTeam team = Book().TeamOf(s_v2);

        team.Village.Should().Be(s_v2);
        team.Members.Should().BeEmpty();
        team.FirstDay.Should().BeNull();
        team.MembersOn(D("2019-03-01")).Should().BeEmpty();
    }

    [Fact]
    public void TeamOf_VillageNotInTheRoster_IsRefused() =>
        ShouldRefuse(() => Book().TeamOf(VillageCode.Parse(V3)), "village", V3);

    [Fact]
    public void Member_KeepsUnitForACadreAndLevelForALocalCadre()
    {
        WorkTeamMember[] members = [.. Book().TeamOf(s_v1).Members];

        (members[0].Unit, members[0].Level, members[0].IsLocal, members[0].Post, members[0].Name)
            .Should().Be((new UnitId(U1), null, false, CadrePost.FirstSecretary, "干部K-1"));
        (members[3].Unit, members[3].Level, members[3].IsLocal, members[3].Post, members[3].Name, members[3].Posting, members[3].Village)
            .Should().Be((null, LocalCadreLevel.County, true, CadrePost.TeamLeader, "本地二", R("2019-01-01"), s_v1));
    }

    [Fact]
    public void TeamOf_SameVillageTwice_GivesTheSameTeam()
    {
        CadreWorkBook book = Book();

        book.TeamOf(s_v1).Should().BeSameAs(book.TeamOf(s_v1));
    }
}
