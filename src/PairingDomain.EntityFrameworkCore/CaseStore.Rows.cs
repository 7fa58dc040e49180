using System;
using System.Collections.Generic;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.EntityFrameworkCore.Rows;
using PairingDomain.Exits;
using PairingDomain.Outcomes;
using PairingDomain.Pairings;
using PairingDomain.Party;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Units;

namespace PairingDomain.EntityFrameworkCore;

public static partial class CaseStore
{
    /// <summary>The rows of one table of a case, made as they are read (so that no table is held twice in memory).</summary>
    private readonly record struct RowPart(Type RowType, IEnumerable<object> Rows);

    private static StoredCase HeadRow(string key, PairingCase @case) => new()
    {
        CaseKey = key,
        FormatVersion = @case.HasCadreWork ? 2 : 1,
        EditionId = @case.Edition.Id,
        Year = @case.Year,
        AsOf = @case.AsOf,
    };

    /// <summary>Every table's rows of <paramref name="case"/> but its head row, each with its position (<c>seq</c>).</summary>
    private static IEnumerable<RowPart> RowParts(string key, PairingCase @case)
    {
        Roster roster = @case.Roster;
        yield return new(typeof(UnitRow), UnitRows(key, roster));
        yield return new(typeof(LeaderRow), LeaderRows(key, roster));
        yield return new(typeof(CountyRow), CountyRows(key, roster));
        yield return new(typeof(VillageRow), VillageRows(key, roster));
        yield return new(typeof(CountyPairingRow), CountyPairingRows(key, roster));
        yield return new(typeof(CountyPairingParticipantRow), ParticipantRows(key, roster));
        yield return new(typeof(StationedCadreRow), CadreRows(key, roster));
        yield return new(typeof(ActivityRow), ActivityRows(key, @case));
        yield return new(typeof(GradeRow), GradeRows(key, @case));
        if (@case.HasCadreWork)
        {
            yield return new(typeof(LocalCadreRow), LocalCadreRows(key, @case.CadreWork));
            yield return new(typeof(AttendanceRow), AttendanceRows(key, @case.CadreWork));
            yield return new(typeof(CadreWorkRow), CadreWorkRows(key, @case.CadreWork));
            yield return new(typeof(CadreReviewRow), CadreReviewRows(key, @case.CadreWork));
            yield return new(typeof(CommitteeActivityRow), CommitteeActivityRows(key, @case.CadreWork));
            yield return new(typeof(OutcomeRow), OutcomeRows(key, @case));
            yield return new(typeof(PartyPairingRow), PartyPairingRows(key, @case));
            yield return new(typeof(HouseholdIndicatorsRow), HouseholdRows(key, @case.ExitIndicators));
            yield return new(typeof(VillageIndicatorsRow), VillageIndicatorRows(key, @case.ExitIndicators));
            yield return new(typeof(CountyIndicatorsRow), CountyIndicatorRows(key, @case.ExitIndicators));
        }
    }

    private static IEnumerable<object> UnitRows(string key, Roster roster)
    {
        int seq = 0;
        foreach (AssistanceUnit unit in roster.Units)
        {
            yield return new UnitRow
            {
                CaseKey = key, UnitId = unit.Id, Seq = seq++, Name = unit.Name, Kind = unit.Kind,
                LeadershipTeam = unit.Mechanism.LeadershipTeam, UndertakingOffice = unit.Mechanism.UndertakingOffice,
                AllStaff = unit.Mechanism.AllStaff,
            };
        }
    }

    private static IEnumerable<object> LeaderRows(string key, Roster roster)
    {
        int seq = 0;
        foreach (AssistanceUnit unit in roster.Units)
        {
            foreach (Leader leader in unit.Leaders)
            {
                yield return new LeaderRow
                {
                    CaseKey = key, UnitId = unit.Id, LeaderId = leader.Id, Seq = seq++, Name = leader.Name,
                    Role = leader.Post, TenureFrom = leader.Tenure.Start, TenureTo = leader.Tenure.End,
                };
            }
        }
    }

    private static IEnumerable<object> CountyRows(string key, Roster roster)
    {
        int seq = 0;
        foreach (County county in roster.Counties)
        {
            yield return new CountyRow
            {
                CaseKey = key, CountyCode = county.Code, Seq = seq++, Name = county.Name, Region = county.Region,
                PlannedDelistingYear = county.PlannedDelistingYear, DelistedYear = county.DelistedYear,
            };
        }
    }

    private static IEnumerable<object> VillageRows(string key, Roster roster)
    {
        int seq = 0;
        foreach (Village village in roster.Villages)
        {
            yield return new VillageRow
            {
                CaseKey = key, VillageCode = village.Code, Seq = seq++, CountyCode = village.County, Name = village.Name,
                PlannedExitYear = village.PlannedExitYear, ExitedYear = village.ExitedYear,
            };
        }
    }

    private static IEnumerable<object> CountyPairingRows(string key, Roster roster)
    {
        int seq = 0;
        foreach (CountyPairing pairing in roster.Pairings)
        {
            yield return new CountyPairingRow
            {
                CaseKey = key, Seq = seq++, CountyCode = pairing.County, LeadUnitId = pairing.Lead,
                ValidFrom = pairing.Validity.Start, ValidTo = pairing.Validity.End,
            };
        }
    }

    private static IEnumerable<object> ParticipantRows(string key, Roster roster)
    {
        int seq = 0;
        foreach (CountyPairing pairing in roster.Pairings)
        {
            for (int p = 0; p < pairing.Participants.Length; p++)
            {
                yield return new CountyPairingParticipantRow { CaseKey = key, PairingSeq = seq, Position = p, UnitId = pairing.Participants[p] };
            }
            seq++;
        }
    }

    private static IEnumerable<object> CadreRows(string key, Roster roster)
    {
        int seq = 0;
        foreach (StationedCadre cadre in roster.Cadres)
        {
            yield return new StationedCadreRow
            {
                CaseKey = key, CadreId = cadre.Id, Seq = seq++, Name = cadre.Name, UnitId = cadre.Unit, VillageCode = cadre.Village,
                Post = cadre.Post, PostedFrom = cadre.Posting.Start, PostedTo = cadre.Posting.End,
            };
        }
    }

    private static IEnumerable<object> ActivityRows(string key, PairingCase @case)
    {
        int seq = 0;
        foreach (Activity activity in @case.Ledger)
        {
            yield return new ActivityRow
            {
                CaseKey = key, ActivityId = activity.Id, Seq = seq++, Kind = activity.Kind, UnitId = activity.Unit,
                LeaderId = activity.By, OnDate = activity.Time.Date, AtInstant = activity.Time.Instant, CountyCode = activity.County,
                VillageCode = activity.Village, Topics = activity.Topics,
            };
        }
    }

    private static IEnumerable<object> GradeRows(string key, PairingCase @case)
    {
        int seq = 0;
        foreach (AnnualGrade grade in @case.Grades.Grades)
        {
            yield return new GradeRow { CaseKey = key, CadreId = grade.Cadre, Year = grade.Year, Seq = seq++, Grade = grade.Grade };
        }
    }

    private static IEnumerable<object> LocalCadreRows(string key, CadreWorkBook book)
    {
        int seq = 0;
        foreach (LocalCadre cadre in book.LocalCadres)
        {
            yield return new LocalCadreRow
            {
                CaseKey = key, CadreId = cadre.Id, Seq = seq++, Name = cadre.Name, Level = cadre.Level, VillageCode = cadre.Village,
                Post = cadre.Post, PostedFrom = cadre.Posting.Start, PostedTo = cadre.Posting.End,
            };
        }
    }

    private static IEnumerable<object> AttendanceRows(string key, CadreWorkBook book)
    {
        int seq = 0;
        foreach (AttendanceRecord record in book.Attendance)
        {
            yield return new AttendanceRow
            {
                CaseKey = key, CadreId = record.Cadre, Month = record.Month, Seq = seq++, DaysInVillage = record.DaysInVillage,
                LeaveDays = record.LeaveDays,
            };
        }
    }

    private static IEnumerable<object> CadreWorkRows(string key, CadreWorkBook book)
    {
        int seq = 0;
        foreach (CadreWorkRecord record in book.WorkRecords)
        {
            yield return new CadreWorkRow
            {
                CaseKey = key, CadreId = record.Cadre, Year = record.Year, Seq = seq++, WorkPlan = record.WorkPlan,
                WorkLedger = record.WorkLedger, HomeUnitDuties = record.HomeUnitDuties,
            };
        }
    }

    private static IEnumerable<object> CadreReviewRows(string key, CadreWorkBook book)
    {
        int seq = 0;
        foreach (CadreReview review in book.Reviews)
        {
            yield return new CadreReviewRow
            {
                CaseKey = key, Seq = seq++, CadreId = review.Cadre, Kind = review.Kind, ReviewedOn = review.On,
                DutiesFulfilled = review.DutiesFulfilled,
            };
        }
    }

    private static IEnumerable<object> CommitteeActivityRows(string key, CadreWorkBook book)
    {
        int seq = 0;
        foreach (CommitteeActivity activity in book.CommitteeActivities)
        {
            yield return new CommitteeActivityRow
            {
                CaseKey = key, ActivityId = activity.Id, Seq = seq++, Kind = activity.Kind, OnDate = activity.Time.Date,
                AtInstant = activity.Time.Instant, Trainees = activity.Trainees,
            };
        }
    }

    private static IEnumerable<object> OutcomeRows(string key, PairingCase @case)
    {
        int seq = 0;
        foreach (Outcome outcome in @case.Outcomes)
        {
            yield return new OutcomeRow
            {
                CaseKey = key, ActivityId = outcome.Id, Seq = seq++, UnitId = outcome.Unit, CountyCode = outcome.County,
                VillageCode = outcome.Village, OnDate = outcome.On, Measure = outcome.Measure, Amount = outcome.Amount,
            };
        }
    }

    private static IEnumerable<object> PartyPairingRows(string key, PairingCase @case)
    {
        int seq = 0;
        foreach (PartyPairing pairing in @case.PartyPairings.Pairings)
        {
            yield return new PartyPairingRow
            {
                CaseKey = key, Seq = seq++, UnitId = pairing.Unit, VillageCode = pairing.Village, ValidFrom = pairing.Validity.Start,
                ValidTo = pairing.Validity.End,
            };
        }
    }

    private static IEnumerable<object> HouseholdRows(string key, ExitIndicatorBook exits)
    {
        int seq = 0;
        foreach (HouseholdIndicators h in exits.Households)
        {
            yield return new HouseholdIndicatorsRow
            {
                CaseKey = key, Household = h.Household, Year = h.Year, Seq = seq++, VillageCode = h.Village,
                NetIncomePerCapita = h.NetIncomePerCapita, FoodAndClothing = h.FoodAndClothing, Education = h.Education,
                Medical = h.Medical, Housing = h.Housing, Water = h.Water, Electricity = h.Electricity, Broadcast = h.Broadcast,
            };
        }
    }

    private static IEnumerable<object> VillageIndicatorRows(string key, ExitIndicatorBook exits)
    {
        int seq = 0;
        foreach (VillageIndicators v in exits.Villages)
        {
            yield return new VillageIndicatorsRow
            {
                CaseKey = key, VillageCode = v.Village, Year = v.Year, Seq = seq++, PovertyIncidence = v.PovertyIncidence,
                CollectiveIncome = v.CollectiveIncome, HardenedRoad = v.HardenedRoad, Clinic = v.Clinic, CultureRoom = v.CultureRoom,
                Network = v.Network,
            };
        }
    }

    private static IEnumerable<object> CountyIndicatorRows(string key, ExitIndicatorBook exits)
    {
        int seq = 0;
        foreach (CountyIndicators c in exits.Counties)
        {
            yield return new CountyIndicatorsRow
            {
                CaseKey = key, CountyCode = c.County, Year = c.Year, Seq = seq++, PovertyIncidence = c.PovertyIncidence,
                Townships = c.Townships, TownshipsWithSchool = c.TownshipsWithSchool, TownshipsWithHealthCentre = c.TownshipsWithHealthCentre,
                TownshipsWithServiceCentre = c.TownshipsWithServiceCentre, WrongfulExitRate = c.WrongfulExitRate,
                MissedRegistrationRate = c.MissedRegistrationRate, ApprovalRate = c.ApprovalRate,
            };
        }
    }
}
