import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import {
  type Finding,
  type FindingFilter,
  type FindingInput,
  type Lesson,
  type LessonInput,
  type MinkmanPhase,
  STARTER_THEMES,
  type Theme,
  type ThemeInput,
} from '../../domain/index.js'
import type { Database } from '../schema.js'

/**
 * Puts the starter themes into a project's code book if they are not there yet (by key: a
 * renamed, retired or merged starter theme stays as it is). Rows are never deleted, so this is
 * idempotent, and a starter theme added in a later release appears in older projects too.
 */
export async function ensureCodeBook(db: Kysely<Database>, projectId: string): Promise<void> {
  await db
    .insertInto('finding_themes')
    .values(
      STARTER_THEMES.map((theme, position) => ({
        id: randomUUID(),
        project_id: projectId,
        key: theme.key,
        label_nl: theme.nl,
        label_en: theme.en,
        position,
      })),
    )
    .onConflict((oc) => oc.columns(['project_id', 'key']).doNothing())
    .execute()
}

const THEME_COLUMNS = [
  'finding_themes.id',
  'finding_themes.key',
  'finding_themes.label_nl',
  'finding_themes.label_en',
  'finding_themes.retired_at',
  'finding_themes.merged_into',
] as const

type ThemeRow = {
  id: string
  key: string | null
  label_nl: string
  label_en: string
  retired_at: Date | null
  merged_into: string | null
}

function theme(row: ThemeRow): Theme {
  return {
    id: row.id,
    key: row.key,
    labelNl: row.label_nl,
    labelEn: row.label_en,
    retired: row.retired_at !== null,
    mergedInto: row.merged_into,
  }
}

/** The project's code book in its order (starter themes first, then added ones). */
export async function listThemes(db: Kysely<Database>, projectId: string): Promise<Theme[]> {
  const rows = await db
    .selectFrom('finding_themes')
    .select(THEME_COLUMNS)
    .where('project_id', '=', projectId)
    .orderBy('position')
    .orderBy('created_at')
    .execute()
  return rows.map(theme)
}

/** A theme with its project, if it is in the municipality's projects. */
export async function findTheme(
  db: Kysely<Database>,
  municipalityId: string,
  id: string,
): Promise<(Theme & { projectId: string }) | undefined> {
  const row = await db
    .selectFrom('finding_themes')
    .innerJoin('projects', 'projects.id', 'finding_themes.project_id')
    .select([...THEME_COLUMNS, 'finding_themes.project_id'])
    .where('finding_themes.id', '=', id)
    .where('projects.municipality_id', '=', municipalityId)
    .executeTakeFirst()
  return row && { ...theme(row), projectId: row.project_id }
}

export async function addTheme(
  db: Kysely<Database>,
  projectId: string,
  input: ThemeInput,
): Promise<Theme> {
  const last = await db
    .selectFrom('finding_themes')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('project_id', '=', projectId)
    .executeTakeFirst()
  const row = await db
    .insertInto('finding_themes')
    .values({
      id: randomUUID(),
      project_id: projectId,
      key: null,
      label_nl: input.labelNl,
      label_en: input.labelEn,
      position: Number(last?.position ?? -1) + 1,
    })
    .returning(THEME_COLUMNS)
    .executeTakeFirstOrThrow()
  return theme(row)
}

/** Renames a theme, or retires it (now) or brings it back. */
export async function updateTheme(
  db: Kysely<Database>,
  id: string,
  change: { labelNl?: string; labelEn?: string; retiredAt?: Date | null },
): Promise<Theme> {
  const row = await db
    .updateTable('finding_themes')
    .set({
      ...(change.labelNl !== undefined ? { label_nl: change.labelNl } : {}),
      ...(change.labelEn !== undefined ? { label_en: change.labelEn } : {}),
      ...(change.retiredAt !== undefined ? { retired_at: change.retiredAt } : {}),
    })
    .where('id', '=', id)
    .returning(THEME_COLUMNS)
    .executeTakeFirstOrThrow()
  return theme(row)
}

/**
 * Merges a theme into another of the same project: every finding coded with `fromId` is
 * recoded with `intoId` (once, also when it had both), and `fromId` is retired pointing at
 * `intoId`. Returns how many findings were recoded. Run it in one transaction.
 */
export async function mergeTheme(
  db: Kysely<Database>,
  input: { projectId: string; fromId: string; intoId: string; at: Date },
): Promise<number> {
  const coded = (await listFindingRows(db, input.projectId)).filter((f) =>
    f.theme_ids.includes(input.fromId),
  )
  for (const finding of coded) {
    const recoded = [
      ...new Set(finding.theme_ids.map((id) => (id === input.fromId ? input.intoId : id))),
    ]
    await db
      .updateTable('findings')
      .set({ theme_ids: JSON.stringify(recoded) })
      .where('id', '=', finding.id)
      .execute()
  }
  await db
    .updateTable('finding_themes')
    .set({ merged_into: input.intoId, retired_at: input.at })
    .where('id', '=', input.fromId)
    .execute()
  return coded.length
}

function listFindingRows(db: Kysely<Database>, projectId: string) {
  return db
    .selectFrom('findings')
    .leftJoin('organisations', 'organisations.id', 'findings.organisation_id')
    .select([
      'findings.id',
      'findings.project_id',
      'findings.text',
      'findings.source',
      'findings.date',
      'findings.organisation_id',
      'organisations.name as organisation_name',
      'findings.theme_ids',
      'findings.quote',
      'findings.conversation_id',
      'findings.created_at',
    ])
    .where('findings.project_id', '=', projectId)
    .where('findings.removed_at', 'is', null)
    .orderBy('findings.date', 'desc')
    .orderBy('findings.created_at', 'desc')
    .execute()
}

type FindingRow = Awaited<ReturnType<typeof listFindingRows>>[number]

function finding(row: FindingRow): Finding {
  return {
    id: row.id,
    projectId: row.project_id,
    text: row.text,
    source: row.source as Finding['source'],
    date: row.date,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    themeIds: row.theme_ids,
    quote: row.quote,
    conversationId: row.conversation_id,
    createdAt: row.created_at.toISOString(),
  }
}

/** The project's findings, newest first, filtered by theme, organisation and kind of source. */
export async function listFindings(
  db: Kysely<Database>,
  projectId: string,
  filter: FindingFilter = {},
): Promise<Finding[]> {
  return (await listFindingRows(db, projectId))
    .map(finding)
    .filter(
      (f) =>
        (filter.theme === undefined || f.themeIds.includes(filter.theme)) &&
        (filter.organisation === undefined || f.organisationId === filter.organisation) &&
        (filter.source === undefined || f.source === filter.source),
    )
}

/** A finding of the municipality's projects (also a removed one, so a second removal is told). */
export async function findFinding(
  db: Kysely<Database>,
  municipalityId: string,
  id: string,
): Promise<{ id: string; projectId: string; removed: boolean } | undefined> {
  const row = await db
    .selectFrom('findings')
    .innerJoin('projects', 'projects.id', 'findings.project_id')
    .select(['findings.id', 'findings.project_id', 'findings.removed_at'])
    .where('findings.id', '=', id)
    .where('projects.municipality_id', '=', municipalityId)
    .executeTakeFirst()
  return row && { id: row.id, projectId: row.project_id, removed: row.removed_at !== null }
}

async function readFinding(db: Kysely<Database>, projectId: string, id: string): Promise<Finding> {
  const row = (await listFindingRows(db, projectId)).find((f) => f.id === id)
  if (!row) throw new Error(`finding ${id} vanished in its own transaction`)
  return finding(row)
}

function findingValues(input: FindingInput) {
  return {
    text: input.text,
    source: input.source,
    date: input.date,
    organisation_id: input.organisationId,
    theme_ids: JSON.stringify(input.themeIds),
    quote: input.quote,
    conversation_id: input.conversationId,
  }
}

export async function createFinding(
  db: Kysely<Database>,
  input: { projectId: string; finding: FindingInput; userId: string; at: Date },
): Promise<Finding> {
  const id = randomUUID()
  await db
    .insertInto('findings')
    .values({
      id,
      project_id: input.projectId,
      ...findingValues(input.finding),
      created_by: input.userId,
      created_at: input.at,
      updated_at: input.at,
    })
    .execute()
  return readFinding(db, input.projectId, id)
}

export async function updateFinding(
  db: Kysely<Database>,
  input: { id: string; projectId: string; finding: FindingInput; userId: string; at: Date },
): Promise<Finding> {
  await db
    .updateTable('findings')
    .set({ ...findingValues(input.finding), updated_by: input.userId, updated_at: input.at })
    .where('id', '=', input.id)
    .execute()
  return readFinding(db, input.projectId, input.id)
}

/** Removes a finding: its text, codes and link go; the row says who removed it and when. */
export async function removeFinding(
  db: Kysely<Database>,
  input: { id: string; userId: string; at: Date },
): Promise<void> {
  await db
    .updateTable('findings')
    .set({
      text: '',
      theme_ids: '[]',
      conversation_id: null,
      quote: false,
      removed_by: input.userId,
      removed_at: input.at,
    })
    .where('id', '=', input.id)
    .execute()
}

/**
 * A table conversation a finding may link: in the municipality (else undefined), with its
 * project and the participant's pseudonym (for the name check). Archived ones are not offered.
 */
export async function findConversationForFinding(
  db: Kysely<Database>,
  municipalityId: string,
  conversationId: string,
): Promise<{ projectId: string; pseudonym: string } | undefined> {
  return db
    .selectFrom('conversations')
    .innerJoin('participants', 'participants.id', 'conversations.participant_id')
    .select(['conversations.project_id as projectId', 'participants.pseudonym'])
    .where('conversations.id', '=', conversationId)
    .where('participants.municipality_id', '=', municipalityId)
    .where('conversations.archived_at', 'is', null)
    .executeTakeFirst()
}

/** Whether an organisation is one of the project's partners. */
export async function isProjectPartner(
  db: Kysely<Database>,
  projectId: string,
  organisationId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('project_organisations')
    .select('organisation_id')
    .where('project_id', '=', projectId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst()
  return row !== undefined
}

const LESSON_COLUMNS = ['id', 'phase', 'kind', 'text', 'finding_ids'] as const

function lesson(row: {
  id: string
  phase: string
  kind: string
  text: string
  finding_ids: string[]
}): Lesson {
  return {
    id: row.id,
    phase: row.phase as MinkmanPhase,
    kind: row.kind as Lesson['kind'],
    text: row.text,
    findingIds: row.finding_ids,
  }
}

/** The project's lessons in the order they were written. */
export async function listLessons(db: Kysely<Database>, projectId: string): Promise<Lesson[]> {
  const rows = await db
    .selectFrom('finding_lessons')
    .select(LESSON_COLUMNS)
    .where('project_id', '=', projectId)
    .where('removed_at', 'is', null)
    .orderBy('created_at')
    .execute()
  return rows.map(lesson)
}

export async function findLesson(
  db: Kysely<Database>,
  municipalityId: string,
  id: string,
): Promise<{ id: string; projectId: string; removed: boolean } | undefined> {
  const row = await db
    .selectFrom('finding_lessons')
    .innerJoin('projects', 'projects.id', 'finding_lessons.project_id')
    .select(['finding_lessons.id', 'finding_lessons.project_id', 'finding_lessons.removed_at'])
    .where('finding_lessons.id', '=', id)
    .where('projects.municipality_id', '=', municipalityId)
    .executeTakeFirst()
  return row && { id: row.id, projectId: row.project_id, removed: row.removed_at !== null }
}

function lessonValues(input: LessonInput) {
  return {
    phase: input.phase,
    kind: input.kind,
    text: input.text,
    finding_ids: JSON.stringify(input.findingIds),
  }
}

export async function createLesson(
  db: Kysely<Database>,
  input: { projectId: string; lesson: LessonInput; userId: string; at: Date },
): Promise<Lesson> {
  const row = await db
    .insertInto('finding_lessons')
    .values({
      id: randomUUID(),
      project_id: input.projectId,
      ...lessonValues(input.lesson),
      created_by: input.userId,
      created_at: input.at,
      updated_at: input.at,
    })
    .returning(LESSON_COLUMNS)
    .executeTakeFirstOrThrow()
  return lesson(row)
}

export async function updateLesson(
  db: Kysely<Database>,
  input: { id: string; lesson: LessonInput; at: Date },
): Promise<Lesson> {
  const row = await db
    .updateTable('finding_lessons')
    .set({ ...lessonValues(input.lesson), updated_at: input.at })
    .where('id', '=', input.id)
    .returning(LESSON_COLUMNS)
    .executeTakeFirstOrThrow()
  return lesson(row)
}

export async function removeLesson(
  db: Kysely<Database>,
  input: { id: string; userId: string; at: Date },
): Promise<void> {
  await db
    .updateTable('finding_lessons')
    .set({ text: '', finding_ids: '[]', removed_by: input.userId, removed_at: input.at })
    .where('id', '=', input.id)
    .execute()
}
