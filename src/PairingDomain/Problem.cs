using System;
using System.Globalization;
using System.Text;

namespace PairingDomain;

/// <summary>
/// A problem with input data that stops it from being accepted: a duplicate identifier, a dangling reference,
/// a missing or malformed field. Every problem names the record and field it was found at.
/// </summary>
/// <remarks>
/// <see cref="Path"/> is a JSONPath from the root of a <c>pairing-case/1</c> document, such as
/// <c>$.activities[3].on</c>; builders number records in the order they were added, and callers may pass their own
/// locator. <see cref="Code"/> is one of <see cref="ProblemCodes"/>, or of a reader's own codes (the JSON reader's are
/// in <c>PairingDomain.Json.JsonProblemCodes</c>).
/// Every problem has an English <see cref="Message"/> and a Chinese <see cref="ChineseMessage"/> naming the same
/// record; <see cref="MessageIn"/> and <see cref="TextIn"/> choose by the caller's culture (any
/// <c>zh</c> culture gives Chinese, every other English), and <see cref="ToString()"/> gives English.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record Problem
{
    /// <summary>Creates a problem described in English only: its <see cref="ChineseMessage"/> is the English text.</summary>
    /// <param name="path">Where the problem was found, as a JSONPath.</param>
    /// <param name="code">The stable problem code.</param>
    /// <param name="message">A human-readable description in English.</param>
    /// <remarks>For a reader that has no Chinese text; the library's own builders and reader give both.</remarks>
    public Problem(string path, string code, string message)
        : this(path, code, message, message)
    {
    }

    /// <summary>Creates a problem described in English and in Chinese.</summary>
    /// <param name="path">Where the problem was found, as a JSONPath.</param>
    /// <param name="code">The stable problem code.</param>
    /// <param name="message">A human-readable description in English.</param>
    /// <param name="chineseMessage">The same description in Chinese, naming the same record.</param>
    public Problem(string path, string code, string message, string chineseMessage)
    {
        Path = Preconditions.CheckNotNull(path, nameof(path));
        Code = Preconditions.CheckNotNull(code, nameof(code));
        Message = Preconditions.CheckNotNull(message, nameof(message));
        ChineseMessage = Preconditions.CheckNotNull(chineseMessage, nameof(chineseMessage));
    }

    /// <summary>Where the problem was found, as a JSONPath.</summary>
    public string Path { get; }

    /// <summary>The stable problem code, for example <c>duplicate-id</c>.</summary>
    public string Code { get; }

    /// <summary>A human-readable description in English; its wording may change between versions.</summary>
    public string Message { get; }

    /// <summary>The description in Chinese, naming the same record as <see cref="Message"/>; its wording may change between versions.</summary>
    public string ChineseMessage { get; }

    /// <summary>The description in the language <paramref name="culture"/> selects.</summary>
    /// <param name="culture">Any <c>zh</c> culture (<c>zh-CN</c>, <c>zh-Hans</c>...) selects <see cref="ChineseMessage"/>; every other culture, the invariant one included, <see cref="Message"/>.</param>
    /// <returns>The description, unescaped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string MessageIn(CultureInfo culture) => Languages.IsChinese(culture) ? ChineseMessage : Message;

    /// <summary>
    /// The problem on one line, <c>PATH: CODE: message</c>, as case-format.md prints every problem to standard error.
    /// </summary>
    /// <returns>The line, without a line break.</returns>
    /// <remarks>
    /// A value read from the input may hold a line break; so that one problem is always one line (and a second line
    /// never reads like a problem of its own), the control characters U+0000 to U+001F and U+007F and the separators
    /// U+2028 and U+2029 are written as JSON escapes them: <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\b</c>, <c>\f</c>, and
    /// <c>\u0001</c> (lower-case hexadecimal) for the others. Every other character, the backslash included, is
    /// written as it is; <see cref="Path"/>, <see cref="Code"/> and <see cref="Message"/> keep the text unescaped.
    /// </remarks>
    public override string ToString() => $"{OneLine(Path)}: {OneLine(Code)}: {OneLine(Message)}";

    /// <summary>
    /// The problem on one line, <c>PATH: CODE: message</c>, with the message in the language <paramref name="culture"/>
    /// selects (<see cref="MessageIn"/>), escaped as <see cref="ToString()"/> escapes it.
    /// </summary>
    /// <param name="culture">The caller's culture: a <c>zh</c> culture gives the Chinese message, any other the English.</param>
    /// <returns>The line, without a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string TextIn(CultureInfo culture) => $"{OneLine(Path)}: {OneLine(Code)}: {OneLine(MessageIn(culture))}";

    private static bool BreaksLine(char c) => c < ' ' || c == '\u007F' || c == '\u2028' || c == '\u2029';

    private static string OneLine(string text)
    {
        int first = 0;
        while (first < text.Length && !BreaksLine(text[first]))
        {
            first++;
        }
        if (first == text.Length)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 8);
        builder.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                default:
                    if (BreaksLine(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.ToString();
    }
}
