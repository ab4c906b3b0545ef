import { type ConversationFileInput, STARTER_PRICE_LIST } from '../domain/index.js'

/**
 * Twelve fictional table conversations of the demo pilot "Wijkteam + Werk & Inkomen" in the
 * fictional Gemeente Voorbeeldstad. Situations and volumes are invented; prices come from the
 * starter list, plus two clearly labelled fictional local tariffs (the override mechanism).
 */
type Activity = {
  type: 'activity'
  id: string
  item: string
  start: string
  end?: string
  quantity?: number
  payer?: string
  confidence?: 'low' | 'medium' | 'high'
  rate?: { amount: number; per: 'week' | 'month'; for: { count: number; unit: 'month' | 'week' } }
}
type Event = {
  type: 'event'
  id: string
  domain: string
  start: string
  description: string
  direction: 'better' | 'worse'
  confidence?: 'low' | 'medium' | 'high'
}

let counter = 0
const id = () => `k${++counter}`
const act = (
  item: string,
  start: string,
  quantity: number,
  extra: Partial<Activity> = {},
): Activity => ({ type: 'activity', id: id(), item, start, quantity, ...extra })
const weekly = (
  item: string,
  start: string,
  hoursPerWeek: number,
  months: number,
  extra: Partial<Activity> = {},
): Activity => ({
  type: 'activity',
  id: id(),
  item,
  start,
  rate: { amount: hoursPerWeek, per: 'week', for: { count: months, unit: 'month' } },
  ...extra,
})
const event = (
  domain: string,
  start: string,
  description: string,
  direction: 'better' | 'worse',
  confidence?: Event['confidence'],
): Event => ({
  type: 'event',
  id: id(),
  domain,
  start,
  description,
  direction,
  ...(confidence ? { confidence } : {}),
})
const WIJKTEAM = 'WIJKTEAM-UUR'
const WI = 'WI-CONSULENT-UUR'
const BIJSTAND = 'PW-BIJSTAND-DAG-ALLEENSTAAND'

interface Sketch {
  caseId: string
  measurement?: string
  date: string
  kind: 'no-intervention' | 'former-approach' | 'lighter-approach' | 'improved-approach'
  reasoning: string
  interventie: Array<Activity | Event>
  referentie: Array<Activity | Event>
  ladder: [number, number]
  ownWords: string
}

const SKETCHES: Sketch[] = [
  {
    caseId: 'VS-01',
    date: '2026-09-14',
    kind: 'former-approach',
    reasoning:
      'Zonder gezamenlijk plan had W&I alleen de uitkering beheerd en het wijkteam alleen de schulden.',
    interventie: [
      weekly(WIJKTEAM, '2026-01-10', 2, 6),
      act(WI, '2026-01-10', 12),
      act(BIJSTAND, '2026-01-01', 200, { end: '2026-07-19' }),
      event('werk-opleiding', '2026-07-20', 'Start parttime baan in de zorg (24 uur)', 'better'),
      event('financien', '2026-05-01', 'Schuldregeling getroffen', 'better'),
    ],
    referentie: [
      act(WIJKTEAM, '2026-01-10', 10),
      act(WI, '2026-01-10', 6),
      act(BIJSTAND, '2026-01-01', 365, { end: '2026-12-31' }),
      act('KH-GP-CONSULT-AVG', '2026-04-01', 6),
      event('financien', '2026-06-01', 'Beslag op inkomen, nieuwe schulden', 'worse', 'medium'),
    ],
    ladder: [2, 5],
    ownWords: 'Voor het eerst hoefde ik mijn verhaal maar één keer te vertellen.',
  },
  {
    caseId: 'VS-02',
    date: '2026-09-21',
    kind: 'former-approach',
    reasoning: 'Zonder ontschot budget was de huur niet betaald en volgde ontruiming.',
    interventie: [
      weekly(WIJKTEAM, '2026-02-01', 3, 4),
      act('KH-MHC-SOCIALWORK', '2026-02-01', 6, { payer: 'gemeente-overig' }),
      event('huisvesting', '2026-03-15', 'Huurachterstand betaald uit ontschot budget', 'better'),
    ],
    referentie: [
      act(WIJKTEAM, '2026-02-01', 8),
      // The eviction's own cost falls on the corporation; the shelter stay after it on the
      // municipality (Eropaf! 2014, the source of WONEN-HUISUITZETTING).
      act('WONEN-HUISUITZETTING', '2026-05-01', 1, { confidence: 'low' }),
      // A literal id, so that the cards after it keep theirs (the counter would shift them).
      {
        type: 'activity',
        id: 'k-opvang',
        item: 'MO-RESIDENTIEEL-DAKLOOS-JAAR',
        start: '2026-05-01',
        quantity: 0.5,
        confidence: 'low',
      },
      event('huisvesting', '2026-05-01', 'Ontruiming en dakloosheid', 'worse', 'low'),
    ],
    ladder: [1, 2],
    ownWords: 'Ze geloofden me, ook toen ik zelf niet meer geloofde dat het goed kwam.',
  },
  {
    caseId: 'VS-03',
    date: '2026-10-02',
    kind: 'lighter-approach',
    reasoning: 'Alleen huishoudelijke hulp, geen regie; de mantelzorger zou zijn uitgevallen.',
    interventie: [
      weekly(WIJKTEAM, '2026-01-15', 1.5, 8),
      act('KH-HOMECARE-HOUSEHOLD', '2026-01-15', 104),
      event(
        'huiselijke-relaties',
        '2026-06-01',
        'Mantelzorger ontlast, respijtzorg geregeld',
        'better',
      ),
    ],
    referentie: [
      act(WIJKTEAM, '2026-01-15', 4),
      act('KH-HOMECARE-HOUSEHOLD', '2026-01-15', 156),
      act('KH-NURSINGDAY-INCL-PERSONNEL', '2026-08-01', 5, { confidence: 'medium' }),
      act('KH-EMERGENCY-CARE', '2026-07-20', 1, { confidence: 'medium' }),
    ],
    ladder: [2, 3],
    ownWords: 'Ik kan weer af en toe iets voor mezelf doen.',
  },
  {
    caseId: 'VS-04',
    date: '2026-10-09',
    kind: 'former-approach',
    reasoning: 'In de oude aanpak werd de jongere doorverwezen naar specialistische jeugdhulp.',
    interventie: [
      weekly(WIJKTEAM, '2026-02-01', 2, 6),
      act('KH-MHC-SOCIALWORK', '2026-02-01', 10, { payer: 'gemeente-jeugdwet' }),
      event(
        'werk-opleiding',
        '2026-08-30',
        'Zoon weer naar school, startkwalificatie in zicht',
        'better',
      ),
    ],
    referentie: [
      act(WIJKTEAM, '2026-02-01', 6),
      act('JW-TRAJECT', '2026-03-01', 1, { confidence: 'medium' }),
      event('werk-opleiding', '2026-04-01', 'Schoolverzuim loopt op', 'worse', 'medium'),
    ],
    ladder: [3, 3],
    ownWords: 'Mijn zoon zegt dat hij gehoord wordt.',
  },
  {
    caseId: 'VS-05',
    date: '2026-10-16',
    kind: 'former-approach',
    reasoning: 'Zonder casuïstiekoverleg was de psychische crisis niet opgemerkt vóór opname.',
    interventie: [
      weekly(WIJKTEAM, '2026-01-05', 2, 5),
      act('KH-GP-CONSULT-AVG', '2026-01-05', 5),
      event('geestelijke-gezondheid', '2026-04-01', 'Stabiel met ambulante begeleiding', 'better'),
    ],
    referentie: [
      act(WIJKTEAM, '2026-01-05', 6),
      act('KH-GP-CONSULT-AVG', '2026-01-05', 9),
      act('KH-MHC-NURSINGDAY-PSY-INST', '2026-03-10', 21, { confidence: 'medium' }),
      act('KH-AMBULANCE-URGENT', '2026-03-10', 1, { confidence: 'medium' }),
      act('KH-EMERGENCY-CARE', '2026-03-10', 1, { confidence: 'medium' }),
    ],
    ladder: [2, 3],
    ownWords: 'Het scheelde weken dat ik niet in een kliniek zat.',
  },
  {
    caseId: 'VS-06',
    date: '2026-10-23',
    kind: 'no-intervention',
    reasoning: 'Zonder aanpak waren de buren blijven klagen en had de politie vaker moeten komen.',
    interventie: [
      weekly(WIJKTEAM, '2026-02-10', 2, 6),
      act(WI, '2026-02-10', 8),
      event('justitie', '2026-05-01', 'Geen nieuwe meldingen van overlast', 'better'),
    ],
    referentie: [
      act('KH-JUSTICE-DISORDER', '2026-04-01', 2, { confidence: 'low' }),
      act('KH-EMERGENCY-CARE', '2026-06-01', 1, { confidence: 'low' }),
      event('justitie', '2026-04-01', 'Escalatie van burenruzie', 'worse', 'low'),
    ],
    ladder: [2, 3],
    ownWords: 'Er was eindelijk iemand die alles overzag.',
  },
  {
    caseId: 'VS-07',
    date: '2026-10-30',
    kind: 'former-approach',
    reasoning:
      'W&I had een re-integratietraject ingezet zonder rekening te houden met de zorgtaken.',
    interventie: [
      act(WI, '2026-01-20', 16),
      weekly(WIJKTEAM, '2026-01-20', 1, 6),
      act(BIJSTAND, '2026-01-01', 250, { end: '2026-09-07' }),
    ],
    referentie: [
      act(WI, '2026-01-20', 10),
      act(BIJSTAND, '2026-01-01', 365, { end: '2026-12-31' }),
    ],
    ladder: [3, 5],
    ownWords: 'Werk dat past bij mijn gezin, dat had ik nooit gedacht.',
  },
  {
    caseId: 'VS-08',
    date: '2026-11-06',
    kind: 'lighter-approach',
    reasoning: 'Zonder intensieve begeleiding was beschermd wonen de enige optie geweest.',
    interventie: [
      weekly(WIJKTEAM, '2026-01-01', 4, 9),
      act('KH-MHC-SOCIALWORK', '2026-01-01', 12, { payer: 'gemeente-wmo' }),
    ],
    referentie: [
      act('WMO-BW-PGB-ETMAAL', '2026-03-01', 180, { end: '2026-08-27', confidence: 'medium' }),
      act(WIJKTEAM, '2026-01-01', 6),
    ],
    ladder: [1, 2],
    ownWords: 'Ik woon nog steeds in mijn eigen huis.',
  },
  {
    caseId: 'VS-09',
    date: '2026-11-13',
    kind: 'former-approach',
    reasoning: 'Terugval: de aanpak kostte meer en voorkwam de opname niet.',
    interventie: [
      weekly(WIJKTEAM, '2026-02-01', 3, 6),
      act('KH-MHC-NURSINGDAY-PSY-INST', '2026-06-01', 14),
      event('middelengebruik', '2026-05-15', 'Terugval in gebruik', 'worse'),
    ],
    referentie: [
      act(WIJKTEAM, '2026-02-01', 8),
      act('KH-MHC-NURSINGDAY-PSY-INST', '2026-06-01', 14, { confidence: 'high' }),
    ],
    ladder: [2, 2],
    ownWords: 'Het ging mis, maar ik werd niet losgelaten.',
  },
  {
    caseId: 'VS-10',
    date: '2026-11-20',
    kind: 'improved-approach',
    reasoning: 'Vergeleken met een verbeterde reguliere aanpak met één vaste contactpersoon.',
    interventie: [
      weekly(WIJKTEAM, '2026-03-01', 2, 4),
      act(WI, '2026-03-01', 6),
      act(BIJSTAND, '2026-03-01', 120, { end: '2026-06-28' }),
    ],
    referentie: [
      act(WIJKTEAM, '2026-03-01', 10),
      act(WI, '2026-03-01', 8),
      act(BIJSTAND, '2026-03-01', 180, { end: '2026-08-27' }),
    ],
    ladder: [4, 6],
    ownWords: 'Snel en zonder gedoe aan het werk.',
  },
  {
    caseId: 'VS-11',
    measurement: 'T0',
    date: '2026-03-12',
    kind: 'former-approach',
    reasoning: 'Eerste gesprek: verwachting zonder aanpak, nog onzeker.',
    interventie: [weekly(WIJKTEAM, '2026-01-01', 2, 3), act('KH-GP-CONSULT-AVG', '2026-01-01', 3)],
    referentie: [
      act(WIJKTEAM, '2026-01-01', 4),
      act('KH-GP-CONSULT-AVG', '2026-01-01', 6),
      act('KH-EMERGENCY-CARE', '2026-02-15', 1, { confidence: 'low' }),
    ],
    ladder: [2, 2],
    ownWords: 'Het is nog vroeg, maar er is rust.',
  },
  {
    caseId: 'VS-11',
    measurement: 'T1',
    date: '2026-09-10',
    kind: 'former-approach',
    reasoning: 'Tweede gesprek, een half jaar later: de opname die werd verwacht, is uitgebleven.',
    interventie: [weekly(WIJKTEAM, '2026-01-01', 2, 8), act('KH-GP-CONSULT-AVG', '2026-01-01', 5)],
    referentie: [
      act(WIJKTEAM, '2026-01-01', 8),
      act('KH-GP-CONSULT-AVG', '2026-01-01', 10),
      act('KH-MHC-NURSINGDAY-PSY-INST', '2026-05-01', 10, { confidence: 'medium' }),
      act('KH-EMERGENCY-CARE', '2026-02-15', 1, { confidence: 'low' }),
    ],
    ladder: [2, 3],
    ownWords: 'Ik had dit niet alleen gekund.',
  },
  {
    caseId: 'VS-12',
    date: '2026-11-27',
    kind: 'former-approach',
    reasoning: 'In de oude aanpak was de Wmo-aanvraag pas na een val gedaan.',
    interventie: [
      weekly(WIJKTEAM, '2026-02-01', 1, 6),
      act('KH-HOMECARE-HOUSEHOLD', '2026-02-01', 78),
    ],
    referentie: [
      act('KH-HOMECARE-HOUSEHOLD', '2026-05-01', 52),
      act('KH-EMERGENCY-CARE', '2026-04-20', 1, { confidence: 'medium' }),
      act('KH-AMBULANCE-URGENT', '2026-04-20', 1, { confidence: 'medium' }),
      act('KH-NURSINGDAY-INCL-PERSONNEL', '2026-04-20', 4, { confidence: 'medium' }),
    ],
    ladder: [2, 2],
    ownWords: 'Ik voel me veiliger in huis.',
  },
]

/** Fictional ZRM scores that follow the case's own life events: up where it went better. */
function zrmScores(cards: ReadonlyArray<Activity | Event>) {
  const scores = cards.flatMap((c) =>
    c.type === 'event'
      ? [[c.domain, c.direction === 'better' ? { before: 2, after: 4 } : { before: 3, after: 2 }]]
      : [],
  )
  return scores.length === 0 ? {} : { zrm: Object.fromEntries(scores) }
}

/** Fictional trust scores (1–10), higher where the resident climbed the Participatieladder. */
function trustScores([before, after]: [number, number]) {
  const gain = Math.max(0, after - before)
  return {
    self: Math.min(10, 5 + 2 * gain),
    professionals: 7,
    municipality: Math.min(10, 4 + 2 * gain),
  }
}

/**
 * Fictional local tariffs of the demo municipality: the override mechanism, labelled as such,
 * each with the spread of its providers' tariffs as its range (for the sensitivity view).
 */
const LOCAL_TARIFFS: Record<string, { price: number; low: number; high: number }> = {
  [WIJKTEAM]: { price: 7_850, low: 6_500, high: 9_500 },
  [WI]: { price: 8_400, low: 7_000, high: 10_000 },
  'JW-TRAJECT': { price: 1_250_000, low: 800_000, high: 2_000_000 },
}

export const DEMO_CONVERSATIONS: ConversationFileInput = {
  format: 'effectwijzer-table-conversations',
  version: 1,
  project: { name: 'Wijkteam + Werk & Inkomen (Gemeente Voorbeeldstad, fictief)' },
  baseYear: 2024,
  priceList: {
    id: 'voorbeeldstad-2026',
    version: '2026.1',
    items: STARTER_PRICE_LIST.items.map((item) => {
      const tariff = LOCAL_TARIFFS[item.code]
      return tariff === undefined
        ? item
        : {
            ...item,
            priceCents: tariff.price,
            lowCents: tariff.low,
            highCents: tariff.high,
            priceYear: 2024,
            needsLocalTariff: false,
            override: {
              reason: 'Fictief eigen tarief van de demogemeente Voorbeeldstad, 2024 (demo)',
              by: 'Gemeente Voorbeeldstad',
            },
          }
    }),
  },
  cases: SKETCHES.map((s) => ({
    caseId: s.caseId,
    measurement: s.measurement ?? 'T1',
    date: s.date,
    facilitator: 'Gespreksleider Noord (fictief)',
    attendees: [
      { role: 'inwoner', organisation: '—', involvement: 'direct' },
      {
        role: 'wijkteammedewerker',
        organisation: 'Wijkteams Voorbeeldstad',
        involvement: 'direct',
      },
      {
        role: 'consulent W&I',
        organisation: 'Werk & Inkomen Voorbeeldstad',
        involvement: 'direct',
      },
      {
        role: 'beleidsadviseur',
        organisation: 'Gemeente Voorbeeldstad',
        involvement: 'critical-outsider',
      },
    ],
    consent: { participate: true, record: true },
    scenarios: {
      interventie: { cards: s.interventie },
      referentie: { kind: s.kind, reasoning: s.reasoning, cards: s.referentie },
    },
    outcomes: {
      ...zrmScores(s.interventie),
      ladder: { before: s.ladder[0], after: s.ladder[1] },
      trust: trustScores(s.ladder),
      ownWords: s.ownWords,
    },
  })) as ConversationFileInput['cases'],
}
