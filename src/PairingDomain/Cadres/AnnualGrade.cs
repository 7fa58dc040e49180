namespace PairingDomain.Cadres;

/// <summary>
/// The grade a stationed cadre received at the year-end assessment (年度考核) of one year, §III.6.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed record AnnualGrade
{
    /// <summary>Creates a grade record.</summary>
    /// <param name="cadre">The cadre graded.</param>
    /// <param name="year">The year assessed.</param>
    /// <param name="grade">The grade.</param>
    public AnnualGrade(CadreId cadre, int year, CadreGrade grade)
    {
        Preconditions.CheckArgument(cadre.Value is not null, nameof(cadre), "The cadre is the default value.");
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        Cadre = cadre;
        Year = year;
        Grade = Preconditions.CheckNotNull(grade, nameof(grade));
    }

    /// <summary>The cadre graded.</summary>
    public CadreId Cadre { get; }

    /// <summary>The year assessed.</summary>
    public int Year { get; }

    /// <summary>The grade.</summary>
    public CadreGrade Grade { get; }
}
