import type { Kysely } from 'kysely'
import {
  addStartfotoResponse,
  closeStartfotoRound,
  findStartfotoLink,
  openStartfotoRound,
} from '../repositories/startfoto-repository.js'
import type { Database } from '../schema.js'

type Partner = 'municipality' | 'workAndIncome' | 'wijkteam'

/**
 * What each partner thinks integrated working is, as mean ratings (1–5) of the shipped
 * statements: the municipality wants one plan, Work & Income means sharing information, the
 * wijkteam wants one director and to act beyond its task — Roermond's finding, made visible.
 */
const VIEWS: Record<Partner, Record<string, number>> = {
  municipality: {
    'one-plan': 4.6,
    'one-director': 3.4,
    'share-information': 2.4,
    'resident-leads': 3.8,
    'beyond-own-task': 3,
    mandate: 4,
    budget: 3.8,
    time: 3,
    'data-sharing': 3.2,
  },
  workAndIncome: {
    'one-plan': 2.8,
    'one-director': 2,
    'share-information': 4.7,
    'resident-leads': 2.2,
    'beyond-own-task': 1.6,
    mandate: 2,
    budget: 2.2,
    time: 2.4,
    'data-sharing': 2,
  },
  wijkteam: {
    'one-plan': 3.8,
    'one-director': 4.6,
    'share-information': 2,
    'resident-leads': 4.7,
    'beyond-own-task': 4.5,
    mandate: 2.2,
    budget: 1.6,
    time: 1.8,
    'data-sharing': 1.6,
  },
}

const TEXTS: Record<Partner, Record<string, readonly string[]>> = {
  municipality: {
    'own-definition': ['Eén plan, één budget, samen verantwoorden.', 'Samen één aanpak per gezin.'],
    needs: ['Heldere afspraken over wie betaalt.'],
    learn: ['Of het de gemeente op termijn geld bespaart.'],
  },
  workAndIncome: {
    'own-definition': ['Elkaar snel informeren over uitkering en werk.', 'Gegevens delen.'],
    needs: ['Duidelijkheid over wat we mogen delen (AVG).'],
    learn: ['Wanneer een inwoner klaar is voor werk.'],
  },
  wijkteam: {
    'own-definition': [
      'De inwoner centraal en één regisseur.',
      'Doen wat nodig is, ook buiten mijn taak.',
    ],
    needs: ['Tijd en een eigen budget om door te pakken.'],
    learn: ['Hoe we de regels kunnen buigen zonder risico.'],
  },
}

/** Round after round the views move a little toward each other (the second round). */
const CONVERGENCE = [0, 0.35] as const

/** Answers per partner per round: at least five, so every partner is shown. */
const RESPONSES: Record<Partner, readonly [number, number]> = {
  municipality: [8, 7],
  workAndIncome: [6, 5],
  wijkteam: [11, 9],
}

/** A deterministic spread of −1, 0 or +1 around a view: the same answers on every load. */
function rating(mean: number, person: number, statement: number, round: number): number {
  const offset = ((person * 7 + statement * 3 + round * 5) % 5) - 2
  const jitter = offset === -2 ? -1 : offset === 2 ? 1 : 0
  return Math.min(5, Math.max(1, Math.round(mean + jitter)))
}

/**
 * The demo pilot's startfoto: a baseline round in January (closed) and a second round in
 * September (open), each answered by the municipality, Work & Income and the wijkteams, who
 * disagree on what integrated working means. Returns the token of the wijkteams' link to the
 * open round (the tokens are random on every load; only their hashes are stored).
 */
export async function seedDemoStartfoto(
  db: Kysely<Database>,
  options: {
    readonly projectId: string
    readonly organisations: Readonly<Record<Partner, string>>
  },
): Promise<string> {
  const partners: Partner[] = ['municipality', 'workAndIncome', 'wijkteam']
  const dates = [
    { opened: '2026-01-12', closed: '2026-02-02' as string | null },
    { opened: '2026-09-07', closed: null },
  ]
  let openToken = ''
  for (const [round, date] of dates.entries()) {
    const opened = await openStartfotoRound(db, {
      projectId: options.projectId,
      openedOn: date.opened,
      organisationIds: partners.map((partner) => options.organisations[partner]),
    })
    for (const [p, partner] of partners.entries()) {
      const token = opened.links[p]?.token ?? ''
      const link = await findStartfotoLink(db, token)
      if (!link) throw new Error('the demo startfoto link was not stored')
      if (partner === 'wijkteam') openToken = token
      const views = Object.entries(VIEWS[partner])
      const responses = RESPONSES[partner][round as 0 | 1]
      for (let person = 0; person < responses; person += 1) {
        const ratings = Object.fromEntries(
          views.map(([id, mean], statement) => {
            const toward = mean + (3.3 - mean) * CONVERGENCE[round as 0 | 1]
            return [id, rating(toward, person + p, statement, round)]
          }),
        )
        const texts = Object.fromEntries(
          Object.entries(TEXTS[partner]).flatMap(([id, pool]) =>
            person < pool.length ? [[id, pool[person] as string]] : [],
          ),
        )
        await addStartfotoResponse(db, {
          linkId: link.linkId,
          answeredOn: date.opened,
          ratings,
          texts,
        })
      }
    }
    if (date.closed)
      await closeStartfotoRound(db, {
        projectId: options.projectId,
        number: opened.number,
        closedOn: date.closed,
      })
  }
  return openToken
}
