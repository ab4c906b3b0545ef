/**
 * The social-domain items of the starter price list (beside the Costing Manual's), read by
 * scripts/make-starter-price-list.ts. Every price was read in the source named with it: a
 * regulation, a national publication or a page that repeats one (the page is then the URL and
 * the title says whose figure it is). Nothing here is estimated by us; where a figure is derived
 * (a midpoint, a month per day) the notes say how. Items without a national figure carry no
 * price and need a local tariff ("lokaal tarief nodig").
 */

export interface Source {
  readonly title: string
  readonly url: string
  readonly year: number
}

export interface SocialItem {
  readonly code: string
  readonly nl: string
  readonly en: string
  readonly category: string
  readonly domain: string
  readonly unit: string
  readonly payer: string
  /** Euros at the prices of `source.year`. */
  readonly price?: number
  readonly low?: number
  readonly high?: number
  readonly source?: Source
  readonly notes: string
}

const BIJSTAND_JULI_2025: Source = {
  title:
    'Normbedragen Participatiewet per 1 juli 2025 (SZW), netto per maand zonder vakantiegeld; overgenomen van de pagina Bijstandsnormen van gemeente Hof van Twente',
  url: 'https://www.hofvantwente.nl/inwoners/werk-en-inkomen/uitkeringen/bijstandsnormen',
  year: 2025,
}
const BIJSTAND_JANUARI_2025: Source = {
  title:
    'Normbedragen Participatiewet per 1 januari 2025 (SZW), netto per maand inclusief vakantiegeld; overgenomen van het normenoverzicht van gemeente Westland',
  url: 'https://www.gemeentewestland.nl/aanvragen-en-regelen/toeslagen-vergoedingen-en-bijdragen/normenoverzicht-minimuminkomen-voor-de-bijzondere-bijstand',
  year: 2025,
}
const STUDIETOESLAG_2024: Source = {
  title:
    'Minimumbedragen studietoeslag Participatiewet per 1 januari 2024 (AMvB), netto per maand; overgenomen van de pagina Studietoeslag van gemeente Wijdemeren',
  url: 'https://wijdemeren.nl/5346-studietoeslag',
  year: 2024,
}
const BERENSCHOT_2019: Source = {
  title:
    'Berenschot, onderzoek naar de uitvoeringskosten van de bijstand (steekproef van 30 gemeenten); Consultancy.nl, "Gemeente €2.900 kwijt aan uitvoering bijstandsuitkering", 7 oktober 2019',
  url: 'https://www.consultancy.nl/nieuws/24796/gemeente-2900-kwijt-aan-uitvoering-bijstandsuitkering',
  year: 2019,
}
const PLEEGVERGOEDING_2024: Source = {
  title:
    'Regeling van de staatssecretaris van VWS van 9 november 2023 tot wijziging van de Regeling Jeugdwet (indexering pleegvergoedingen), Staatscourant 2023, 31554, bijlage 1: bedragen per dag',
  url: 'https://zoek.officielebekendmakingen.nl/stcrt-2023-31554.html',
  year: 2024,
}
const KINDEROPVANG_2025: Source = {
  title:
    'Maximum uurprijzen kinderopvangtoeslag 2025, vastgesteld door het ministerie van SZW; Kinderopvang-wijzer, "Maximum uurtarief kinderopvangtoeslag 2025 definitief vastgesteld"',
  url: 'https://kinderopvang-wijzer.nl/maximum-uurtarief-kinderopvangtoeslag-2025-definitief-vastgesteld',
  year: 2025,
}
const MINIMUMLOON_2025: Source = {
  title:
    'Wettelijk minimumuurloon per 1 januari 2025, 21 jaar en ouder (Rijksoverheid); Metro, "Dit (verhoogde) bedrag krijgen mensen in de bijstand vanaf dit jaar", januari 2025',
  url: 'https://www.metronieuws.nl/geld-carriere/2025/01/bedrag-bijstand-verhoogd-2025-br/',
  year: 2025,
}
const ABONNEMENTSTARIEF_2024: Source = {
  title:
    'Abonnementstarief Wmo 2024, landelijk maximum van de eigen bijdrage per huishouden; pagina Abonnementstarief Wmo van gemeente Drimmelen',
  url: 'https://drimmelen.nl/abonnementstarief-wmo',
  year: 2024,
}
const WERKFIT_2020: Source = {
  title:
    'S. Donia, "Alles wat je moet weten over het Werkfit traject" (blog, april 2020): een geslaagd Werkfit-traject kost UWV zo’n € 4.000',
  url: 'https://selwyndonia.nl/2020/04/alles-wat-je-moet-weten-over-het-werkfit-traject/',
  year: 2020,
}
const ZWERFJONGEREN: Source = {
  title:
    'Stichting Zwerfjongeren Nederland, Van kosten naar investering (2018), met cijfers van Cebeon (2011) en de gemeente Amsterdam (2016)',
  url: 'https://issuu.com/stichtingzwerfjongerennederland/docs/20180209_van_kosten_naar_investerin',
  year: 2011,
}
const EROPAF_2014: Source = {
  title:
    'Stichting Eropaf!, Quickscan versterken preventie huisuitzettingen (oktober 2014): een huisuitzetting kost gemiddeld € 5.000 tot € 10.000; de huurder moet ze betalen, maar kan dat vaak niet, zodat de verhuurder ermee blijft zitten',
  url: 'https://eropaf.nl/index.php/2014/10/30/quickscan-versterken-preventie-huisuitzettingen/',
  year: 2014,
}
const DJI_2014: Source = {
  title:
    'DJI, Dit is DJI in feiten en cijfers (april 2014), aangehaald in NRC, "Minderjarige gedetineerde kost 650 euro per dag" (factcheck, 11 juli 2014)',
  url: 'https://www.nrc.nl/nieuws/2014/07/11/minderjarige-gedetineerde-kost-650-euro-per-dag-1399899-a1262929',
  year: 2014,
}
const WLZ_PGB_2024: Source = {
  title:
    'Tarieven Wlz-pgb 2024 (Regeling langdurige zorg, geïndexeerd met 6,37%); Medical Facts, "Nieuwe tarieven WLZ 2024 bekend", 5 juli 2023',
  url: 'https://www.medicalfacts.nl/2023/07/05/nieuwe-tarieven-wlz-2024-bekend/',
  year: 2024,
}
const KEMPEN_2019: Source = {
  title: 'Normbedragen Participatiewet 1 januari 2019; pagina Normen en bedragen minimabeleid van de Kempengemeenten',
  url: 'https://www.kempengemeenten.nl/normen-en-bedragen-minimabeleid',
  year: 2019,
}

const PW = { category: 'Participatiewet', domain: 'participatiewet', payer: 'gemeente-participatiewet' }
const bijstandJuli = (code: string, nl: string, en: string, price: number): SocialItem => ({
  ...PW,
  code: `PW-BIJSTAND-MAAND-${code}`,
  nl: `Bijstand per maand, ${nl} (norm 1 juli 2025, zonder vakantiegeld)`,
  en: `Social assistance per month, ${en} (norm of 1 July 2025, without holiday allowance)`,
  unit: 'month',
  price,
  source: BIJSTAND_JULI_2025,
  notes: 'Netto norm; de gemeente betaalt daarbovenop 5% vakantiegeld (zie de items met vakantiegeld).',
})
const bijstandJanuari = (code: string, nl: string, en: string, price: number): SocialItem => ({
  ...PW,
  code: `PW-BIJSTAND-MAAND-VT-${code}`,
  nl: `Bijstand per maand, ${nl} (norm 1 januari 2025, met vakantiegeld)`,
  en: `Social assistance per month, ${en} (norm of 1 January 2025, with holiday allowance)`,
  unit: 'month',
  price,
  source: BIJSTAND_JANUARI_2025,
  notes: 'Netto norm inclusief vakantiegeld: wat de gemeente per maand uitkeert.',
})
const studietoeslag = (age: string, en: string, price: number): SocialItem => ({
  ...PW,
  code: `PW-STUDIETOESLAG-${age.replace(/\D+/g, '')}`,
  nl: `Studietoeslag per maand, ${age}`,
  en: `Study allowance per month, ${en}`,
  unit: 'month',
  price,
  source: STUDIETOESLAG_2024,
  notes: 'Landelijk minimumbedrag; een gemeente mag een hoger bedrag vaststellen.',
})
const JW = { category: 'Pleegzorg', domain: 'jeugdwet', payer: 'gemeente-jeugdwet' }
const pleegvergoeding = (age: string, en: string, price: number): SocialItem => ({
  ...JW,
  code: `JW-PLEEGVERGOEDING-${age.replace(/\D+/g, '-').replace(/^-|-$/g, '')}`,
  nl: `Pleegvergoeding per dag, pleegkind ${age}`,
  en: `Foster-care allowance per day, foster child aged ${en}`,
  unit: 'day',
  price,
  source: PLEEGVERGOEDING_2024,
  notes:
    'Basisbedrag voor de pleegouder (Regeling Jeugdwet, bijlage 1); de begeleiding door de pleegzorgaanbieder komt daar nog bij (JW-PLEEGZORG-BEGELEIDING).',
})
const MO = { category: 'Maatschappelijke opvang', domain: 'wmo', payer: 'gemeente-wmo' }
const local = (item: Omit<SocialItem, 'notes'> & { readonly why: string }): SocialItem => {
  const { why, ...rest } = item
  return { ...rest, notes: `Lokaal tarief nodig: ${why}` }
}

/** Priced items with their source. */
export const PRICED: readonly SocialItem[] = [
  // Participatiewet: the norms for every household type (SZW), both periods of 2025.
  bijstandJuli('ALLEENSTAAND', 'alleenstaande (ouder), 21 jaar tot AOW-leeftijd', 'single person or single parent, 21 to pension age', 1300.61),
  bijstandJuli('GEHUWD', 'gehuwden, 21 jaar tot AOW-leeftijd', 'married couple, 21 to pension age', 1858.01),
  bijstandJuli('ALLEENSTAAND-AOW', 'alleenstaande (ouder), AOW-leeftijd of ouder', 'single person or single parent, pension age or older', 1453.7),
  bijstandJuli('GEHUWD-AOW', 'gehuwden, één of beiden AOW-leeftijd of ouder', 'married couple, one or both of pension age', 1990.23),
  bijstandJuli('JONGER21', 'alleenstaande (ouder) jonger dan 21 jaar', 'single person or single parent under 21', 321.08),
  bijstandJuli('GEHUWD-JONGER21', 'gehuwden, beiden jonger dan 21, zonder kinderen', 'married couple, both under 21, no children', 642.16),
  bijstandJuli('GEHUWD-EEN-JONGER21', 'gehuwden, één jonger dan 21, zonder kinderen', 'married couple, one under 21, no children', 1250.09),
  bijstandJuli('GEHUWD-JONGER21-KIND', 'gehuwden, beiden jonger dan 21, met kinderen', 'married couple, both under 21, with children', 1013.76),
  bijstandJuli('GEHUWD-EEN-JONGER21-KIND', 'gehuwden, één jonger dan 21, met kinderen', 'married couple, one under 21, with children', 1621.69),
  bijstandJuli('INRICHTING', 'alleenstaande (ouder) in een inrichting', 'single person or single parent in an institution', 411.82),
  bijstandJuli('INRICHTING-GEHUWD', 'gehuwden in een inrichting', 'married couple in an institution', 640.58),
  bijstandJanuari('ALLEENSTAAND', 'alleenstaande (ouder), 21 jaar tot AOW-leeftijd', 'single person or single parent, 21 to pension age', 1345.45),
  bijstandJanuari('JONGER21', 'alleenstaande (ouder), 18 tot en met 20 jaar', 'single person or single parent aged 18 to 20', 332.17),
  bijstandJanuari('GEHUWD', 'gehuwden, 21 jaar tot AOW-leeftijd', 'married couple, 21 to pension age', 1922.07),
  bijstandJanuari('GEHUWD-EEN-JONGER21-KIND', 'gehuwden met kinderen, één 18 tot en met 20 jaar', 'married couple with children, one aged 18 to 20', 1677.62),
  bijstandJanuari('GEHUWD-JONGER21-KIND', 'gehuwden met kinderen, beiden 18 tot en met 20 jaar', 'married couple with children, both aged 18 to 20', 1048.75),
  bijstandJanuari('GEHUWD-EEN-JONGER21', 'gehuwden zonder kinderen, één 18 tot en met 20 jaar', 'married couple without children, one aged 18 to 20', 1293.21),
  bijstandJanuari('GEHUWD-JONGER21', 'gehuwden zonder kinderen, beiden 18 tot en met 20 jaar', 'married couple without children, both aged 18 to 20', 664.34),
  bijstandJanuari('ALLEENSTAAND-AOW', 'alleenstaande (ouder), AOW-leeftijd', 'single person or single parent of pension age', 1501.07),
  bijstandJanuari('GEHUWD-AOW', 'gehuwden, AOW-leeftijd', 'married couple of pension age', 2053.48),
  {
    ...PW,
    code: 'PW-BIJSTAND-DAG-ALLEENSTAAND',
    nl: 'Bijstand, dag, alleenstaande 21 jaar–AOW',
    en: 'Social assistance, day, single person 21–pension age',
    unit: 'day',
    price: 32.03,
    source: KEMPEN_2019,
    notes:
      'Afgeleid per dag uit de norm van € 974,27 netto per maand zonder vakantiegeld (× 12 / 365). research/effectencalculator.md §2.4',
  },
  {
    ...PW,
    code: 'PW-BIJSTAND-DAG-PAAR',
    nl: 'Bijstand, dag, paar 21 jaar–AOW',
    en: 'Social assistance, day, couple 21–pension age',
    unit: 'day',
    price: 45.76,
    source: KEMPEN_2019,
    notes:
      'Afgeleid per dag uit de norm van € 1.391,82 netto per maand zonder vakantiegeld (× 12 / 365). research/effectencalculator.md §2.4',
  },
  {
    ...PW,
    code: 'PW-BIJSTAND-GEMIDDELD-JAAR',
    nl: 'Bijstandsuitkering, gemiddeld per jaar',
    en: 'Social-assistance benefit, average per year',
    unit: 'year',
    price: 14000,
    source: BERENSCHOT_2019,
    notes: 'Gemiddeld bedrag van een bijstandsuitkering volgens het Berenschot-onderzoek (afgerond).',
  },
  {
    ...PW,
    code: 'PW-BIJSTAND-UITVOERING-JAAR',
    nl: 'Uitvoeringskosten van een bijstandsuitkering per jaar',
    en: 'Administration cost of a social-assistance benefit per year',
    unit: 'year',
    price: 2883,
    source: BERENSCHOT_2019,
    notes:
      'Inkomensondersteuning, re-integratie, beleid, inkoop en overhead; met een behoorlijke spreiding tussen gemeenten.',
  },
  studietoeslag('21 jaar en ouder', '21 and older', 352.8),
  studietoeslag('20 jaar', 'aged 20', 282.23),
  studietoeslag('19 jaar', 'aged 19', 211.67),
  studietoeslag('18 jaar', 'aged 18', 176.4),
  studietoeslag('17 jaar', 'aged 17', 139.35),
  studietoeslag('16 jaar', 'aged 16', 121.71),
  studietoeslag('15 jaar', 'aged 15', 105.84),
  {
    code: 'WERK-MINIMUMUURLOON',
    nl: 'Wettelijk minimumuurloon, 21 jaar en ouder',
    en: 'Statutory minimum wage per hour, 21 and older',
    category: 'Werk',
    domain: 'income',
    unit: 'hour',
    payer: 'werkgever',
    price: 14.06,
    source: MINIMUMLOON_2025,
    notes: 'Bruto; de grondslag van loonkostensubsidie (minimumloon min loonwaarde).',
  },
  ...(
    [
      ['DAGOPVANG', 'dagopvang', 'day care', 10.71],
      ['BSO', 'buitenschoolse opvang', 'out-of-school care', 9.52],
      ['GASTOUDER', 'gastouderopvang', 'childminder', 8.1],
    ] as const
  ).map(([code, nl, en, price]) => ({
    code: `KINDEROPVANG-${code}-UUR`,
    nl: `Kinderopvang, ${nl}, uur (maximum uurprijs toeslag)`,
    en: `Childcare, ${en}, hour (maximum hourly price for the allowance)`,
    category: 'Werk',
    domain: 'income',
    unit: 'hour',
    payer: 'uwv-rijk',
    price,
    source: KINDEROPVANG_2025,
    notes:
      'De toeslag (van het Rijk) vergoedt een inkomensafhankelijk deel tot deze uurprijs; de ouder betaalt de rest.',
  })),
  {
    code: 'UWV-WERKFIT-TRAJECT',
    nl: 'Re-integratietraject Werkfit (UWV), geslaagd traject',
    en: 'Re-integration trajectory Werkfit (UWV), successful trajectory',
    category: 'Re-integratie',
    domain: 'participatiewet',
    unit: 'trajectory',
    payer: 'uwv-rijk',
    price: 4000,
    source: WERKFIT_2020,
    notes:
      'Indicatie uit een blog van een re-integratiecoach, geen officiële bron; voor bijstandsgerechtigden koopt de gemeente zelf in (PW-REINTEGRATIETRAJECT).',
  },
  // Wmo
  {
    code: 'WMO-ABONNEMENTSTARIEF-MAAND',
    nl: 'Eigen bijdrage Wmo (abonnementstarief), per maand',
    en: 'Wmo personal contribution (flat rate), per month',
    category: 'Wmo',
    domain: 'wmo',
    unit: 'month',
    payer: 'inwoner',
    price: 20.6,
    source: ABONNEMENTSTARIEF_2024,
    notes:
      'Wat de inwoner betaalt (een overdracht naar de gemeente); 2020–2023 € 19,00. Vanaf 2027 inkomensafhankelijk.',
  },
  {
    code: 'WMO-BW-PGB-ETMAAL',
    nl: 'Beschermd wonen (pgb, professioneel), etmaal',
    en: 'Sheltered housing (personal budget, professional), 24 hours',
    category: 'Wmo',
    domain: 'wmo',
    unit: '24 hours',
    payer: 'gemeente-wmo',
    price: 87.71,
    source: {
      title: 'Gemeenteblad 2021-482859, tarieftabel pgb beschermd wonen 2022',
      url: 'https://zoek.officielebekendmakingen.nl/gmb-2021-482859.html',
      year: 2022,
    },
    notes: 'Pgb-tarief van één gemeente (€ 32.015,76 per jaar). research/effectencalculator.md §2.4',
  },
  // Jeugdwet: the foster-care allowance (Regeling Jeugdwet 2024).
  pleegvergoeding('0 tot en met 8 jaar', '0 to 8', 23.32),
  pleegvergoeding('9 tot en met 11 jaar', '9 to 11', 23.63),
  pleegvergoeding('12 tot en met 15 jaar', '12 to 15', 25.73),
  pleegvergoeding('16 en 17 jaar', '16 and 17', 28.41),
  pleegvergoeding('18 jaar en ouder', '18 and older', 28.7),
  {
    ...JW,
    code: 'JW-PLEEGVERGOEDING-TOESLAG',
    nl: 'Toeslag pleegvergoeding per dag (art. 5.2 lid 1 Regeling Jeugdwet)',
    en: 'Foster-care allowance supplement per day (art. 5.2(1) Youth Act Regulation)',
    unit: 'day',
    price: 4.65,
    source: PLEEGVERGOEDING_2024,
    notes: 'Toeslag bovenop het basisbedrag, bijvoorbeeld bij een crisisplaatsing of een derde pleegkind.',
  },
  {
    ...JW,
    code: 'JW-PLEEGVERGOEDING-TOESLAG-MAX',
    nl: 'Toeslag pleegvergoeding per dag, ten hoogste (art. 5.2 lid 2 Regeling Jeugdwet)',
    en: 'Foster-care allowance supplement per day, at most (art. 5.2(2) Youth Act Regulation)',
    unit: 'day',
    price: 4.65,
    source: PLEEGVERGOEDING_2024,
    notes: 'Maximum van de toeslag, bijvoorbeeld bij een pleegkind met een beperking.',
  },
  // Maatschappelijke opvang (Cebeon 2011, Amsterdam 2016).
  {
    ...MO,
    code: 'MO-FEITELIJK-DAKLOOS-JAAR',
    nl: 'Maatschappelijke opvang, feitelijk dakloze, jaar',
    en: 'Social shelter, rough sleeper, year',
    unit: 'year',
    price: 23236,
    source: ZWERFJONGEREN,
    notes: 'Cebeon, prijspeil 2011. research/effectencalculator.md §2.4',
  },
  {
    ...MO,
    code: 'MO-RESIDENTIEEL-DAKLOOS-JAAR',
    nl: 'Maatschappelijke opvang, residentieel dakloze, jaar',
    en: 'Social shelter, homeless person in residential care, year',
    unit: 'year',
    price: 10384,
    source: ZWERFJONGEREN,
    notes: 'Cebeon, prijspeil 2011. research/effectencalculator.md §2.4',
  },
  {
    ...MO,
    code: 'MO-DAG-EN-NACHTOPVANG-JAAR',
    nl: 'Dag- en nachtopvang, per deelnemer per jaar',
    en: 'Day and night shelter, per participant per year',
    unit: 'year',
    price: 20642,
    source: ZWERFJONGEREN,
    notes: 'Cebeon, prijspeil 2011. research/effectencalculator.md §2.4',
  },
  {
    ...MO,
    code: 'MO-INTENSIEF-BEGELEID-WONEN-JAAR',
    nl: 'Intensief begeleid wonen (verslaving, psychiatrie), per deelnemer per jaar',
    en: 'Intensive supported housing (addiction, psychiatry), per participant per year',
    unit: 'year',
    price: 41200,
    source: ZWERFJONGEREN,
    notes: 'Cebeon, prijspeil 2011. research/effectencalculator.md §2.4',
  },
  {
    ...MO,
    code: 'MO-JONGERENOPVANG-JAAR',
    nl: 'Jongerenopvang 18–23 jaar (Amsterdam), per jongere per jaar',
    en: 'Youth shelter aged 18–23 (Amsterdam), per young person per year',
    unit: 'year',
    price: 22302,
    source: { ...ZWERFJONGEREN, year: 2016 },
    notes: 'Amsterdam 2016: € 9,3 mln voor 417 jongeren. research/effectencalculator.md §2.4',
  },
  // Schulden en wonen.
  {
    code: 'SCHULDHULP-CASUS',
    nl: 'Schuldhulpverlening, per schuldsituatie',
    en: 'Debt counselling, per debt case',
    category: 'Schulden',
    domain: 'income',
    unit: 'case',
    payer: 'gemeente-overig',
    price: 1500,
    source: { ...ZWERFJONGEREN, year: 2005 },
    notes: 'Oud cijfer (2005); een huidig lokaal tarief heeft de voorkeur. research/effectencalculator.md §2.4',
  },
  {
    code: 'WONEN-HUISUITZETTING',
    nl: 'Huisuitzetting, kosten voor de verhuurder',
    en: 'Eviction, cost to the landlord',
    category: 'Wonen',
    domain: 'housing',
    unit: 'eviction',
    payer: 'woningcorporatie',
    price: 7500,
    low: 5000,
    high: 10000,
    source: EROPAF_2014,
    notes:
      'Prijs = midden van de bandbreedte € 5.000–€ 10.000. De kosten van opvang daarna zijn voor de gemeente: tel ze als eigen kaart (bijvoorbeeld MO-RESIDENTIEEL-DAKLOOS-JAAR). De eerder gebruikte € 100.000 (BN DeStem 2017, een corporatiedirecteur over een scriptie) is geen gepubliceerde raming.',
  },
  // Justitie (DJI 2014).
  {
    code: 'DJI-DETENTIE-VOLWASSENE-DAG',
    nl: 'Detentie volwassene, per dag',
    en: 'Detention of an adult, per day',
    category: 'Veiligheid',
    domain: 'justice',
    unit: 'day',
    payer: 'justitie',
    price: 262,
    source: DJI_2014,
    notes: 'Gemiddelde kosten per gedetineerde per dag; het peiljaar staat niet in de bron, hier 2014.',
  },
  {
    code: 'DJI-JEUGDINRICHTING-DAG',
    nl: 'Justitiële jeugdinrichting, per dag',
    en: 'Juvenile detention centre, per day',
    category: 'Veiligheid',
    domain: 'justice',
    unit: 'day',
    payer: 'justitie',
    price: 547,
    source: DJI_2014,
    notes: 'Gemiddelde kosten per minderjarige gedetineerde per dag; het peiljaar staat niet in de bron, hier 2014.',
  },
  // Wlz (not social domain, but the pgb hour rates a table conversation meets).
  ...(
    [
      ['FORMEEL-UUR', 'formeel uurtarief', 'formal hourly rate', 'hour', 77],
      ['DAGDEEL', 'dagdeeltarief', 'half-day rate', 'half-day', 70.88],
      ['INFORMEEL-UUR', 'informeel uurtarief', 'informal hourly rate', 'hour', 24.44],
    ] as const
  ).map(([code, nl, en, unit, price]) => ({
    code: `WLZ-PGB-${code}`,
    nl: `Wlz-pgb, ${nl}`,
    en: `Long-term care personal budget, ${en}`,
    category: 'Wlz',
    domain: 'long-term-care',
    unit,
    payer: 'wlz',
    price,
    source: WLZ_PGB_2024,
    notes: 'Maximumtarief voor het pgb in de Wlz.',
  })),
]

/** Items a table conversation needs that have no national figure: a local tariff. */
export const LOCAL: readonly SocialItem[] = [
  local({
    code: 'WIJKTEAM-UUR',
    nl: 'Uur wijkteammedewerker',
    en: 'Hour of a wijkteam worker',
    category: 'Wijkteam',
    domain: 'wmo',
    unit: 'hour',
    payer: 'gemeente-overig',
    why: 'geen landelijk cijfer; het dichtstbijzijnde is "Contact maatschappelijk werk" uit de Kostenhandleiding (KH-MHC-SOCIALWORK, € 127 in 2022).',
  }),
  local({
    code: 'WI-CONSULENT-UUR',
    nl: 'Uur consulent Werk en Inkomen',
    en: 'Hour of a Work and Income consultant',
    ...PW,
    unit: 'hour',
    why: 'geen landelijk cijfer per uur; de uitvoeringskosten per bijstandsuitkering per jaar staan in PW-BIJSTAND-UITVOERING-JAAR.',
  }),
  local({
    code: 'PW-REINTEGRATIETRAJECT',
    nl: 'Re-integratietraject (gemeente)',
    en: 'Re-integration trajectory (municipality)',
    ...PW,
    category: 'Re-integratie',
    unit: 'trajectory',
    why: 'gemeenten kopen trajecten zelf in; geen landelijk tarief gevonden.',
  }),
  local({
    code: 'PW-LOONKOSTENSUBSIDIE-JAAR',
    nl: 'Loonkostensubsidie, per werknemer per jaar',
    en: 'Wage-cost subsidy, per employee per year',
    ...PW,
    category: 'Re-integratie',
    unit: 'year',
    why: 'het bedrag is het minimumloon (WERK-MINIMUMUURLOON) min de vastgestelde loonwaarde, per werknemer verschillend.',
  }),
  local({
    code: 'PW-BESCHUT-WERK-JAAR',
    nl: 'Beschut werk, plek per jaar',
    en: 'Sheltered employment, place per year',
    ...PW,
    category: 'Re-integratie',
    unit: 'year',
    why: 'geen landelijk bedrag gevonden. Ter indicatie: de gemeente Emmen rekende € 24.000 loon plus € 8.000 begeleiding en aanpassing per plek per jaar (Trouw, 2017).',
  }),
  local({
    code: 'SCHULDHULP-TRAJECT',
    nl: 'Schuldhulpverleningstraject (huidig)',
    en: 'Debt-counselling trajectory (current)',
    category: 'Schulden',
    domain: 'income',
    unit: 'trajectory',
    payer: 'gemeente-overig',
    why: 'geen recent landelijk cijfer gevonden; SCHULDHULP-CASUS is een cijfer uit 2005.',
  }),
  local({
    code: 'WMO-DAGBESTEDING-DAGDEEL',
    nl: 'Dagbesteding (Wmo), dagdeel',
    en: 'Day activities (Wmo), half day',
    category: 'Wmo',
    domain: 'wmo',
    unit: 'half-day',
    payer: 'gemeente-wmo',
    why: 'contracttarief van de gemeente; de Kostenhandleiding geeft dagbesteding ouderen per dagdeel (KH-DAYACTIVITIES-HALFDAY).',
  }),
  local({
    code: 'WMO-HULPMIDDEL-ROLSTOEL',
    nl: 'Hulpmiddel (Wmo): rolstoel, verstrekking',
    en: 'Aid (Wmo): wheelchair, provision',
    category: 'Wmo',
    domain: 'wmo',
    unit: 'aid',
    payer: 'gemeente-wmo',
    why: 'prijs volgt uit het contract met de hulpmiddelenleverancier.',
  }),
  local({
    code: 'WMO-WONINGAANPASSING',
    nl: 'Woningaanpassing (Wmo), bijvoorbeeld traplift',
    en: 'Home adaptation (Wmo), for instance a stairlift',
    category: 'Wmo',
    domain: 'wmo',
    unit: 'unit',
    payer: 'gemeente-wmo',
    why: 'de gemeente vergoedt de goedkoopst toereikende oplossing; geen landelijk bedrag.',
  }),
  local({
    code: 'MO-NACHTOPVANG-NACHT',
    nl: 'Nachtopvang, per nacht',
    en: 'Night shelter, per night',
    ...MO,
    unit: 'day',
    why: 'geen landelijk tarief per nacht; de jaarbedragen van Cebeon (MO-…-JAAR) zijn een benadering.',
  }),
  local({
    code: 'JW-AMBULANT-UUR',
    nl: 'Ambulante jeugdhulp, uur',
    en: 'Outpatient youth care, hour',
    category: 'Jeugdwet',
    domain: 'jeugdwet',
    unit: 'hour',
    payer: 'gemeente-jeugdwet',
    why: 'contracttarief van de jeugdzorgregio.',
  }),
  local({
    code: 'JW-RESIDENTIEEL-ETMAAL',
    nl: 'Residentiële jeugdhulp (verblijf), etmaal',
    en: 'Residential youth care, 24 hours',
    category: 'Jeugdwet',
    domain: 'jeugdwet',
    unit: '24 hours',
    payer: 'gemeente-jeugdwet',
    why: 'contracttarief van de jeugdzorgregio.',
  }),
  local({
    code: 'JW-PLEEGZORG-BEGELEIDING',
    nl: 'Pleegzorg, begeleiding door de aanbieder, dag',
    en: 'Foster care, support by the provider, day',
    ...JW,
    unit: 'day',
    why: 'contracttarief van de pleegzorgaanbieder; de pleegvergoeding zelf is landelijk (JW-PLEEGVERGOEDING-…).',
  }),
  local({
    code: 'JW-CRISISPLAATSING-DAG',
    nl: 'Crisisplaatsing jeugd, dag',
    en: 'Youth crisis placement, day',
    category: 'Jeugdwet',
    domain: 'jeugdwet',
    unit: 'day',
    payer: 'gemeente-jeugdwet',
    why: 'gebruik het tarief van het jeugdzorgcontract.',
  }),
  local({
    code: 'JW-TRAJECT',
    nl: 'Jeugdhulptraject',
    en: 'Youth-care trajectory',
    category: 'Jeugdwet',
    domain: 'jeugdwet',
    unit: 'trajectory',
    payer: 'gemeente-jeugdwet',
    why: 'geen landelijk cijfer; gebruik de eigen contractprijzen.',
  }),
  local({
    code: 'JW-JEUGDBESCHERMING-OTS-JAAR',
    nl: 'Jeugdbescherming: ondertoezichtstelling, jaar',
    en: 'Child protection: supervision order, year',
    category: 'Jeugdbescherming',
    domain: 'jeugdwet',
    unit: 'year',
    payer: 'gemeente-jeugdwet',
    why: 'Rijk en gemeenten spraken in 2023 één landelijk tarief af; het bedrag zelf is niet gevonden. Gebruik het tarief van de gecertificeerde instelling.',
  }),
  local({
    code: 'JW-JEUGDRECLASSERING-JAAR',
    nl: 'Jeugdreclassering, jaar',
    en: 'Youth probation, year',
    category: 'Jeugdbescherming',
    domain: 'jeugdwet',
    unit: 'year',
    payer: 'gemeente-jeugdwet',
    why: 'zie JW-JEUGDBESCHERMING-OTS-JAAR: landelijk tarief afgesproken, bedrag niet gevonden.',
  }),
  local({
    code: 'POLITIE-UUR',
    nl: 'Uur politie-inzet',
    en: 'Hour of police deployment',
    category: 'Veiligheid',
    domain: 'justice',
    unit: 'hour',
    payer: 'justitie',
    why: 'geen gepubliceerd uurtarief gevonden; de Kostenhandleiding geeft kosten per delict (KH-JUSTICE-…).',
  }),
]
