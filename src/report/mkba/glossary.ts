import type { ReportLanguage } from '../format.js'

/**
 * The report's terms in one line each, for a council member who has never met them. The
 * wording follows the Algemene leidraad MKBA (CPB/PBL 2013) and the Werkgroep discontovoet 2020.
 */
const TERMS = {
  nl: [
    [
      'Contante waarde',
      'wat een bedrag in een later jaar nu waard is: geld van later telt minder zwaar, met de discontovoet.',
    ],
    [
      'Discontovoet',
      'het percentage per jaar waarmee later geld minder zwaar telt; het Rijk schrijft 2,25% voor.',
    ],
    [
      'Saldo (netto contante waarde)',
      'de contante waarde van alle baten min die van alle kosten; positief betekent dat de maatschappij erop vooruitgaat.',
    ],
    [
      'Baten per euro',
      'hoeveel euro aan baten elke euro aan kosten oplevert; boven 1 verdient de aanpak zich terug.',
    ],
    [
      'Overdracht',
      'geld dat van de ene partij naar de andere gaat (zoals een uitkering): voor de maatschappij samen telt het niet.',
    ],
    [
      'Deadweight en attributie',
      'het deel van een effect dat ook zonder de aanpak was gekomen, of dat aan anderen te danken is; dat telt niet mee.',
    ],
    [
      'Gevoeligheidsanalyse',
      'hoe het saldo verandert als één aanname op haar lage of hoge waarde staat.',
    ],
    [
      'Monte Carlo',
      'het model vele duizenden keren doorrekenen met telkens andere waarden binnen de onzekerheid, om te zien hoe zeker de uitkomst is.',
    ],
  ],
  en: [
    [
      'Present value',
      'what an amount in a later year is worth today: later money counts less, by the discount rate.',
    ],
    [
      'Discount rate',
      'the yearly percentage by which later money counts less; the Dutch government prescribes 2.25%.',
    ],
    [
      'Net present value',
      'the present value of all benefits minus that of all costs; positive means society is better off.',
    ],
    [
      'Benefits per euro',
      'how many euros of benefit each euro of cost returns; above 1 the approach pays for itself.',
    ],
    [
      'Transfer',
      'money that moves from one party to another (such as a benefit payment): for society as a whole it cancels out.',
    ],
    [
      'Deadweight and attribution',
      'the part of an effect that would have come without the approach, or is due to others; it is not counted.',
    ],
    [
      'Sensitivity analysis',
      'how the net present value changes when one assumption is at its low or high value.',
    ],
    [
      'Monte Carlo',
      'computing the model many thousands of times with other values within the uncertainty each time, to see how sure the outcome is.',
    ],
  ],
} satisfies Record<ReportLanguage, ReadonlyArray<readonly [string, string]>>

const HEADING = { nl: 'Begrippen', en: 'Terms' } satisfies Record<ReportLanguage, string>

/** The glossary as a definition list. */
export function glossaryHtml(language: ReportLanguage): string {
  return `<h2>${HEADING[language]}</h2><dl class="glossary">${TERMS[language]
    .map(([term, meaning]) => `<dt>${term}</dt><dd>${meaning}</dd>`)
    .join('')}</dl>`
}
