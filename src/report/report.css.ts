/**
 * The print-first style shared by every report: sober, NL Design System-like (Rijksoverheid
 * sans fallbacks, dark blue headings, plenty of white), A4 with 12–15 mm margins.
 */
export const REPORT_CSS = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Fira Sans", "Segoe UI", "DejaVu Sans", Arial, sans-serif; color: #1a1a1a;
  font-size: 10.5pt; line-height: 1.4; margin: 0 auto; max-width: 186mm; padding: 8mm 0; }
h1 { font-size: 17pt; color: #154273; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; color: #154273; margin: 6mm 0 2mm; border-bottom: 1px solid #cdd5df; padding-bottom: 1mm; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm; }
p { margin: 1mm 0 2mm; }
.meta { color: #4b5563; font-size: 9pt; }
.headline { background: #eef3f9; border-left: 4px solid #154273; padding: 3mm 4mm; margin: 3mm 0; font-size: 13pt; }
.headline strong { font-size: 15pt; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 2mm; margin: 2mm 0; }
.figure { border: 1px solid #cdd5df; padding: 2mm 3mm; }
.figure .label { font-size: 8.5pt; color: #4b5563; }
.figure .value { font-size: 12.5pt; font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 1mm 0 2mm; }
th, td { padding: 1mm 2mm; border-bottom: 1px solid #e5e7eb; text-align: left; vertical-align: top; }
th { background: #f3f4f6; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.negative { color: #a4000f; }
.positive { color: #006b2e; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; align-items: start; }
figure { margin: 0; break-inside: avoid; }
figcaption { font-size: 8.5pt; color: #4b5563; margin-top: 1mm; }
svg { max-width: 100%; height: auto; }
.page-break { break-before: page; }
.warnings li { color: #7a4b00; }
.small { font-size: 8.5pt; color: #4b5563; }
ul { margin: 1mm 0 2mm; padding-left: 5mm; }
`
