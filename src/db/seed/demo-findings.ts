import type { Kysely } from 'kysely'
import type { FindingSource, MinkmanPhase } from '../../domain/index.js'
import {
  createFinding,
  createLesson,
  ensureCodeBook,
  listThemes,
} from '../repositories/findings-repository.js'
import type { Database } from '../schema.js'

type Partner = 'municipality' | 'workAndIncome' | 'wijkteam' | 'research'

interface DemoFinding {
  readonly text: string
  readonly source: FindingSource
  readonly date: string
  readonly partner: Partner
  readonly themes: readonly string[]
  /** Index into the tenant's table conversations: a quote from that conversation. */
  readonly conversation?: number
}

/**
 * The demo pilot's coded findings (issue 16), consistent with its story: the consultant of Work
 * & Income in the wijkteam made short lines, partners meant different things by "integrated
 * working", the design phase was skipped, capacity in team Zuid ran short. The quotes are from
 * the demo's table conversations and name no one.
 */
const FINDINGS: readonly DemoFinding[] = [
  {
    text: 'Voor het eerst had ik het gevoel dat ze naast me zaten in plaats van tegenover me.',
    source: 'table-conversation',
    date: '2026-02-10',
    partner: 'wijkteam',
    themes: ['trust', 'relationship'],
    conversation: 0,
  },
  {
    text: 'Sinds de consulent van Werk & Inkomen wekelijks in het wijkteam zit, is een vraag over de uitkering vaak dezelfde dag beantwoord.',
    source: 'interview',
    date: '2026-03-04',
    partner: 'workAndIncome',
    themes: ['short-lines'],
  },
  {
    text: 'Eén vast gezicht, dat maakt het verschil. Ik hoef mijn verhaal niet steeds opnieuw te vertellen.',
    source: 'table-conversation',
    date: '2026-02-17',
    partner: 'wijkteam',
    themes: ['relationship', 'trust'],
    conversation: 1,
  },
  {
    text: 'In het casusoverleg worden schulden, gezondheid en werk nu in één plan besproken in plaats van na elkaar.',
    source: 'case-conference',
    date: '2026-03-19',
    partner: 'wijkteam',
    themes: ['broad-view'],
  },
  {
    text: 'De ontschotte pot wordt minder gebruikt dan verwacht: professionals twijfelen of een uitgave "mag".',
    source: 'interview',
    date: '2026-04-02',
    partner: 'municipality',
    themes: ['budget'],
  },
  {
    text: 'Consulenten zien de Participatieladder als doel; wijkcoaches zien eerst stabiliteit. Dat botst bij het opstellen van doelen.',
    source: 'interview',
    date: '2026-03-05',
    partner: 'workAndIncome',
    themes: ['participation-perspective', 'language'],
  },
  {
    text: 'Tafelgesprekken duren vaker drie uur dan twee; de planning van de wijkcoaches loopt daardoor uit.',
    source: 'observation',
    date: '2026-04-14',
    partner: 'wijkteam',
    themes: ['time'],
  },
  {
    text: 'Ik wil eerst mijn schulden op orde, dan pas denken aan werk.',
    source: 'table-conversation',
    date: '2026-03-03',
    partner: 'wijkteam',
    themes: ['participation-perspective'],
    conversation: 2,
  },
  {
    text: 'Partners bedoelen verschillende dingen met "integraal werken": samen één plan maken, of elkaar sneller doorverwijzen.',
    source: 'interview',
    date: '2026-01-28',
    partner: 'research',
    themes: ['language', 'broad-view'],
  },
  {
    text: 'Acties uit het casusoverleg bleven liggen als niemand eigenaar was; sinds elk besluit een eigenaar krijgt, gebeurt dat minder.',
    source: 'case-conference',
    date: '2026-05-07',
    partner: 'workAndIncome',
    themes: ['follow-up'],
  },
  {
    text: 'Het verloop in team Zuid (twee vacatures sinds mei) maakt dat huishoudens een nieuwe regisseur krijgen.',
    source: 'document',
    date: '2026-06-30',
    partner: 'municipality',
    themes: ['capacity', 'relationship'],
  },
  {
    text: 'Ze belden na een maand zelf op om te vragen hoe het ging. Dat had ik niet verwacht.',
    source: 'table-conversation',
    date: '2026-05-12',
    partner: 'wijkteam',
    themes: ['follow-up', 'trust'],
    conversation: 3,
  },
  {
    text: 'Met 28 huishoudens per fte is er geen ruimte voor het tweede tafelgesprek na een half jaar.',
    source: 'interview',
    date: '2026-06-11',
    partner: 'wijkteam',
    themes: ['capacity', 'time'],
  },
  {
    text: 'Inwoners vertellen meer sinds ze weten dat de consulent niet meteen gaat handhaven.',
    source: 'interview',
    date: '2026-04-22',
    partner: 'workAndIncome',
    themes: ['trust'],
  },
  {
    text: 'In de tafelgesprekken gebruiken professionals woorden als "trede" en "ZRM" die inwoners niet kennen.',
    source: 'observation',
    date: '2026-03-26',
    partner: 'research',
    themes: ['language'],
  },
  {
    text: 'Die formulieren snap ik niet, maar samen invullen lukte wel.',
    source: 'table-conversation',
    date: '2026-04-07',
    partner: 'wijkteam',
    themes: ['language', 'relationship'],
    conversation: 4,
  },
  {
    text: 'De vraag "mag ik dit delen?" kost in het overleg veel tijd; een vaste privacyjurist aan tafel hielp.',
    source: 'case-conference',
    date: '2026-05-21',
    partner: 'municipality',
    themes: ['short-lines', 'time'],
  },
  {
    text: 'Wijkcoaches zien het hele huishouden, consulenten het dossier van één aanvrager; samen zien ze meer.',
    source: 'interview',
    date: '2026-02-25',
    partner: 'wijkteam',
    themes: ['broad-view', 'relationship'],
  },
  {
    text: 'Dat de huur in één keer betaald werd, gaf rust. Daarna kon ik pas nadenken over werk.',
    source: 'table-conversation',
    date: '2026-06-02',
    partner: 'wijkteam',
    themes: ['budget', 'participation-perspective'],
    conversation: 5,
  },
  {
    text: 'Na afsluiting komt bij een op de vier huishoudens binnen zes maanden een nieuwe vraag; terugval wordt nog niet vast gevolgd.',
    source: 'document',
    date: '2026-09-15',
    partner: 'research',
    themes: ['follow-up'],
  },
]

/** Two lessons per phase for the first two phases, each resting on findings (by index). */
const LESSONS: readonly {
  readonly phase: MinkmanPhase
  readonly kind: 'lesson' | 'recommendation'
  readonly text: string
  readonly findings: readonly number[]
}[] = [
  {
    phase: 'design',
    kind: 'lesson',
    text: 'De ontwerpfase is overgeslagen: er was geen gedeelde definitie van integraal werken, en dat kwam in de uitvoering terug bij het stellen van doelen.',
    findings: [8, 5],
  },
  {
    phase: 'design',
    kind: 'recommendation',
    text: 'Maak in de ontwerpfase samen een startfoto en leg vast wat de partners onder integraal werken verstaan.',
    findings: [8],
  },
  {
    phase: 'experiment',
    kind: 'lesson',
    text: 'Korte lijnen ontstonden waar een consulent vast in het wijkteam zat, niet door afspraken op papier.',
    findings: [1, 16],
  },
  {
    phase: 'experiment',
    kind: 'recommendation',
    text: 'Geef elke actie uit het casusoverleg een eigenaar en een datum, en volg huishoudens na afsluiting actief op.',
    findings: [9, 19],
  },
]

export interface DemoFindings {
  /** The first finding: a quote from the tenant's first table conversation. */
  readonly findingId: string
  /** Two themes of the code book (time and trust). */
  readonly themeIds: readonly [string, string]
  readonly lessonId: string
}

/**
 * The demo pilot's code book and coded findings with lessons (the whole set when `full`, else
 * the first two findings and one lesson: enough for the second tenant's examples).
 */
export async function seedDemoFindings(
  db: Kysely<Database>,
  options: {
    readonly projectId: string
    readonly organisations: Readonly<Record<Partner, string>>
    readonly conversationIds: readonly string[]
    readonly researcherId: string
    readonly full: boolean
  },
): Promise<DemoFindings> {
  await ensureCodeBook(db, options.projectId)
  const themes = new Map((await listThemes(db, options.projectId)).map((t) => [t.key, t.id]))
  const themeId = (key: string) => themes.get(key) as string
  const findingIds: string[] = []
  for (const demo of options.full ? FINDINGS : FINDINGS.slice(0, 2)) {
    const conversationId =
      demo.conversation === undefined
        ? null
        : (options.conversationIds[demo.conversation % options.conversationIds.length] ?? null)
    const finding = await createFinding(db, {
      projectId: options.projectId,
      finding: {
        text: demo.text,
        source: demo.source,
        date: demo.date,
        organisationId: options.organisations[demo.partner],
        themeIds: demo.themes.map(themeId),
        quote: demo.conversation !== undefined,
        conversationId,
      },
      userId: options.researcherId,
      at: new Date(`${demo.date}T15:00:00Z`),
    })
    findingIds.push(finding.id)
  }
  const lessonIds: string[] = []
  for (const demo of options.full ? LESSONS : LESSONS.slice(0, 1)) {
    const lesson = await createLesson(db, {
      projectId: options.projectId,
      lesson: {
        phase: demo.phase,
        kind: demo.kind,
        text: demo.text,
        findingIds: demo.findings.flatMap((i) => findingIds[i] ?? []),
      },
      userId: options.researcherId,
      at: new Date('2026-10-01T10:00:00Z'),
    })
    lessonIds.push(lesson.id)
  }
  return {
    findingId: findingIds[0] as string,
    themeIds: [themeId('time'), themeId('trust')],
    lessonId: lessonIds[0] as string,
  }
}
