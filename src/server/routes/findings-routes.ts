import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  addTheme,
  createFinding,
  createLesson,
  type Database,
  ensureCodeBook,
  findConversationForFinding,
  findFinding,
  findLesson,
  findTheme,
  isProjectPartner,
  listFindings,
  listLessons,
  listThemes,
  mergeTheme,
  removeFinding,
  removeLesson,
  updateFinding,
  updateLesson,
  updateTheme,
} from '../../db/index.js'
import {
  ConflictError,
  type FindingInput,
  findingsCsvRows,
  findingsOverview,
  type LessonInput,
  type LocalisedMessage,
  lessonsByPhase,
  NotFoundError,
  qdeXml,
  qdpxTextPath,
  residentNameProblem,
  residentNameWarnings,
  type Theme,
  ValidationError,
} from '../../domain/index.js'
import { qdpxArchive, toCsv } from '../../files/index.js'
import type { RoleActor } from '../actor.js'
import { type AuditNote, implement } from '../route.js'
import { ownProject } from './project-scope.js'

const problem = (field: string, nl: string, en: string) =>
  new ValidationError([{ field, message: { nl, en } }])

/** The project's code book, the starter themes put in the first time it is asked for. */
async function codeBookOf(db: Kysely<Database>, projectId: string): Promise<Theme[]> {
  await ensureCodeBook(db, projectId)
  return listThemes(db, projectId)
}

async function ownTheme(db: Kysely<Database>, actor: RoleActor, id: string, audit: AuditNote) {
  audit.objectId = id
  const theme = await findTheme(db, actor.municipality.id, id)
  if (!theme) throw new NotFoundError({ nl: 'Thema niet gevonden.', en: 'Theme not found.' })
  return theme
}

const MERGED: LocalisedMessage = {
  nl: 'Dit thema is samengevoegd met een ander en kan niet meer worden gewijzigd.',
  en: 'This theme was merged into another and can no longer be changed.',
}

async function ownFinding(db: Kysely<Database>, actor: RoleActor, id: string, audit: AuditNote) {
  audit.objectId = id
  const finding = await findFinding(db, actor.municipality.id, id)
  if (!finding)
    throw new NotFoundError({ nl: 'Bevinding niet gevonden.', en: 'Finding not found.' })
  if (finding.removed)
    throw new ConflictError({
      nl: 'Deze bevinding is verwijderd.',
      en: 'This finding was removed.',
    })
  return finding
}

async function ownLesson(db: Kysely<Database>, actor: RoleActor, id: string, audit: AuditNote) {
  audit.objectId = id
  const lesson = await findLesson(db, actor.municipality.id, id)
  if (!lesson) throw new NotFoundError({ nl: 'Les niet gevonden.', en: 'Lesson not found.' })
  if (lesson.removed)
    throw new ConflictError({ nl: 'Deze les is verwijderd.', en: 'This lesson was removed.' })
  return lesson
}

/**
 * The rules a finding's parts must meet beyond its shape: themes of this project's code book
 * that are not merged away (a retired one only if the finding already had it), an organisation
 * that is a partner of the project, and a table conversation of this project (another
 * municipality's: 404; another project's: 400). The text may not name the linked resident (or
 * any pseudonym); warnings say when it seems to name someone else.
 */
async function checkFinding(
  db: Kysely<Database>,
  actor: RoleActor,
  projectId: string,
  input: FindingInput,
  audit: AuditNote,
  had: readonly string[] = [],
): Promise<LocalisedMessage[]> {
  const themes = new Map((await codeBookOf(db, projectId)).map((t) => [t.id, t]))
  for (const [i, id] of input.themeIds.entries()) {
    const theme = themes.get(id)
    if (!theme || theme.mergedInto !== null)
      throw problem(
        `body.themeIds[${i}]`,
        'is geen thema van het codeboek van dit project',
        "is not a theme of this project's code book",
      )
    if (theme.retired && !had.includes(id))
      throw problem(
        `body.themeIds[${i}]`,
        `thema "${theme.labelNl}" is buiten gebruik; kies een ander of zet het terug`,
        `theme "${theme.labelEn}" is retired; pick another or bring it back`,
      )
  }
  if (
    input.organisationId !== null &&
    !(await isProjectPartner(db, projectId, input.organisationId))
  )
    throw problem(
      'body.organisationId',
      'is geen partnerorganisatie van dit project',
      'is not a partner organisation of this project',
    )
  const pseudonyms: string[] = []
  if (input.conversationId !== null) {
    const conversation = await findConversationForFinding(
      db,
      actor.municipality.id,
      input.conversationId,
    )
    if (!conversation)
      throw new NotFoundError({
        nl: 'Tafelgesprek niet gevonden (veld conversationId).',
        en: 'Table conversation not found (field conversationId).',
      })
    if (conversation.projectId !== projectId)
      throw problem(
        'body.conversationId',
        'is een tafelgesprek van een ander project',
        'is a table conversation of another project',
      )
    pseudonyms.push(conversation.pseudonym)
    audit.personPseudonym = conversation.pseudonym
  }
  const named = residentNameProblem(input.text, pseudonyms)
  if (named) throw new ValidationError([{ field: 'body.text', message: named }])
  return residentNameWarnings(input.text)
}

export const codeBookRoute = implement(contract.findings.codeBook, {
  handler: async ({ actor, db, params, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    return { status: 200, body: { themes: await codeBookOf(db, project.id) } }
  },
})

export const addThemeRoute = implement(contract.findings.addTheme, {
  handler: async ({ actor, db, params, body, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    const taken = (await codeBookOf(db, project.id)).some(
      (t) => t.mergedInto === null && t.labelNl.toLowerCase() === body.labelNl.toLowerCase(),
    )
    if (taken)
      throw new ConflictError({
        nl: `Het codeboek heeft al een thema "${body.labelNl}".`,
        en: `The code book already has a theme "${body.labelNl}".`,
      })
    return { status: 201, body: await addTheme(db, project.id, body) }
  },
})

export const updateThemeRoute = implement(contract.findings.updateTheme, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    const theme = await ownTheme(db, actor, params.id, audit)
    if (theme.mergedInto !== null) throw new ConflictError(MERGED)
    const retiredAt = body.retired === undefined ? undefined : body.retired ? services.now() : null
    const updated = await updateTheme(db, theme.id, {
      ...(body.labelNl !== undefined ? { labelNl: body.labelNl } : {}),
      ...(body.labelEn !== undefined ? { labelEn: body.labelEn } : {}),
      ...(retiredAt !== undefined ? { retiredAt } : {}),
    })
    return { status: 200, body: updated }
  },
})

export const mergeThemeRoute = implement(contract.findings.mergeTheme, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    const from = await ownTheme(db, actor, params.id, audit)
    if (from.mergedInto !== null) throw new ConflictError(MERGED)
    const into = await findTheme(db, actor.municipality.id, body.into)
    if (!into || into.projectId !== from.projectId || into.id === from.id)
      throw problem(
        'body.into',
        'is geen ander thema van hetzelfde codeboek',
        'is not another theme of the same code book',
      )
    if (into.mergedInto !== null)
      throw problem(
        'body.into',
        'is zelf al samengevoegd met een ander thema',
        'was itself merged into another theme',
      )
    const recoded = await mergeTheme(db, {
      projectId: from.projectId,
      fromId: from.id,
      intoId: into.id,
      at: services.now(),
    })
    const theme = (await listThemes(db, from.projectId)).find((t) => t.id === from.id) as Theme
    return { status: 200, body: { theme, recoded } }
  },
})

export const listFindingsRoute = implement(contract.findings.list, {
  handler: async ({ actor, db, params, query, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    return { status: 200, body: { findings: await listFindings(db, project.id, query) } }
  },
})

/** Each theme with its count, partners, sources and quotes (the page's and the report's). */
export async function findingsOverviewOf(db: Kysely<Database>, projectId: string) {
  return findingsOverview(await listFindings(db, projectId), await codeBookOf(db, projectId))
}

export const findingsOverviewRoute = implement(contract.findings.overview, {
  handler: async ({ actor, db, params, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    return { status: 200, body: await findingsOverviewOf(db, project.id) }
  },
})

export const exportFindingsRoute = implement(contract.findings.export, {
  handler: async ({ actor, db, params, query, services, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    const findings = await listFindings(db, project.id)
    const themes = await codeBookOf(db, project.id)
    const name = `bevindingen-${project.id.slice(0, 8)}`
    if (query.format === 'csv')
      return {
        status: 200,
        body: toCsv(findingsCsvRows(findings, themes)),
        headers: { 'content-disposition': `attachment; filename="${name}.csv"` },
      }
    const qde = qdeXml({
      projectName: project.name,
      themes,
      findings,
      createdAt: services.now(),
      newGuid: randomUUID,
    })
    const sources = findings.map((f) => ({ path: qdpxTextPath(f.id), text: f.text }))
    return {
      status: 200,
      body: Buffer.from(await qdpxArchive(qde, sources)),
      contentType: 'application/zip',
      headers: { 'content-disposition': `attachment; filename="${name}.qdpx"` },
    }
  },
})

export const createFindingRoute = implement(contract.findings.create, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    const warnings = await checkFinding(db, actor, project.id, body, audit)
    const finding = await createFinding(db, {
      projectId: project.id,
      finding: body,
      userId: actor.userId,
      at: services.now(),
    })
    return { status: 201, body: { finding, warnings } }
  },
})

export const updateFindingRoute = implement(contract.findings.update, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    const own = await ownFinding(db, actor, params.id, audit)
    const before = (await listFindings(db, own.projectId)).find((f) => f.id === own.id)
    const warnings = await checkFinding(db, actor, own.projectId, body, audit, before?.themeIds)
    audit.objectId = own.id
    const finding = await updateFinding(db, {
      id: own.id,
      projectId: own.projectId,
      finding: body,
      userId: actor.userId,
      at: services.now(),
    })
    return { status: 200, body: { finding, warnings } }
  },
})

export const removeFindingRoute = implement(contract.findings.remove, {
  handler: async ({ actor, db, params, services, audit }) => {
    const own = await ownFinding(db, actor, params.id, audit)
    await removeFinding(db, { id: own.id, userId: actor.userId, at: services.now() })
    return { status: 204, body: null }
  },
})

/** A lesson's findings must be findings of its project that are still there. */
async function checkLesson(db: Kysely<Database>, projectId: string, input: LessonInput) {
  const ids = new Set((await listFindings(db, projectId)).map((f) => f.id))
  for (const [i, id] of input.findingIds.entries())
    if (!ids.has(id))
      throw problem(
        `body.findingIds[${i}]`,
        'is geen bevinding van dit project',
        'is not a finding of this project',
      )
}

export const lessonsRoute = implement(contract.findings.lessons, {
  handler: async ({ actor, db, params, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    const present = new Set((await listFindings(db, project.id)).map((f) => f.id))
    const lessons = (await listLessons(db, project.id)).map((lesson) => ({
      ...lesson,
      findingIds: lesson.findingIds.filter((id) => present.has(id)),
    }))
    return { status: 200, body: lessonsByPhase(lessons) }
  },
})

export const addLessonRoute = implement(contract.findings.addLesson, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    await checkLesson(db, project.id, body)
    const lesson = await createLesson(db, {
      projectId: project.id,
      lesson: body,
      userId: actor.userId,
      at: services.now(),
    })
    return { status: 201, body: lesson }
  },
})

export const updateLessonRoute = implement(contract.findings.updateLesson, {
  handler: async ({ actor, db, params, body, services, audit }) => {
    const own = await ownLesson(db, actor, params.id, audit)
    await checkLesson(db, own.projectId, body)
    return {
      status: 200,
      body: await updateLesson(db, { id: own.id, lesson: body, at: services.now() }),
    }
  },
})

export const removeLessonRoute = implement(contract.findings.removeLesson, {
  handler: async ({ actor, db, params, services, audit }) => {
    const own = await ownLesson(db, actor, params.id, audit)
    await removeLesson(db, { id: own.id, userId: actor.userId, at: services.now() })
    return { status: 204, body: null }
  },
})

/**
 * In this order on purpose: the authorization test calls every route in turn on one database,
 * so the removals and the merge come after the routes that use the finding and the themes.
 */
export const FINDINGS_ROUTES = [
  codeBookRoute,
  addThemeRoute,
  updateThemeRoute,
  listFindingsRoute,
  findingsOverviewRoute,
  exportFindingsRoute,
  createFindingRoute,
  updateFindingRoute,
  lessonsRoute,
  addLessonRoute,
  updateLessonRoute,
  removeLessonRoute,
  removeFindingRoute,
  mergeThemeRoute,
]
