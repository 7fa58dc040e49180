namespace PairingDomain.Spreadsheets;

/// <summary>The encoding <see cref="CaseCsvReader"/> detected for one CSV file, from its bytes (never guessed silently).</summary>
/// <param name="File">The file's name (<c>活动.csv</c>).</param>
/// <param name="Encoding">
/// <c>utf-8-bom</c> (a UTF-8 byte-order mark), <c>utf-8</c> (valid UTF-8 without one) or <c>gb18030</c> (anything else,
/// as Excel on Chinese Windows saves CSV).
/// </param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record CsvFileEncoding(string File, string Encoding);
