namespace PairingDomain.Policy;

/// <summary>
/// A reading chosen where the policy text is silent or ambiguous, named so that it can be listed, cited and
/// overridden when building an edition (domain.md: "keep it as a named, overridable policy parameter").
/// </summary>
/// <remarks>
/// Every value is checked, by the constructor and by a <c>with</c> expression alike: the identifier is not the default
/// value, the texts are not blank, and <see cref="SetAsideBy"/> is null or not blank.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record Interpretation
{
    private readonly InterpretationId _id;
    private readonly string _chineseText = null!;
    private readonly string _englishText = null!;
    private readonly string? _setAsideBy;

    /// <summary>Creates an interpretation.</summary>
    /// <param name="id">The interpretation's stable identifier, for example <c>PRORATE-BY-QUARTER</c>; not the default value.</param>
    /// <param name="chineseText">The reading, in Chinese; not blank.</param>
    /// <param name="englishText">The reading, in English; not blank.</param>
    /// <param name="isAdopted">Whether the edition applies this reading; false applies the alternative the text names.</param>
    /// <param name="setAsideBy">
    /// Null when the assessment implements both this reading and its alternative, so the reading can be set aside;
    /// otherwise how to change it instead: a rule parameter to change, or why the library implements only this reading.
    /// Not blank.
    /// </param>
    /// <exception cref="System.ArgumentNullException">A text is null.</exception>
    /// <exception cref="System.ArgumentException">The identifier is the default value, or a text is blank.</exception>
    public Interpretation(InterpretationId id, string chineseText, string englishText, bool isAdopted = true, string? setAsideBy = null)
    {
        Id = id;
        ChineseText = chineseText;
        EnglishText = englishText;
        IsAdopted = isAdopted;
        SetAsideBy = setAsideBy;
    }

    /// <summary>The interpretation's stable identifier, for example <c>PRORATE-BY-QUARTER</c>.</summary>
    /// <exception cref="System.ArgumentException">Set to the default value.</exception>
    public InterpretationId Id
    {
        get => _id;
        init
        {
            Preconditions.CheckArgument(value.Value is not null, "id", "The identifier is the default value.");
            _id = value;
        }
    }

    /// <summary>The reading, in Chinese.</summary>
    public string ChineseText
    {
        get => _chineseText;
        init => _chineseText = Preconditions.CheckText(value, "chineseText");
    }

    /// <summary>The reading, in English.</summary>
    public string EnglishText
    {
        get => _englishText;
        init => _englishText = Preconditions.CheckText(value, "englishText");
    }

    /// <summary>Whether the edition applies this reading; false applies the alternative the text names.</summary>
    public bool IsAdopted { get; init; }

    /// <summary>
    /// Null when the assessment implements both this reading and its alternative; otherwise how to change it instead.
    /// </summary>
    public string? SetAsideBy
    {
        get => _setAsideBy;
        init => _setAsideBy = Preconditions.CheckOptionalText(value, "setAsideBy");
    }

    /// <summary>Whether <see cref="PolicyEditionBuilder.SetInterpretation(InterpretationId, bool)"/> may set this reading aside.</summary>
    public bool CanBeSetAside => SetAsideBy is null;
}
