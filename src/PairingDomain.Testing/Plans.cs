using System.Collections.Generic;
using NodaTime;
using PairingDomain.Places;
using PairingDomain.Units;

namespace PairingDomain.Testing;

/// <summary>A county as planned: its data, its lead and participants (unit indices), its township codes.</summary>
internal sealed class CountyPlan(DivisionCode code, string name, Region region, int plannedDelistingYear, string[] townships,
    double intensity)
{
    public DivisionCode Code { get; } = code;

    public string Name { get; } = name;

    public Region Region { get; } = region;

    public int PlannedDelistingYear { get; } = plannedDelistingYear;

    public string[] Townships { get; } = townships;

    /// <summary>The next free village number in each township.</summary>
    public int[] NextVillage { get; } = new int[townships.Length];

    /// <summary>Units per county for its region (the 2019 division of labour).</summary>
    public double Intensity { get; } = intensity;

    public int Lead { get; set; } = -1;

    public List<int> Participants { get; } = [];
}

/// <summary>A unit as planned: the unit, who held its posts when, the counties it assists (first = its group's).</summary>
internal sealed class UnitPlan(AssistanceUnit unit, string number, LeaderId mainBefore, LeaderId mainAfter, LocalDate? mainChange,
    LeaderId deputyBefore, LeaderId deputyAfter, LocalDate? deputyChange, LeaderId[] others)
{
    public AssistanceUnit Unit { get; } = unit;

    public string Number { get; } = number;

    public List<int> Counties { get; } = [];

    /// <summary>The villages it posts cadres to: (county index, code).</summary>
    public List<(int County, VillageCode Code)> Villages { get; } = [];

    public Region? Region { get; set; }

    public bool LeadsAny { get; set; }

    public LeaderId[] Others { get; } = others;

    public LeaderId MainOn(LocalDate date) => mainChange is { } change && date < change ? mainBefore : mainAfter;

    public LeaderId DeputyOn(LocalDate date) => deputyChange is { } change && date < change ? deputyBefore : deputyAfter;
}

/// <summary>A posted village as planned.</summary>
internal sealed class VillagePlan(VillageCode code, int county, string name, int plannedExitYear, int? exitedYear)
{
    public VillageCode Code { get; } = code;

    public int County { get; } = county;

    public string Name { get; } = name;

    public int PlannedExitYear { get; } = plannedExitYear;

    public int? ExitedYear { get; set; } = exitedYear;
}
