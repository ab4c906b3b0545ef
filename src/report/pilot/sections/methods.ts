import { MIN_RATE_OBSERVATIONS, type PilotSection, say } from '../section.js'

/** The methods appendix: how each part was measured, for a researcher to check. */
export const methodsSection: PilotSection = (input, language) => {
  const items = [
    say(
      language,
      'Fasen: het ontwikkelmodel voor integrale zorg van Minkman (ontwerp, experiment, uitbreiding en monitoring, borging). De pilotleider legt elke fasewisseling vast met datum en reden, voor het hele project en per partner. De checklist per fase staat in de broncode met de bron per punt.',
      "Phases: Minkman's development model for integrated care (design, experiment, extension and monitoring, sustainment). The pilot manager records each phase change with its date and reason, for the whole project and per partner. The checklist per phase is in the source code with the source of each item.",
    ),
    say(
      language,
      'Wat er is gedaan: casusoverleggen en aanwezigheid uit de app; uren uit de tijdregistratie, geprijsd met de uurtarieven van de actieve prijslijst (uren zonder tarief worden geteld, niet geschat); budgetuitgaven uit het grootboek, na correcties.',
      'What was done: case conferences and attendance from the app; hours from the time registration, priced with the active price list’s hourly tariffs (hours without a tariff are counted, never guessed); budget spends from the ledger, after corrections.',
    ),
    say(
      language,
      'Tafelgesprekken: per casus de kosten met en zonder de aanpak (Effectencalculator), over de afgetekende gesprekken; het interval is een percentiel-bootstrap van het gemiddelde.',
      'Table conversations: per case the costs with and without the approach (Effectencalculator), over the signed-off conversations; the interval is a percentile bootstrap of the mean.',
    ),
    say(
      language,
      `Registers: de laatste afgeronde effectanalyse (vergelijkingsgroep met propensity-score, uitkomsten met hun 95%-interval); de MKBA volgens de Algemene leidraad MKBA, met een Monte Carlo van ${input.mkba?.draws ?? 0} trekkingen (seed ${input.mkba?.seed ?? '—'}) voor het 90%-interval van de verhouding.`,
      `Registers: the latest finished effect analysis (propensity-score comparison group, outcomes with their 95% interval); the MKBA by the Dutch general guideline, with a Monte Carlo of ${input.mkba?.draws ?? 0} draws (seed ${input.mkba?.seed ?? '—'}) for the 90% interval of the ratio.`,
    ),
    say(
      language,
      `Kleine aantallen: niets met minder dan ${MIN_RATE_OBSERVATIONS} waarnemingen staat er als percentage of verhouding; dan staan er alleen aantallen ("7 van 9"). Aantallen van bewoners volgen de regels voor kleine cellen van de app.`,
      `Small numbers: nothing with fewer than ${MIN_RATE_OBSERVATIONS} observations is shown as a rate or ratio; only counts are given then ("7 of 9"). Counts of residents follow the app's small-cell rules.`,
    ),
  ]
  return {
    id: 'methods',
    title: say(language, 'Bijlage: verantwoording', 'Appendix: methods'),
    html: `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`,
    provenance: [],
  }
}
