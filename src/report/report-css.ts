/** Screen and print styles: A4 portrait, serif body for reading, tables that break cleanly across pages. */
export const REPORT_CSS = `
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "DejaVu Serif", Georgia, "Times New Roman", serif; color: #1d1d1b; margin: 0 auto; max-width: 190mm; padding: 10mm 0; font-size: 10pt; line-height: 1.42; background: #fff; }
h1, h2, h3, .figure .value, .figure .label, table, .meta, .legend, .note, figcaption, .pill { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
header.masthead { border-bottom: 3px solid #1d1d1b; padding-bottom: 6px; margin-bottom: 10px; }
.kicker { text-transform: uppercase; letter-spacing: .12em; font-size: 8pt; color: #8a1c1c; font-weight: bold; }
h1 { font-size: 20pt; margin: 2px 0 2px; line-height: 1.15; }
.meta { font-size: 8.5pt; color: #555; }
h2 { font-size: 12.5pt; margin: 18px 0 6px; padding-bottom: 2px; border-bottom: 1px solid #bbb; break-after: avoid; }
h3 { font-size: 10pt; margin: 10px 0 4px; break-after: avoid; }
p { margin: 4px 0 8px; }
.summary { font-size: 10.5pt; }
.figures { display: grid; grid-template-columns: repeat(5, 1fr); gap: 6px; margin: 10px 0 4px; }
.figure { border: 1px solid #d6d3cc; border-top: 3px solid #1d1d1b; padding: 6px 7px; background: #faf9f6; }
.figure .value { font-size: 17pt; font-weight: bold; line-height: 1.1; }
.figure .label { font-size: 7.5pt; text-transform: uppercase; letter-spacing: .05em; color: #555; }
.figure .delta { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8pt; color: #555; }
.delta.up { color: #a61b1b; } .delta.down { color: #1f6e3a; }
.map-block { break-inside: avoid; }
svg.event-map { display: block; border: 1px solid #999; }
svg.event-map .sea { fill: #dfe9ef; } svg.event-map .land { fill: #efede6; stroke: #a7a39a; stroke-width: .6; }
svg.event-map .focus { fill: #fffdf7; stroke: #3b3b3b; stroke-width: 1.1; }
svg.event-map .graticule line { stroke: #9fb3c2; stroke-width: .4; stroke-dasharray: 2 3; } svg.event-map .grat { font: 7px sans-serif; fill: #6b7f8e; }
svg.event-map .country { font: 9px sans-serif; fill: #8d8a82; letter-spacing: .15em; text-anchor: middle; }
svg.event-map .focus-label { fill: #5b5850; font-weight: bold; }
svg.event-map circle { fill-opacity: .78; stroke: #fff; stroke-width: .9; }
svg.event-map .place { font: bold 8.5px sans-serif; fill: #1d1d1b; paint-order: stroke; stroke: #fff; stroke-width: 2.4px; }
svg.event-map .scalebar rect { fill: #1d1d1b; } svg.event-map .scalebar text { font: 8px sans-serif; fill: #1d1d1b; }
svg.event-map .frame { fill: none; stroke: #555; }
.legend { font-size: 7.8pt; color: #333; margin: 4px 0; display: flex; flex-wrap: wrap; gap: 4px 12px; }
.legend i { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-right: 4px; vertical-align: -1px; }
.legend .sizes { color: #666; font-style: italic; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; break-inside: avoid; }
figure.chart { margin: 0; } figcaption { font-size: 8.5pt; font-weight: bold; margin-bottom: 2px; }
.chart .tick { font: 7px sans-serif; fill: #555; text-anchor: middle; } .chart .axis { stroke: #333; stroke-width: .8; } .chart .gridline { stroke: #ccc; stroke-dasharray: 2 2; }
.two-col { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
table { width: 100%; border-collapse: collapse; font-size: 8.3pt; margin: 4px 0 8px; }
thead { display: table-header-group; }
th { text-align: left; font-weight: bold; border-bottom: 1.5px solid #1d1d1b; padding: 3px 4px; background: #f1efe9; }
td { border-bottom: 1px solid #e0ddd6; padding: 3px 4px; vertical-align: top; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.bar { width: 28%; } td.date { white-space: nowrap; width: 1%; } td.why { width: 34%; } .bar span { display: block; height: 8px; background: #8a8577; min-width: 1px; }
.swatch { display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 4px; }
.sources { font-size: 7.6pt; color: #444; margin-top: 2px; } .sources a { color: #1a4d80; text-decoration: none; word-break: break-all; }
.pill { display: inline-block; font-size: 7pt; padding: 0 4px; border-radius: 3px; border: 1px solid #999; color: #333; text-transform: uppercase; letter-spacing: .04em; white-space: nowrap; }
.pill.claimed, .pill.disputed { border-color: #a61b1b; color: #a61b1b; } .pill.confirmed { border-color: #1f6e3a; color: #1f6e3a; }
.note { font-size: 7.8pt; color: #666; }
ul.weapons { margin: 0; padding-left: 12px; } ul.weapons li { margin: 0; }
.empty { font-style: italic; color: #666; }
footer { margin-top: 18px; border-top: 1px solid #bbb; padding-top: 6px; font-size: 7.6pt; color: #555; font-family: "DejaVu Sans", Arial, sans-serif; }
section { break-inside: auto; }
.keep { break-inside: avoid; }
`;
