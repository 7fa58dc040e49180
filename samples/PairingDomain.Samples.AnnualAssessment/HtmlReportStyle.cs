namespace PairingDomain.Samples.AnnualReport;

/// <summary>
/// The HTML report's style sheet, written inline: system fonts only, with the usual CJK fallbacks (no web font, no
/// network); black on white, colour only where the tables repeat the meaning; A4 pages with table heads repeated and
/// rows, figures and headings kept whole.
/// </summary>
internal static class HtmlReportStyle
{
    public const string Css = """

        :root { color-scheme: light; }
        html { font-family: "Noto Sans", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
          "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif; font-size: 10.5pt; line-height: 1.45;
          color: #111; background: #fff; }
        body { margin: 0 auto; max-width: 190mm; padding: 8mm 6mm; }
        [lang="en"] { color: #333; }
        h1 { font-size: 17pt; margin: 0 0 4mm; border-bottom: 2px solid #111; padding-bottom: 2mm; }
        h1 [lang="en"] { display: block; font-size: 12pt; font-weight: normal; }
        h2 { font-size: 13pt; margin: 8mm 0 3mm; border-bottom: 1px solid #888; padding-bottom: 1mm; break-after: avoid; }
        h3 { font-size: 11pt; margin: 5mm 0 1.5mm; break-after: avoid; }
        table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm; font-size: 9pt; }
        table.compact { width: auto; min-width: 45%; display: inline-table; margin-right: 4mm; vertical-align: top; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 1px solid #bbb; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
        thead th { background: #eee; font-weight: bold; }
        thead th [lang="en"] { font-weight: normal; }
        td.id, td.name { white-space: nowrap; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.rule, span.rule { font-family: "DejaVu Sans Mono", Consolas, "Courier New", monospace; font-size: 8.5pt; }
        tr.total td { font-weight: bold; border-top: 2px solid #555; }
        table.meta { width: auto; }
        table.meta th { background: none; white-space: nowrap; }
        table.figures th { width: 45%; font-weight: normal; }
        table.figures td.num { width: 12%; font-weight: bold; }
        ul.blocks { margin: 0; padding-left: 4mm; }
        p.note { font-size: 8.5pt; color: #333; margin: 1mm 0 3mm; }
        p.note [lang="en"] { display: block; }
        p.plain { font-size: 10.5pt; border-left: 3px solid #888; padding-left: 3mm; }
        p.synthetic { border: 1px solid #888; padding: 2mm 3mm; font-size: 9pt; }
        nav ol { columns: 2; font-size: 9.5pt; margin: 2mm 0 4mm; }
        a { color: #0645ad; text-decoration: none; }
        a:hover { text-decoration: underline; }
        figure.chart { margin: 2mm 0 3mm; break-inside: avoid; page-break-inside: avoid; }
        figure.chart svg { display: block; width: 100%; height: auto; }
        figcaption { font-size: 8.5pt; color: #333; margin-top: 1mm; }
        article.unit-detail { break-inside: avoid-page; border-top: 1px solid #ddd; }
        .unit-summary { font-size: 9pt; margin: 0 0 1mm; }
        tr.status-short td { background: #fdecea; }
        details.explanation { margin: 1mm 0 2mm; font-size: 8.5pt; }
        details.explanation summary { cursor: pointer; color: #0645ad; }
        details.explanation pre { white-space: pre-wrap; overflow-wrap: anywhere; font-family: "DejaVu Sans Mono", Consolas,
          "Noto Sans Mono CJK SC", "Noto Sans CJK SC", "Microsoft YaHei", monospace; background: #f6f6f6;
          border: 1px solid #ddd; padding: 1.5mm; margin: 1mm 0; }
        footer { margin-top: 8mm; font-size: 8.5pt; color: #333; border-top: 1px solid #888; }
        @page { size: A4; margin: 14mm 12mm 16mm; }
        @media print {
          html { font-size: 9.5pt; }
          body { max-width: none; padding: 0; }
          a { color: inherit; }
          section#units { break-before: page; }
          details.explanation summary { color: inherit; }
          tr.status-short td { background: none; font-weight: bold; }
        }

        """;
}
