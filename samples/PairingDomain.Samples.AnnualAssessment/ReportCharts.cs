using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ScottPlot;
using SkiaSharp;

namespace PairingDomain.Samples.AnnualReport;

/// <summary>
/// The HTML report's charts, drawn by ScottPlot 5 as SVG (through SkiaSharp's SVG canvas) and made fit to sit inline in
/// one HTML document: no XML declaration, a viewBox instead of a fixed size, ids of their own, a title, and the
/// fonts' fallbacks.
/// </summary>
/// <remarks>
/// The labels drawn in a chart are ASCII (rule identifiers, quarters, region and kind names in English): SkiaSharp
/// lays text out with a font of the machine that writes the report and drops the glyphs that font lacks, so Chinese
/// labels would vanish on a machine without a CJK font. The Chinese names stand beside every chart in its caption and
/// table. With no font at all (an empty /usr/share/fonts) SkiaSharp draws no text: the bars are still there, and
/// the report says so under each chart (<see cref="HasFont"/>).
/// </remarks>
internal static class ReportCharts
{
    /// <summary>The charts' width in SVG user units (CSS pixels at 100 %); the HTML scales them to the page.</summary>
    public const int Width = 760;

    /// <summary>Met, short and pending: green, red and amber that stay apart when printed in grey.</summary>
    public static readonly string MetColor = "#2E7D32";

    /// <summary>The colour of a short result.</summary>
    public static readonly string ShortColor = "#C62828";

    /// <summary>The colour of a pending result.</summary>
    public static readonly string PendingColor = "#F2B134";

    /// <summary>The fonts tried for the charts' labels, in order; the first the machine has is used.</summary>
    private static readonly string[] s_preferredFonts = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica"];

    /// <summary>What a browser uses for the charts' text when it lacks the font SkiaSharp measured it with.</summary>
    public const string FontFallbacks = "'Noto Sans', Arial, Helvetica, 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

    private static readonly Lazy<string?> s_font = new(ChooseFont);

    /// <summary>Whether SkiaSharp found any font on this machine: without one the charts carry no text.</summary>
    public static bool HasFont => s_font.Value is not null;

    /// <summary>One series of bars: its legend label and colour, and a value per category.</summary>
    public sealed record Series(string Label, string Color, IReadOnlyList<double> Values);

    /// <summary>
    /// Horizontal bars, one row per category from the top down, the series stacked left to right, each segment labelled
    /// with its value when it is wide enough to hold it.
    /// </summary>
    public static string StackedRows(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<Series> series,
        string valueAxis)
    {
        int height = 130 + (36 * categories.Count);
        return Render(id, title, Width, height, plot =>
        {
            double max = Enumerable.Range(0, categories.Count).Select(i => series.Sum(s => s.Values[i])).DefaultIfEmpty(0).Max();
            var bars = new List<Bar>();
            for (int i = 0; i < categories.Count; i++)
            {
                double position = categories.Count - 1 - i;
                double start = 0;
                foreach (Series s in series)
                {
                    double value = s.Values[i];
                    if (value > 0)
                    {
                        bars.Add(new Bar
                        {
                            Position = position,
                            ValueBase = start,
                            Value = start + value,
                            FillColor = Color.FromHex(s.Color),
                            LineWidth = 0,
                            Size = 0.7,
                            Label = value >= max * 0.06 ? Number(value) : string.Empty,
                            CenterLabel = true,
                        });
                    }
                    start += value;
                }
            }
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = true;
            plottable.ValueLabelStyle.FontSize = 11;
            plottable.ValueLabelStyle.ForeColor = Colors.White;
            plot.Axes.Left.SetTicks([.. Enumerable.Range(0, categories.Count).Select(i => (double)(categories.Count - 1 - i))], [.. categories]);
            plot.Axes.Left.MajorTickStyle.Length = 0;
            plot.Axes.SetLimitsX(0, Math.Max(1, max) * 1.04);
            plot.Axes.SetLimitsY(-0.6, categories.Count - 0.4);
            plot.Axes.Bottom.Label.Text = valueAxis;
            plot.Axes.Bottom.Label.FontSize = 12;
            plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
            Legend(plot, series);
        });
    }

    /// <summary>Vertical bars, the series side by side in each category, each bar labelled with its value on top.</summary>
    public static string GroupedColumns(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<Series> series,
        string valueAxis, int height = 340)
    {
        return Render(id, title, Width, height, plot =>
        {
            double max = series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
            double width = 0.8 / series.Count;
            var bars = new List<Bar>();
            for (int i = 0; i < categories.Count; i++)
            {
                for (int k = 0; k < series.Count; k++)
                {
                    double value = series[k].Values[i];
                    bars.Add(new Bar
                    {
                        Position = i - 0.4 + (width * (k + 0.5)),
                        ValueBase = 0,
                        Value = value,
                        FillColor = Color.FromHex(series[k].Color),
                        LineWidth = 0,
                        Size = width * 0.9,
                        Label = Number(value),
                    });
                }
            }
            var plottable = plot.Add.Bars(bars);
            plottable.ValueLabelStyle.FontSize = 11;
            plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, categories.Count).Select(i => (double)i)], [.. categories]);
            plot.Axes.Bottom.MajorTickStyle.Length = 0;
            plot.Axes.SetLimitsX(-0.6, categories.Count - 0.4);
            plot.Axes.SetLimitsY(0, Math.Max(1, max) * 1.15);
            plot.Axes.Left.Label.Text = valueAxis;
            plot.Axes.Left.Label.FontSize = 12;
            plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
            if (series.Count > 1)
            {
                Legend(plot, series);
            }
        });
    }

    private static void Legend(Plot plot, IReadOnlyList<Series> series)
    {
        // A series with no bar at all (pending after the year) is left out of the legend.
        foreach (Series s in series.Where(s => s.Values.Any(v => v > 0)))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = s.Label, FillColor = Color.FromHex(s.Color) });
        }
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.FontSize = 11;
    }

    /// <summary>Draws the plot and returns its SVG ready to inline (<see cref="Inline"/>).</summary>
    private static string Render(string id, string title, int width, int height, Action<Plot> draw)
    {
        // ScottPlot formats tick labels in the current culture; the report is the same on every machine.
        CultureInfo culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            var plot = new Plot();
            if (s_font.Value is { } font)
            {
                plot.Font.Set(font);
            }
            draw(plot);
            if (s_font.Value is { } legendFont)
            {
                plot.Legend.FontName = legendFont;
            }
            return Inline(plot.GetSvgXml(width, height), id, title, width, height);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>
    /// Makes ScottPlot's SVG fit for an HTML page holding several: drops the XML declaration and the fixed size (a viewBox
    /// lets the page scale it), renames its ids <c>ID-1</c>, <c>ID-2</c>… in document order (ScottPlot numbers its clip
    /// paths by a counter of the process, which would differ from run to run and clash between charts), adds a title
    /// and <c>role="img"</c>, and gives the text the fonts' fallbacks.
    /// </summary>
    internal static string Inline(string svg, string id, string title, int width, int height)
    {
        XDocument document = XDocument.Parse(svg);
        XElement root = document.Root ?? throw new InvalidOperationException("ScottPlot wrote an SVG without a root.");
        XNamespace ns = root.Name.Namespace;
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (XAttribute attribute in root.DescendantsAndSelf().Attributes("id").ToList())
        {
            string renamed = $"{id}-{ids.Count + 1}";
            ids[attribute.Value] = renamed;
            attribute.Value = renamed;
        }
        foreach (XAttribute attribute in root.DescendantsAndSelf().Attributes().ToList())
        {
            string value = attribute.Value;
            if (value.Contains("url(#", StringComparison.Ordinal) || value.StartsWith('#'))
            {
                foreach ((string from, string to) in ids)
                {
                    value = value.Replace($"url(#{from})", $"url(#{to})", StringComparison.Ordinal);
                    if (value == "#" + from)
                    {
                        value = "#" + to;
                    }
                }
                attribute.Value = value;
            }
            if (attribute.Name.LocalName == "font-family")
            {
                attribute.Value = $"'{value}', {FontFallbacks}";
            }
        }
        root.SetAttributeValue("width", null);
        root.SetAttributeValue("height", null);
        root.SetAttributeValue("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {width} {height}"));
        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-labelledby", id + "-title");
        root.SetAttributeValue("id", id);
        root.AddFirst(new XElement(ns + "title", new XAttribute("id", id + "-title"), title));

        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false, Encoding = new UTF8Encoding(false) };
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriter(text, CultureInfo.InvariantCulture), settings))
        {
            root.WriteTo(writer);
        }
        return text.ToString();
    }

    private static string Number(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The first of <see cref="s_preferredFonts"/> the machine has, else its first font, else null (no font at all).</summary>
    private static string? ChooseFont()
    {
        string[] families = [.. SKFontManager.Default.FontFamilies];
        return s_preferredFonts.FirstOrDefault(f => families.Contains(f, StringComparer.OrdinalIgnoreCase))
            ?? families.Where(f => !string.IsNullOrWhiteSpace(f)).Order(StringComparer.Ordinal).FirstOrDefault();
    }
}
