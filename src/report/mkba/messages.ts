import type { ReportLanguage } from '../format.js'

/** The MKBA report's text in Dutch and English. */
export const MESSAGES = {
  nl: {
    title: 'Maatschappelijke kosten-batenanalyse',
    headline: (all: string, money: string) =>
      `Elke geïnvesteerde euro levert <strong>${all}</strong> op; <strong>${money}</strong> in geld.`,
    noCosts: 'Het model bevat geen kosten, dus er is geen rendement per euro.',
    pvCosts: 'Contante waarde kosten',
    pvBenefits: 'Contante waarde baten',
    npv: 'Saldo (netto contante waarde)',
    payback: 'Terugverdiend in',
    never: 'niet binnen de looptijd',
    perStakeholder: 'Wie betaalt, wie wint',
    stakeholder: 'Belanghebbende',
    costs: 'Kosten',
    benefits: 'Baten',
    net: 'Saldo',
    total: 'Maatschappij',
    stakeholderChart: 'Kosten (links) en baten (rechts) per belanghebbende, contante waarde',
    cashFlow: 'Kasstroom per jaar',
    cashFlowChart:
      'Baten (boven) en kosten (onder) per jaar, reële bedragen; lijn: cumulatief verdisconteerd saldo',
    year: 'Jaar',
    discountFactor: 'Disconteringsfactor',
    tornado: 'Gevoeligheid: welke aanname doet ertoe?',
    tornadoChart:
      'Saldo bij de lage en hoge waarde van elke onzekere aanname; lijn: het basissaldo',
    parameter: 'Aanname',
    low: 'Laag',
    high: 'Hoog',
    monteCarlo: 'Onzekerheid (Monte Carlo)',
    monteCarloText: (draws: string, p: string, lo: string, hi: string) =>
      `In ${draws} trekkingen is de kans dat de baten de kosten overtreffen <strong>${p}</strong>. Het saldo ligt met 90% zekerheid tussen ${lo} en ${hi}.`,
    monteCarloChart: 'Verdeling van het saldo over alle trekkingen; rood: verlies',
    noUncertainty: 'Het model bevat geen onzekere aannames; er is geen gevoeligheidsanalyse.',
    unquantified: 'Niet in geld uitgedrukte effecten (PM-posten)',
    noUnquantified: 'Geen.',
    scenarios: 'Scenario’s naast elkaar',
    scenario: 'Scenario',
    ratio: 'Baten per euro',
    ratioFinancial: 'Waarvan in geld',
    assumptions: 'Uitgangspunten',
    assumptionText: (base: number, price: number, horizon: number, rate: string, timing: string) =>
      `Basisjaar ${base}, prijspeil ${price}, looptijd ${horizon} jaar, discontovoet ${rate} (${timing}). Bedragen zijn reëel, in euro’s van het prijspeil.`,
    timing: {
      'start-of-year': 'basisjaar niet verdisconteerd',
      'end-of-year': 'ook het eerste jaar verdisconteerd',
    },
    warnings: 'Waarschuwingen',
    method:
      'Methode: Algemene leidraad MKBA (CPB/PBL 2013), standaard discontovoet 2,25% (Werkgroep discontovoet 2020). Overdrachten tussen partijen tellen voor de maatschappij niet mee; in de financiële blik telt de ontvangende overheid ze wel. Gemaakt met Effectwijzer.',
    signs: { '+': 'positief', '-': 'negatief', '?': 'onbekend' },
  },
  en: {
    title: 'Social cost-benefit analysis',
    headline: (all: string, money: string) =>
      `Each invested euro returns <strong>${all}</strong>; <strong>${money}</strong> in money.`,
    noCosts: 'The model has no costs, so there is no return per euro.',
    pvCosts: 'Present value of costs',
    pvBenefits: 'Present value of benefits',
    npv: 'Net present value',
    payback: 'Pays back in',
    never: 'not within the horizon',
    perStakeholder: 'Who pays, who gains',
    stakeholder: 'Stakeholder',
    costs: 'Costs',
    benefits: 'Benefits',
    net: 'Net',
    total: 'Society',
    stakeholderChart: 'Costs (left) and benefits (right) per stakeholder, present value',
    cashFlow: 'Cash flow per year',
    cashFlowChart:
      'Benefits (up) and costs (down) per year, real amounts; line: cumulative discounted net',
    year: 'Year',
    discountFactor: 'Discount factor',
    tornado: 'Sensitivity: which assumption matters?',
    tornadoChart:
      'Net present value at the low and high value of each uncertain assumption; line: base NPV',
    parameter: 'Assumption',
    low: 'Low',
    high: 'High',
    monteCarlo: 'Uncertainty (Monte Carlo)',
    monteCarloText: (draws: string, p: string, lo: string, hi: string) =>
      `In ${draws} draws the probability that benefits exceed costs is <strong>${p}</strong>. The NPV lies between ${lo} and ${hi} with 90% certainty.`,
    monteCarloChart: 'Distribution of the NPV over all draws; red: loss',
    noUncertainty: 'The model has no uncertain assumptions; there is no sensitivity analysis.',
    unquantified: 'Effects not expressed in money',
    noUnquantified: 'None.',
    scenarios: 'Scenarios side by side',
    scenario: 'Scenario',
    ratio: 'Benefits per euro',
    ratioFinancial: 'Of which in money',
    assumptions: 'Assumptions',
    assumptionText: (base: number, price: number, horizon: number, rate: string, timing: string) =>
      `Base year ${base}, prices of ${price}, horizon ${horizon} years, discount rate ${rate} (${timing}). Amounts are real, in euros of the price year.`,
    timing: {
      'start-of-year': 'base year undiscounted',
      'end-of-year': 'first year discounted too',
    },
    warnings: 'Warnings',
    method:
      'Method: Dutch MKBA guideline (CPB/PBL 2013), standard discount rate 2.25% (Werkgroep discontovoet 2020). Transfers between parties cancel for society; the financial lens counts them at the receiving public budget. Made with Effectwijzer.',
    signs: { '+': 'positive', '-': 'negative', '?': 'unknown' },
  },
} satisfies Record<ReportLanguage, unknown>
