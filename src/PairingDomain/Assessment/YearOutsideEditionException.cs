using System;
using System.Globalization;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// The assessed year is not one the policy edition applies to (<see cref="PolicyEdition.AppliesToYear"/>), for example
/// 2020 under <c>sichuan-2019</c>, and the caller did not opt in with
/// <see cref="AssessmentOptions.AllowYearOutsideEdition"/>.
/// </summary>
/// <remarks>
/// An <see cref="ArgumentOutOfRangeException"/> on the parameter <c>year</c>, so a caller that catches argument
/// exceptions still does; it names the edition and its years.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class YearOutsideEditionException : ArgumentOutOfRangeException
{
    internal YearOutsideEditionException(PolicyEdition edition, int year)
        : base(nameof(year), year, string.Create(CultureInfo.InvariantCulture,
            $"The edition {edition.Id} applies to the years {edition.FirstYear} to {edition.LastYear}, not to {year}: assess {year} under an edition for it, or opt in with AssessmentOptions.AllowYearOutsideEdition."))
    {
        EditionId = edition.Id;
        Year = year;
        FirstYear = edition.FirstYear;
        LastYear = edition.LastYear;
    }

    /// <summary>The identifier of the edition, for example <c>sichuan-2019</c>.</summary>
    public string EditionId { get; }

    /// <summary>The year refused.</summary>
    public int Year { get; }

    /// <summary>The first year the edition applies to.</summary>
    public int FirstYear { get; }

    /// <summary>The last year the edition applies to, inclusive.</summary>
    public int LastYear { get; }
}
