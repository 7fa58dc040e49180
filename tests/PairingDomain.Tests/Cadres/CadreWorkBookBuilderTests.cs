using System;
using System.Linq;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.Places;
using PairingDomain.Rosters;
using static PairingDomain.Tests.Support.Refusal;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Cadres;

/// <summary>
/// The work book's builder (case-format-2.md §1): every duplicate and every dangling reference of every record at
/// once, each at its record's path and field, with both messages naming the record; sound records build.
/// </summary>
public sealed partial class CadreWorkBookBuilderTests
{
    private static readonly Roster s_roster = Standard().Cadre("K-2", U1, V1).BuildRoster();
    private static readonly VillageCode s_v1 = VillageCode.Parse(V1);
    private static readonly VillageCode s_v2 = VillageCode.Parse(V2);
    private static readonly YearMonth s_march = new(2019, 3);

    private static LocalCadre Local(string id, VillageCode? village = null) =>
        new(new CadreId(id), "本地" + id, LocalCadreLevel.County, village ?? s_v1, CadrePost.TeamMember, R("2019-01-01"));

    private static AttendanceRecord Attendance(string cadre, YearMonth? month = null) => new(new CadreId(cadre), month ?? s_march, 22, 1);

    private static CadreWorkRecord Work(string cadre, int year = 2019) => new(new CadreId(cadre), year, true, true, false);

    private static CadreReview Review(string cadre) => new(new CadreId(cadre), CadreReviewKind.Routine, D("2019-06-30"), true);

    private static CommitteeActivity Training(string id) =>
        new(new ActivityId(id), CommitteeActivityKind.DemonstrationTraining, ActivityTime.On(D("2019-05-10")), 30);

    private static void ShouldName(Problem problem, params string[] words)
    {
        foreach (string word in words)
        {
            problem.Message.Should().Contain(word);
            problem.ChineseMessage.Should().Contain(word);
        }
    }

    [Fact]
    public void Constructor_NullRoster_IsRefused() =>
        ShouldRefuseNull(() => _ = new CadreWorkBookBuilder(null!), "roster");

    [Fact]
    public void Constructor_LedgerOfAnotherRoster_IsRefused()
    {
        ActivityLedger other = Standard().BuildLedger(Standard().BuildRoster());

        ShouldRefuse(() => _ = new CadreWorkBookBuilder(s_roster, other), "ledger", "another roster");
    }

    [Fact]
    public void Add_Null_IsRefused()
    {
        var builder = new CadreWorkBookBuilder(s_roster);

        ShouldRefuseNull(() => builder.AddLocalCadre(null!), "cadre");
        ShouldRefuseNull(() => builder.AddAttendance(null!), "record");
        ShouldRefuseNull(() => builder.AddWorkRecord(null!), "record");
        ShouldRefuseNull(() => builder.AddReview(null!), "review");
        ShouldRefuseNull(() => builder.AddCommitteeActivity(null!), "activity");
    }

    [Fact]
    public void Build_SoundRecords_KeepsThemInOrderAndFindsThem()
    {
        ActivityLedger ledger = Standard().Cadre("K-2", U1, V1).Plan("A-1", U1, "2019-02-01").BuildLedger(s_roster);
        CadreWorkBook book = new CadreWorkBookBuilder(s_roster, ledger)
            .AddLocalCadre(Local("L-1"))
            .AddAttendance(Attendance("K-1"))
            .AddAttendance(Attendance("K-1", new YearMonth(2019, 4)))
            .AddAttendance(Attendance("K-2"))
            .AddWorkRecord(Work("K-1"))
            .AddWorkRecord(Work("K-2", 2018))
            .AddReview(Review("K-2"))
            .AddReview(Review("K-2"))
            .AddReview(Review("K-1"))
            .AddCommitteeActivity(Training("T-1"))
            .Build().GetValueOrThrow();

        book.Roster.Should().BeSameAs(s_roster);
        book.LocalCadres.Select(c => c.Id.Value).Should().Equal("L-1");
        book.Attendance.Select(a => (a.Cadre.Value, a.Month.Month)).Should().Equal(("K-1", 3), ("K-1", 4), ("K-2", 3));
        book.WorkRecords.Select(w => w.Year).Should().Equal(2019, 2018);
        book.Reviews.Should().HaveCount(3, "a cadre may be reviewed more than once");
        book.CommitteeActivities.Select(a => a.Id.Value).Should().Equal("T-1");
        book.FindLocalCadre(new CadreId("L-1")).Should().BeSameAs(book.LocalCadres[0]);
        book.FindLocalCadre(new CadreId("K-1")).Should().BeNull("K-1 is a stationed cadre");
        book.AttendanceOf(new CadreId("K-1"), new YearMonth(2019, 4)).Should().BeSameAs(book.Attendance[1]);
        book.AttendanceOf(new CadreId("K-2"), new YearMonth(2019, 4)).Should().BeNull();
        book.WorkRecordOf(new CadreId("K-2"), 2018).Should().BeSameAs(book.WorkRecords[1]);
        book.WorkRecordOf(new CadreId("K-2"), 2019).Should().BeNull();
        book.WorkRecordOf(new CadreId("K-1"), 2018).Should().BeNull();
        book.AttendanceCadres.Should().Equal(0, 0, 1);
        book.WorkRecordCadres.Should().Equal(0, 1);
        book.ReviewCadres.Should().Equal(1, 1, 0);
        book.LocalCadreVillages.Should().Equal(0);
    }

    [Fact]
    public void Empty_HoldsNothing()
    {
        CadreWorkBook book = CadreWorkBook.Empty(s_roster);

        (book.LocalCadres.Length, book.Attendance.Length, book.WorkRecords.Length, book.Reviews.Length, book.CommitteeActivities.Length)
            .Should().Be((0, 0, 0, 0, 0));
        book.AttendanceOf(new CadreId("K-1"), s_march).Should().BeNull();
        book.TeamOf(s_v1).Members.Select(m => m.Id.Value).Should().Equal("K-1", "K-2");
        ShouldRefuseNull(() => CadreWorkBook.Empty(null!), "roster");
    }
}
