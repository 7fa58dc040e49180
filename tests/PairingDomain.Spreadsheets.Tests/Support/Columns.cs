namespace PairingDomain.Spreadsheets.Tests.Support;

/// <summary>Excel's column letters, computed here independently of the package.</summary>
internal static class Columns
{
    /// <summary>The letters of the zero-based column <paramref name="index"/>: 0 is A, 26 AA.</summary>
    public static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : Letter((index / 26) - 1) + (char)('A' + (index % 26));
}
