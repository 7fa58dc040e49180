using System.Globalization;

namespace PairingDomain;

/// <summary>
/// Which of the two languages of the domain's texts a caller's culture selects: Chinese for every <c>zh</c> culture
/// (<c>zh</c>, <c>zh-CN</c>, <c>zh-Hans</c>, <c>zh-TW</c>...), English for every other, the invariant culture included.
/// </summary>
internal static class Languages
{
    /// <summary>Whether <paramref name="culture"/> selects the Chinese text.</summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="culture"/> is null.</exception>
    internal static bool IsChinese(CultureInfo culture) =>
        Preconditions.CheckNotNull(culture, nameof(culture)).TwoLetterISOLanguageName == "zh";
}
