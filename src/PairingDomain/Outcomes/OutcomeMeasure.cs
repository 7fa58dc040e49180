namespace PairingDomain.Outcomes;

/// <summary>
/// What an outcome measures (case-format-2.md §1 "Outcomes", the achievements of §II of the seed: funds invested and
/// coordinated, village roads, housing, clinics, water, power and broadcasting for households, people trained), in the
/// contract's order, each with its <see cref="Unit"/>.
/// </summary>
/// <remarks>
/// An amount of a measure carries at most <see cref="Decimals"/> decimals (its unit's): the reading, where the contract
/// says "money has at most 2 decimals, kilometres and square metres at most 1, counts none", counts the decimals of the
/// value, so <c>1.50</c> km is 1.5 km and allowed.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class OutcomeMeasure : BilingualEnumeration<OutcomeMeasure>
{
    /// <summary>直接投入帮扶资金: funds the unit invested directly.</summary>
    public static readonly OutcomeMeasure DirectInvestment = new(nameof(DirectInvestment), 1, "直接投入帮扶资金", "Direct investment", OutcomeUnit.Yuan);

    /// <summary>协调帮扶资金: funds the unit coordinated from others.</summary>
    public static readonly OutcomeMeasure CoordinatedInvestment = new(nameof(CoordinatedInvestment), 2, "协调帮扶资金", "Coordinated investment", OutcomeUnit.Yuan);

    /// <summary>引进产业项目投资: investment in industry projects brought in.</summary>
    public static readonly OutcomeMeasure IndustryInvestment = new(nameof(IndustryInvestment), 3, "引进产业项目投资", "Industry investment", OutcomeUnit.Yuan);

    /// <summary>新建村道路: kilometres of village road built.</summary>
    public static readonly OutcomeMeasure RoadKm = new(nameof(RoadKm), 4, "新建村道路", "Village roads built", OutcomeUnit.Kilometre);

    /// <summary>新建改建住房: square metres of housing built or renovated.</summary>
    public static readonly OutcomeMeasure HousingM2 = new(nameof(HousingM2), 5, "新建改建住房", "Housing built or renovated", OutcomeUnit.SquareMetre);

    /// <summary>新建村卫生室: square metres of village clinic built.</summary>
    public static readonly OutcomeMeasure ClinicM2 = new(nameof(ClinicM2), 6, "新建村卫生室", "Village clinics built", OutcomeUnit.SquareMetre);

    /// <summary>解决饮水困难: households whose drinking water was secured.</summary>
    public static readonly OutcomeMeasure WaterHouseholds = new(nameof(WaterHouseholds), 7, "解决饮水困难", "Households given safe water", OutcomeUnit.Household);

    /// <summary>解决用电问题: households connected to power.</summary>
    public static readonly OutcomeMeasure ElectricityHouseholds = new(nameof(ElectricityHouseholds), 8, "解决用电问题", "Households given power", OutcomeUnit.Household);

    /// <summary>广播电视户户通: households given radio and television.</summary>
    public static readonly OutcomeMeasure BroadcastHouseholds = new(nameof(BroadcastHouseholds), 9, "广播电视户户通", "Households given broadcasting", OutcomeUnit.Household);

    /// <summary>培训村干部: village cadres trained, in person-times.</summary>
    public static readonly OutcomeMeasure VillageCadresTrained = new(nameof(VillageCadresTrained), 10, "培训村干部", "Village cadres trained", OutcomeUnit.PersonTime);

    /// <summary>培训党员: party members trained, in person-times.</summary>
    public static readonly OutcomeMeasure PartyMembersTrained = new(nameof(PartyMembersTrained), 11, "培训党员", "Party members trained", OutcomeUnit.PersonTime);

    /// <summary>培养后备干部: reserve cadres trained, in people.</summary>
    public static readonly OutcomeMeasure ReserveCadresTrained = new(nameof(ReserveCadresTrained), 12, "培养后备干部", "Reserve cadres trained", OutcomeUnit.Person);

    private OutcomeMeasure(string name, int value, string chineseName, string englishName, OutcomeUnit unit)
        : base(name, value, chineseName, englishName)
    {
        Unit = unit;
    }

    /// <summary>The unit its amounts are stated in.</summary>
    public OutcomeUnit Unit { get; }

    /// <summary>The most decimals an amount may carry: its unit's <see cref="OutcomeUnit.Decimals"/>.</summary>
    public int Decimals => Unit.Decimals;

    /// <summary>Whether <paramref name="amount"/> is a valid amount of this measure: at least 0, with at most <see cref="Decimals"/> decimals.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>Whether the amount is allowed.</returns>
    public bool Allows(decimal amount) => amount >= 0m && decimal.Round(amount, Decimals) == amount;
}
