using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Benchmarks.Json;

/// <summary>
/// The peer of <see cref="CaseReader"/> a user would write without the package's reader: <see cref="JsonSerializer"/>
/// into plain records shaped as the <c>pairing-case/1</c> contract, then the roster and the ledger built from them with
/// <see cref="PairingCaseBuilder"/> (the same validation of the records). It has none of the reader's problem paths:
/// a document it cannot bind throws. For the benchmark only.
/// </summary>
public static class DtoCaseReader
{
    private static readonly JsonSerializerOptions s_options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Binds the document and builds the case.</summary>
    /// <param name="utf8Json">A valid <c>pairing-case/1</c> document.</param>
    /// <returns>The case.</returns>
    public static PairingCase Read(byte[] utf8Json)
    {
        CaseDto dto = JsonSerializer.Deserialize<CaseDto>(utf8Json, s_options)!;
        LocalDate? asOf = dto.AsOf is null ? null : Date(dto.AsOf);
        var builder = new PairingCaseBuilder(PolicyEditions.All[dto.Policy], dto.Year, asOf, "$",
            activityCapacity: dto.Activities.Count);
        for (int i = 0; i < dto.Units.Count; i++)
        {
            UnitDto u = dto.Units[i];
            var leaders = u.Leaders.Select(l => new Leader(new LeaderId(l.Id), l.Name, LeaderPost.FromContractId(l.Role),
                new DateRange(Date(l.From), l.To is null ? null : Date(l.To))));
            builder.AddUnit(new AssistanceUnit(new UnitId(u.Id), u.Name, UnitKind.FromContractId(u.Kind),
                new FourInOneMechanism(u.Mechanism.LeadershipTeam, u.Mechanism.UndertakingOffice, u.Mechanism.AllStaff), leaders),
                $"$.units[{i}]");
        }
        for (int i = 0; i < dto.Counties.Count; i++)
        {
            CountyDto c = dto.Counties[i];
            builder.AddCounty(new County(DivisionCode.Parse(c.Code), c.Name, Region.FromContractId(c.Region),
                c.PlannedDelistingYear, c.DelistedYear), $"$.counties[{i}]");
        }
        for (int i = 0; i < dto.Villages.Count; i++)
        {
            VillageDto v = dto.Villages[i];
            builder.AddVillage(new Village(VillageCode.Parse(v.Code), DivisionCode.Parse(v.County), v.Name, v.PlannedExitYear,
                v.ExitedYear), $"$.villages[{i}]");
        }
        for (int i = 0; i < dto.CountyPairings.Count; i++)
        {
            PairingDto p = dto.CountyPairings[i];
            builder.AddPairing(new CountyPairing(DivisionCode.Parse(p.County), new UnitId(p.Lead),
                p.Participants.Select(x => new UnitId(x)), new DateRange(Date(p.From), p.To is null ? null : Date(p.To))),
                $"$.countyPairings[{i}]");
        }
        for (int i = 0; i < dto.Cadres.Count; i++)
        {
            CadreDto c = dto.Cadres[i];
            builder.AddCadre(new StationedCadre(new CadreId(c.Id), c.Name, new UnitId(c.Unit), VillageCode.Parse(c.Village),
                CadrePost.FromContractId(c.Post), new DateRange(Date(c.From), c.To is null ? null : Date(c.To))),
                $"$.cadres[{i}]");
        }
        for (int i = 0; i < dto.Activities.Count; i++)
        {
            ActivityDto a = dto.Activities[i];
            ActivityTime time = a.On is not null
                ? ActivityTime.On(Date(a.On))
                : ActivityTime.At(OffsetDateTimePattern.ExtendedIso.Parse(a.At!).GetValueOrThrow().ToInstant());
            builder.AddActivity(new Activity(new ActivityId(a.Id), ActivityKind.FromContractId(a.Kind), new UnitId(a.Unit),
                a.By is null ? null : new LeaderId(a.By), time, a.County is null ? null : DivisionCode.Parse(a.County),
                a.Village is null ? null : VillageCode.Parse(a.Village)), $"$.activities[{i}]");
        }
        for (int i = 0; i < dto.CadreGrades.Count; i++)
        {
            GradeDto g = dto.CadreGrades[i];
            builder.AddGrade(new AnnualGrade(new CadreId(g.Cadre), g.Year, CadreGrade.FromContractId(g.Grade)), $"$.cadreGrades[{i}]");
        }
        return builder.Build().GetValueOrThrow();
    }

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    private sealed record CaseDto(string Format, string Policy, int Year, string? AsOf, List<UnitDto> Units, List<CountyDto> Counties,
        List<VillageDto> Villages, List<PairingDto> CountyPairings, List<CadreDto> Cadres, List<ActivityDto> Activities,
        List<GradeDto> CadreGrades);

    private sealed record UnitDto(string Id, string Name, string Kind, MechanismDto Mechanism, List<LeaderDto> Leaders);

    private sealed record MechanismDto(bool LeadershipTeam, string? UndertakingOffice, bool AllStaff);

    private sealed record LeaderDto(string Id, string Name, string Role, string From, string? To);

    private sealed record CountyDto(string Code, string Name, string Region, int PlannedDelistingYear, int? DelistedYear);

    private sealed record VillageDto(string Code, string County, string Name, int PlannedExitYear, int? ExitedYear);

    private sealed record PairingDto(string County, string Lead, List<string> Participants, string From, string? To);

    private sealed record CadreDto(string Id, string Name, string Unit, string Village, string Post, string From, string? To);

    private sealed record ActivityDto(string Id, string Kind, string Unit, string? By, string? On, string? At, string? County,
        string? Village);

    private sealed record GradeDto(string Cadre, int Year, string Grade);
}
