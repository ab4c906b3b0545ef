import { createHmac } from 'node:crypto'
import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  addStartfotoResponse,
  closeStartfotoRound,
  countRateLimitHit,
  type Database,
  findOpenStartfotoRound,
  findStartfotoLink,
  findStartfotoTemplate,
  hasStartfotoResponses,
  listProjectOrganisations,
  listStartfotoRounds,
  openStartfotoRound,
  type ProjectRow,
  renewStartfotoLinks,
  type StartfotoLink,
  saveStartfotoTemplate,
} from '../../db/index.js'
import {
  answerProblems,
  ConflictError,
  compareRounds,
  keptTexts,
  NotFoundError,
  roundResult,
  STARTFOTO_TEMPLATE,
  type StartfotoResponse,
  type StartfotoTemplate,
  startfotoTemplateSchema,
  templateChangeProblems,
  todayInAmsterdam,
  ValidationError,
} from '../../domain/index.js'
import { retryInSeconds } from '../http-errors.js'
import { implement } from '../route.js'
import type { AppServices } from '../services.js'
import { ownProject } from './project-scope.js'
import { tableDownload } from './table-download.js'

const HOUR_MS = 60 * 60 * 1000

const LINK_NOT_FOUND = {
  nl: 'Deze link naar de startfoto bestaat niet (meer). Vraag de pilotleider om de juiste link.',
  en: 'This startfoto link does not exist (any more). Ask the pilot manager for the right link.',
}

const noRound = (number: number) => ({
  nl: `Dit project heeft geen ronde ${number}.`,
  en: `This project has no round ${number}.`,
})

/** The project's questionnaire: its adaptation, or the shipped one. */
async function templateOf(
  db: Kysely<Database>,
  projectId: string,
): Promise<{ template: StartfotoTemplate; adapted: boolean }> {
  const stored = await findStartfotoTemplate(db, projectId)
  return stored
    ? { template: startfotoTemplateSchema.parse(stored.template), adapted: true }
    : { template: STARTFOTO_TEMPLATE, adapted: false }
}

/** Everything the manage page shows, results computed on every read. */
export async function startfotoOf(
  db: Kysely<Database>,
  project: ProjectRow,
): Promise<StartfotoResponse> {
  const { template, adapted } = await templateOf(db, project.id)
  const rounds = (await listStartfotoRounds(db, project.id)).map((round) =>
    roundResult(template, round),
  )
  const [first, ...later] = rounds
  return {
    projectId: project.id,
    template,
    adapted,
    answered: rounds.some((round) => round.total > 0),
    organisations: (await listProjectOrganisations(db, project.id)).map(({ id, name }) => ({
      id,
      name,
    })),
    rounds,
    comparisons: first ? later.map((round) => compareRounds(first, round)) : [],
  }
}

export const startfotoRoute = implement(contract.startfoto.get, {
  handler: async ({ actor, db, params, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    return { status: 200, body: await startfotoOf(db, project) }
  },
})

export const saveStartfotoTemplateRoute = implement(contract.startfoto.saveTemplate, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    const { template } = await templateOf(db, project.id)
    const [refused] = templateChangeProblems(
      template,
      body,
      await hasStartfotoResponses(db, project.id),
    )
    // the first question that may no longer change is named; the others say the same
    if (refused) throw new ConflictError(refused.message)
    await saveStartfotoTemplate(db, {
      projectId: project.id,
      template: body,
      savedAt: services.now(),
      savedBy: actor.userId,
    })
    return { status: 200, body: await startfotoOf(db, project) }
  },
})

export const openStartfotoRoundRoute = implement(contract.startfoto.openRound, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    const open = await findOpenStartfotoRound(db, project.id)
    if (open !== undefined)
      throw new ConflictError({
        nl: `Ronde ${open} staat nog open. Sluit die eerst.`,
        en: `Round ${open} is still open. Close it first.`,
      })
    const partners = await listProjectOrganisations(db, project.id)
    const chosen = body.organisationIds ?? partners.map((partner) => partner.id)
    const nameOf = new Map(partners.map((partner) => [partner.id, partner.name]))
    const strangers = chosen.flatMap((id, i) =>
      nameOf.has(id) ? [] : [{ field: `body.organisationIds.${i}`, id }],
    )
    if (strangers.length > 0 || chosen.length === 0)
      throw new ValidationError(
        strangers.length > 0
          ? strangers.map(({ field }) => ({
              field,
              message: {
                nl: 'is geen partner in dit project',
                en: 'is not a partner in this project',
              },
            }))
          : [
              {
                field: 'body.organisationIds',
                message: {
                  nl: 'het project heeft nog geen partners om een link te geven',
                  en: 'the project has no partners yet to give a link',
                },
              },
            ],
      )
    const openedOn = todayInAmsterdam(services.now())
    const opened = await openStartfotoRound(db, {
      projectId: project.id,
      openedOn,
      organisationIds: [...new Set(chosen)],
    })
    return {
      status: 201,
      body: {
        number: opened.number,
        openedOn,
        links: opened.links.map((link) => ({
          ...link,
          name: nameOf.get(link.organisationId) ?? '',
        })),
      },
    }
  },
})

export const closeStartfotoRoundRoute = implement(contract.startfoto.closeRound, {
  handler: async ({ actor, db, params, services, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    const outcome = await closeStartfotoRound(db, {
      projectId: project.id,
      number: params.number,
      closedOn: todayInAmsterdam(services.now()),
    })
    if (outcome === 'not-found') throw new NotFoundError(noRound(params.number))
    if (outcome === 'already-closed')
      throw new ConflictError({
        nl: `Ronde ${params.number} is al gesloten.`,
        en: `Round ${params.number} is closed already.`,
      })
    return { status: 200, body: await startfotoOf(db, project) }
  },
})

export const exportStartfotoTextsRoute = implement(contract.startfoto.exportTexts, {
  handler: async ({ actor, db, params, query, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    const startfoto = await startfotoOf(db, project)
    const nameOf = new Map(startfoto.organisations.map((o) => [o.id, o.name]))
    const rows = startfoto.rounds.flatMap((round) =>
      round.texts.flatMap((group) =>
        group.answers.map((answer) => [
          String(round.number),
          group.questionId,
          group.text.nl,
          answer.organisationId ? (nameOf.get(answer.organisationId) ?? '') : '',
          answer.theme ?? '',
          answer.text,
        ]),
      ),
    )
    const header = ['round', 'question_id', 'question', 'organisation', 'theme', 'answer']
    return tableDownload([header, ...rows], query.format, {
      file: `startfoto-${project.id.slice(0, 8)}`,
      sheet: 'Open antwoorden',
    })
  },
})

export const renewStartfotoLinksRoute = implement(contract.startfoto.renewLinks, {
  handler: async ({ actor, db, params, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    const renewed = await renewStartfotoLinks(db, { projectId: project.id, number: params.number })
    if (renewed === 'not-found') throw new NotFoundError(noRound(params.number))
    if (renewed === 'closed')
      throw new ConflictError({
        nl: `Ronde ${params.number} is gesloten; die krijgt geen nieuwe links.`,
        en: `Round ${params.number} is closed; it gets no new links.`,
      })
    const nameOf = new Map(
      (await listProjectOrganisations(db, project.id)).map((o) => [o.id, o.name]),
    )
    return {
      status: 201,
      body: {
        number: params.number,
        openedOn: renewed.openedOn,
        links: renewed.links.map((link) => ({
          ...link,
          name: nameOf.get(link.organisationId) ?? '',
        })),
      },
    }
  },
})

async function linkOf(db: Kysely<Database>, token: string): Promise<StartfotoLink> {
  const link = await findStartfotoLink(db, token)
  if (!link) throw new NotFoundError(LINK_NOT_FOUND)
  return link
}

export const startfotoQuestionsRoute = implement(contract.startfoto.questions, {
  handler: async ({ db, params }) => {
    const link = await linkOf(db, params.token)
    return {
      status: 200,
      body: {
        projectName: link.projectName,
        organisationName: link.organisationName,
        round: link.round,
        open: link.open,
        template: (await templateOf(db, link.projectId)).template,
      },
    }
  },
})

/**
 * Counts one answer against the link's hourly limit, outside any transaction so that a
 * refused answer still counts. The key is a keyed hash of the link, never the caller's IP.
 */
async function countAnswer(services: AppServices, link: StartfotoLink): Promise<void> {
  const key = createHmac('sha256', services.pseudonymKey)
    .update(`startfoto-answers\n${link.tokenHash}`)
    .digest('hex')
  const now = services.now()
  const count = await countRateLimitHit(services.db, key, now, HOUR_MS)
  if (count.hits > services.config.startfotoAnswersPerHour)
    throw retryInSeconds(count.windowEndsAt.getTime() - now.getTime())
}

export const startfotoAnswerRoute = implement(contract.startfoto.answer, {
  // the rate-limit count must survive a refusal, so the write makes its own transaction
  transactional: false,
  handler: async ({ db, params, body, services }) => {
    const link = await linkOf(db, params.token)
    if (!link.open)
      throw new ConflictError({
        nl: 'Deze ronde van de startfoto is gesloten; er kunnen geen antwoorden meer bij.',
        en: 'This round of the startfoto is closed; it takes no more answers.',
      })
    await countAnswer(services, link)
    const { template } = await templateOf(db, link.projectId)
    const problems = answerProblems(template, body)
    if (problems.length > 0)
      throw new ValidationError(problems.map((p) => ({ ...p, field: `body.${p.field}` })))
    await db.transaction().execute((trx) =>
      addStartfotoResponse(trx, {
        linkId: link.linkId,
        answeredOn: todayInAmsterdam(services.now()),
        ratings: body.ratings,
        texts: keptTexts(body.texts),
      }),
    )
    return { status: 201, body: { received: true as const } }
  },
})

export const STARTFOTO_ROUTES = [
  startfotoRoute,
  saveStartfotoTemplateRoute,
  exportStartfotoTextsRoute,
  startfotoQuestionsRoute,
  startfotoAnswerRoute,
  openStartfotoRoundRoute,
  renewStartfotoLinksRoute,
  closeStartfotoRoundRoute,
]
