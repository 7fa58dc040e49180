using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text;

namespace PairingDomain.Samples.AnnualReport;

/// <summary>
/// A small HTML writer for the report: every text and attribute value goes through
/// <see cref="WebUtility.HtmlEncode(string)"/>; only the document's fixed parts (the style sheet) and the charts' SVG,
/// which the report builds itself, are written raw.
/// </summary>
internal sealed class HtmlWriter(TextWriter output)
{
    private readonly Stack<string> _open = new();

    /// <summary>An element's attribute; a null value leaves the attribute out.</summary>
    public readonly record struct HtmlAttribute(string Name, string? Value);

    /// <summary>Writes markup as it is: the caller vouches that it is well formed and holds no case text unescaped.</summary>
    public void Raw(string html) => output.Write(html);

    /// <summary>Writes text, escaped.</summary>
    public void Text(string text) => output.Write(WebUtility.HtmlEncode(text));

    /// <summary>Opens an element; <see cref="Close"/> closes the innermost.</summary>
    public HtmlWriter Open(string tag, params HtmlAttribute[] attributes)
    {
        StartTag(tag, attributes);
        _open.Push(tag);
        return this;
    }

    /// <summary>Closes the innermost open element, which must be <paramref name="tag"/>.</summary>
    public void Close(string tag)
    {
        string open = _open.Pop();
        if (!string.Equals(open, tag, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Closing <{tag}> while <{open}> is open.");
        }
        output.Write("</");
        output.Write(tag);
        output.Write('>');
    }

    /// <summary>An element holding only <paramref name="text"/>, escaped.</summary>
    public void Element(string tag, string text, params HtmlAttribute[] attributes)
    {
        StartTag(tag, attributes);
        Text(text);
        output.Write("</");
        output.Write(tag);
        output.Write('>');
    }

    /// <summary>A void element (<c>br</c>, <c>meta</c>).</summary>
    public void Void(string tag, params HtmlAttribute[] attributes) => StartTag(tag, attributes);

    /// <summary>
    /// Chinese and English side by side: <c>&lt;span lang="zh-CN"&gt;…&lt;/span&gt; &lt;span lang="en"&gt;…&lt;/span&gt;</c>,
    /// so that a reader (or a screen reader) knows each part's language.
    /// </summary>
    public void Bilingual(string chinese, string english)
    {
        Element("span", chinese, Lang("zh-CN"));
        output.Write(' ');
        Element("span", english, Lang("en"));
    }

    /// <summary>Whether every element opened has been closed.</summary>
    public bool Balanced => _open.Count == 0;

    public static HtmlAttribute Id(string value) => new("id", value);

    public static HtmlAttribute Class(string value) => new("class", value);

    public static HtmlAttribute Lang(string value) => new("lang", value);

    public static HtmlAttribute Href(string value) => new("href", value);

    public static HtmlAttribute Data(string name, string? value) => new("data-" + name, value);

    /// <summary>
    /// An element id made of <paramref name="prefix"/> and <paramref name="parts"/> joined by <c>.</c>: in a part, ASCII
    /// letters, digits and <c>-</c> are kept, every other character (<c>.</c> and <c>_</c> too) becomes <c>_XXXX_</c> with
    /// its UTF-16 code in hex, so that two different identifiers never give one id (<c>unit.U-001.DUTY-ANNUAL-PLAN</c>).
    /// </summary>
    public static string Anchor(string prefix, params string[] parts)
    {
        var id = new StringBuilder(prefix);
        foreach (string part in parts)
        {
            id.Append('.');
            foreach (char c in part)
            {
                if (char.IsAsciiLetterOrDigit(c) || c == '-')
                {
                    id.Append(c);
                }
                else
                {
                    id.Append('_').Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('_');
                }
            }
        }
        return id.ToString();
    }

    private void StartTag(string tag, HtmlAttribute[] attributes)
    {
        output.Write('<');
        output.Write(tag);
        foreach (HtmlAttribute attribute in attributes)
        {
            if (attribute.Value is null)
            {
                continue;
            }
            output.Write(' ');
            output.Write(attribute.Name);
            output.Write("=\"");
            output.Write(WebUtility.HtmlEncode(attribute.Value));
            output.Write('"');
        }
        output.Write('>');
    }
}
