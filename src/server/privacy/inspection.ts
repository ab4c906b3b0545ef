import type { Kysely } from 'kysely'
import {
  type Database,
  fileClosings,
  findMunicipalityPolicy,
  isRestricted,
  listAuditEntries,
  listRecipients,
  loadRetentionRules,
  readSourceRows,
  researchEnd,
  ruleOf,
} from '../../db/index.js'
import {
  type InspectionPackage,
  PERSON_DATA_SOURCES,
  retentionDueDate,
} from '../../domain/index.js'

/** At most this many audit entries in a package: the newest (a file read daily for years). */
const ACCESS_LOG_LIMIT = 5000

/**
 * The inspection package of one resident (AVG art. 15): a section per person-data source with
 * their rows only, the purpose and legal basis and the retention of each, the recipients, and
 * who viewed or changed their file and when. Other residents never appear: every row is
 * selected by this resident's id, the access log by their pseudonym.
 */
export async function inspectionPackage(
  db: Kysely<Database>,
  input: {
    readonly participantId: string
    readonly municipality: { readonly id: string; readonly name: string }
    readonly now: Date
  },
): Promise<InspectionPackage> {
  const rules = await loadRetentionRules(db, input.municipality.id)
  const [file] = await fileClosings(db, input.municipality.id, input.participantId)
  if (!file) throw new Error(`participant ${input.participantId} is not in this municipality`)
  const fileRule = ruleOf(rules, file.framework)
  const researchRule = ruleOf(rules, 'research')
  const researchDue = retentionDueDate(researchRule, await researchEnd(db, input.participantId))
  const fileDue = retentionDueDate(fileRule, file.closedOn)
  const sections = []
  for (const source of PERSON_DATA_SOURCES) {
    const research = source.retention === 'research'
    const rule = research ? researchRule : fileRule
    sections.push({
      table: source.table,
      title: source.section,
      purpose: source.purpose,
      retention: { ...rule, dueDate: research ? researchDue : fileDue },
      columns: Object.entries(source.columns).map(([name, view]) => ({ name, ...view })),
      rows: await readSourceRows(db, source, input.participantId),
    })
  }
  const pseudonym = sections[0]?.rows[0]?.pseudonym as string
  const { staffNamesInInspection } = await findMunicipalityPolicy(db, input.municipality.id)
  const accessLog = await listAuditEntries(db, {
    municipalityId: input.municipality.id,
    personPseudonym: pseudonym,
    limit: ACCESS_LOG_LIMIT,
  })
  return {
    participant: { id: input.participantId, pseudonym },
    municipality: input.municipality.name,
    generatedAt: input.now.toISOString(),
    restricted: await isRestricted(db, input.participantId, input.now),
    staffNamesShown: staffNamesInInspection,
    sections,
    recipients: await listRecipients(db, input.participantId),
    accessLog: accessLog.map((entry) => ({
      at: entry.at,
      action: entry.action,
      actorRole: entry.actorRole,
      // the municipality's policy decides whether the resident sees names or roles only
      actorName: staffNamesInInspection ? entry.actorName : null,
      organisation: entry.organisationName,
      purpose: entry.purpose,
      allowed: entry.allowed,
    })),
  }
}
