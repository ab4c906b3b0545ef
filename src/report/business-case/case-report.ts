import {
  type Card,
  type CaseResult,
  caseLabel,
  formatEuro,
  type PriceList,
  stakeholderName,
  type TableConversation,
  type ZrmDomain,
  zrmDomainName,
} from '../../domain/index.js'
import { escapeHtml, type ReportLanguage } from '../format.js'
import { REPORT_CSS } from '../report.css.js'
import { stakeholderCharts } from './stakeholder-charts.js'
import { cardLabel, timelineSvg } from './timeline-svg.js'

const TEXT = {
  nl: {
    title: (c: string, m: string) => `Tafelgesprek ${c} · ${m}`,
    subtitle:
      'Casusrapport (Effectencalculator): wat er gebeurde, wat er anders was gebeurd, en wat dat kost',
    date: 'Datum',
    facilitator: 'Gespreksleider',
    attendees: 'Aan tafel',
    direct: 'direct betrokken',
    outsider: 'kritische buitenstaander',
    consent: 'Toestemming inwoner',
    consentText: (p: boolean, r: boolean) =>
      `deelname ${p ? 'ja' : 'nee'}, vastleggen ${r ? 'ja' : 'nee'}`,
    interventie: 'Interventie',
    referentie: 'Referentie',
    timeline: 'Tijdlijn',
    legend:
      'Rechthoek: ondersteuning met prijs (periode als balk). Afgerond: levensgebeurtenis, ▲ beter, ▼ slechter. Gestippelde rand: de tafel is onzeker of dit zonder de aanpak was gebeurd.',
    reference: 'Referentiescenario',
    kinds: {
      'no-intervention': 'geen interventie',
      'former-approach': 'de oude werkwijze',
      'lighter-approach': 'een lichtere aanpak',
      'improved-approach': 'een verbeterde aanpak',
    },
    headline: (d: string, saves: boolean) =>
      saves
        ? `In deze casus bespaart de aanpak <strong>${d}</strong> ten opzichte van de referentie.`
        : `In deze casus kost de aanpak <strong>${d}</strong> meer dan de referentie.`,
    perStakeholder: 'Wie betaalt, wie wint',
    stakeholder: 'Belanghebbende',
    difference: 'Verschil',
    stacked: 'Kosten per belanghebbende in beide scenario’s',
    waterfall:
      'Waterval van het verschil (referentie − interventie): per belanghebbende een stap naar rechts (bespaart) of links (betaalt meer), onderaan het totaal',
    total: 'Totaal',
    perYear: 'Per jaar',
    year: 'Jaar',
    outcomes: 'Uitkomsten',
    zrm: 'Zelfredzaamheid (ZRM, 1–5)',
    domain: 'Leefgebied',
    before: 'Voor',
    after: 'Na',
    ladder: 'Participatieladder',
    trust: 'Vertrouwen (1–10): in zichzelf, in professionals, in de gemeente',
    ownWords: 'In eigen woorden',
    warnings: 'Waarschuwingen',
    cards: 'Alle kaarten',
    scenario: 'Scenario',
    when: 'Wanneer',
    card: 'Kaart',
    cost: 'Kosten',
    confidence: 'Zekerheid',
    confidenceLevels: { low: 'onzeker', medium: 'redelijk zeker', high: 'zeker' },
    basis: (year: number, list: string) =>
      `Prijspeil ${year} (CBS-consumentenprijsindex); prijslijst ${list}. Verschil = referentie − interventie. Gemaakt met Effectwijzer.`,
  },
  en: {
    title: (c: string, m: string) => `Table conversation ${c} · ${m}`,
    subtitle:
      'Case report (Effectencalculator): what happened, what would have happened otherwise, and what it costs',
    date: 'Date',
    facilitator: 'Facilitator',
    attendees: 'At the table',
    direct: 'directly involved',
    outsider: 'critical outsider',
    consent: 'Resident’s consent',
    consentText: (p: boolean, r: boolean) =>
      `to take part ${p ? 'yes' : 'no'}, to be recorded ${r ? 'yes' : 'no'}`,
    interventie: 'Intervention',
    referentie: 'Reference',
    timeline: 'Timeline',
    legend:
      'Rectangle: priced support (a period as a bar). Rounded: life event, ▲ better, ▼ worse. Dashed outline: the table is unsure this would have happened without the approach.',
    reference: 'Reference scenario',
    kinds: {
      'no-intervention': 'no intervention',
      'former-approach': 'the former approach',
      'lighter-approach': 'a lighter approach',
      'improved-approach': 'an improved approach',
    },
    headline: (d: string, saves: boolean) =>
      saves
        ? `In this case the approach saves <strong>${d}</strong> against the reference.`
        : `In this case the approach costs <strong>${d}</strong> more than the reference.`,
    perStakeholder: 'Who pays, who gains',
    stakeholder: 'Stakeholder',
    difference: 'Difference',
    stacked: 'Costs per stakeholder in both scenarios',
    waterfall:
      'Waterfall of the difference (reference − intervention): per stakeholder a step to the right (saves) or left (pays more), the total at the bottom',
    total: 'Total',
    perYear: 'Per year',
    year: 'Year',
    outcomes: 'Outcomes',
    zrm: 'Self-sufficiency (ZRM, 1–5)',
    domain: 'Life domain',
    before: 'Before',
    after: 'After',
    ladder: 'Participation ladder',
    trust: 'Trust (1–10): in self, in professionals, in the municipality',
    ownWords: 'In their own words',
    warnings: 'Warnings',
    cards: 'Every card',
    scenario: 'Scenario',
    when: 'When',
    card: 'Card',
    cost: 'Cost',
    confidence: 'Confidence',
    confidenceLevels: { low: 'unsure', medium: 'fairly sure', high: 'sure' },
    basis: (year: number, list: string) =>
      `Prices of ${year} (CBS consumer price index); price list ${list}. Difference = reference − intervention. Made with Effectwijzer.`,
  },
} as const

const _FONT = 'font-family: DejaVu Sans, Arial, sans-serif; font-size: 10px;'

export interface CaseReportInput {
  readonly conversation: TableConversation
  readonly result: CaseResult
  readonly priceList: PriceList
  readonly baseYear: number
  readonly language: ReportLanguage
}

/**
 * One case as a self-contained printable page (A4 landscape): who sat at the table, the
 * timeline of both scenarios, who pays and who gains, per year, and the outcomes.
 */
export function caseReportHtml(input: CaseReportInput): string {
  const { conversation: c, result: r, language } = input
  const m = TEXT[language]
  const euro = (v: number) => formatEuro(v, language)
  const names = new Map(input.priceList.items.map((i) => [i.code, i]))
  // Each card's cost as the engine priced and added it up, so the card table sums to the total.
  const costs = new Map(r.cards.map((p) => [`${p.scenario}/${p.card}`, p.cost]))
  const cost = (card: Card, lane: 'interventie' | 'referentie') =>
    card.type === 'activity' ? costs.get(`${lane}/${card.id}`) : undefined
  const name = (s: (typeof r.perStakeholder)[number]['stakeholder']) => stakeholderName(s, language)
  const charts = stakeholderCharts(r.perStakeholder, language, m)
  const row = (cells: string[]) => `<tr>${cells.join('')}</tr>`
  const num = (v: number) => `<td class="num${v < 0 ? ' negative' : ''}">${euro(v)}</td>`
  const attendees = c.attendees
    .map(
      (a) =>
        `${escapeHtml(a.role)} (${escapeHtml(a.organisation)}, ${a.involvement === 'direct' ? m.direct : m.outsider})`,
    )
    .join('; ')
  const outcomes = c.outcomes
  const zrm = Object.entries(outcomes?.zrm ?? {})
  const reference = c.scenarios.referentie
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(m.title(caseLabel(c.caseId, language), c.measurement))}</title>
<style>${REPORT_CSS}
@page { size: A4 landscape; margin: 10mm; }
body { max-width: 277mm; padding: 0; }
main > :last-child { margin-bottom: 0; }
.timeline svg { width: 100%; height: auto; }
</style></head>
<body><main>
<h1>${escapeHtml(m.title(caseLabel(c.caseId, language), c.measurement))}</h1>
<p class="meta">${m.subtitle}</p>
<table><tbody>
${c.date ? row([`<th>${m.date}</th>`, `<td>${escapeHtml(c.date)}</td>`]) : ''}
${c.facilitator ? row([`<th>${m.facilitator}</th>`, `<td>${escapeHtml(c.facilitator)}</td>`]) : ''}
${attendees ? row([`<th>${m.attendees}</th>`, `<td>${attendees}</td>`]) : ''}
${c.consent ? row([`<th>${m.consent}</th>`, `<td>${m.consentText(c.consent.participate, c.consent.record)}</td>`]) : ''}
</tbody></table>
<p class="headline">${m.headline(euro(Math.abs(r.difference)), r.difference >= 0)} ${m.interventie}: ${euro(r.interventie)} · ${m.referentie}: ${euro(r.referentie)}.</p>
<h2>${m.timeline}</h2>
<figure class="timeline">${timelineSvg(c, input.priceList, language, m, cost)}<figcaption>${m.legend}</figcaption></figure>
<p><strong>${m.reference}:</strong> ${m.kinds[reference.kind]}. ${escapeHtml(reference.reasoning)}</p>
<h3>${m.cards}</h3>
<table><thead>${row([`<th>${m.scenario}</th>`, `<th>${m.when}</th>`, `<th>${m.card}</th>`, `<th class="num">${m.cost}</th>`, `<th>${m.confidence}</th>`])}</thead>
<tbody>${(['interventie', 'referentie'] as const)
    .flatMap((lane) =>
      [...c.scenarios[lane].cards]
        .sort((a, b) => a.start.localeCompare(b.start))
        .map((card) => {
          const value = cost(card, lane)
          return row([
            `<td>${m[lane]}</td>`,
            `<td>${escapeHtml(card.start)}${card.end ? ` – ${escapeHtml(card.end)}` : ''}</td>`,
            `<td>${escapeHtml(cardLabel(card, names, language, undefined))}</td>`,
            value === undefined ? '<td class="num">—</td>' : num(value),
            `<td>${card.confidence ? m.confidenceLevels[card.confidence] : ''}</td>`,
          ])
        }),
    )
    .join('')}</tbody></table>
<h2 class="page-break">${m.perStakeholder}</h2>
<table><thead>${row([`<th>${m.stakeholder}</th>`, `<th class="num">${m.interventie}</th>`, `<th class="num">${m.referentie}</th>`, `<th class="num">${m.difference}</th>`])}</thead>
<tbody>${r.perStakeholder.map((s) => row([`<td>${escapeHtml(name(s.stakeholder))}</td>`, num(s.interventie), num(s.referentie), num(s.difference)])).join('')}</tbody></table>
<div class="charts"><figure>${charts.stacked}<figcaption>${m.stacked}</figcaption></figure><figure>${charts.waterfall}<figcaption>${m.waterfall}</figcaption></figure></div>
<h2>${m.perYear}</h2>
<table><thead>${row([`<th>${m.year}</th>`, `<th class="num">${m.interventie}</th>`, `<th class="num">${m.referentie}</th>`, `<th class="num">${m.difference}</th>`])}</thead>
<tbody>${r.perYear.map((y) => row([`<td>${y.year}</td>`, num(y.interventie), num(y.referentie), num(y.difference)])).join('')}</tbody></table>
${
  outcomes
    ? `<h2>${m.outcomes}</h2>
${zrm.length ? `<table><thead>${row([`<th>${m.zrm}: ${m.domain}</th>`, `<th class="num">${m.before}</th>`, `<th class="num">${m.after}</th>`])}</thead><tbody>${zrm.map(([d, s]) => row([`<td>${escapeHtml(zrmDomainName(d as ZrmDomain, language))}</td>`, `<td class="num">${s.before}</td>`, `<td class="num">${s.after}</td>`])).join('')}</tbody></table>` : ''}
${outcomes.ladder ? `<p>${m.ladder}: ${outcomes.ladder.before} → ${outcomes.ladder.after}</p>` : ''}
${outcomes.trust ? `<p>${m.trust}: ${[outcomes.trust.self, outcomes.trust.professionals, outcomes.trust.municipality].map((v) => v ?? '—').join(' · ')}</p>` : ''}
${outcomes.ownWords ? `<p><strong>${m.ownWords}:</strong> “${escapeHtml(outcomes.ownWords)}”</p>` : ''}`
    : ''
}
${r.warningDetails.length ? `<h3>${m.warnings}</h3><ul class="warnings">${r.warningDetails.map((w) => `<li>${escapeHtml(`${m[w.scenario]} · ${w.card}: ${w.message[language]}`)}</li>`).join('')}</ul>` : ''}
<p class="small">${m.basis(input.baseYear, `${escapeHtml(input.priceList.id)} ${escapeHtml(input.priceList.version)}`)}</p>
</main></body></html>`
}
