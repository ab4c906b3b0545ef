import type { Kysely } from 'kysely'
import type { Database, ProjectRow } from '../../db/index.js'
import { type Language, todayInAmsterdam } from '../../domain/index.js'
import {
  activitiesSection,
  capacitySection,
  caseBasedSection,
  conclusionsSection,
  findingsSection,
  methodsSection,
  type PilotReportInput,
  type PilotSection,
  phasesSection,
  type RenderedSection,
  registerBasedSection,
  startfotoSection,
} from '../../report/index.js'
import type { RoleActor } from '../actor.js'
import { capacityOf } from './capacity-routes.js'
import { findingsOverviewOf } from './findings-routes.js'
import { startfotoOf } from './startfoto-routes.js'

/** What a section's own data is gathered from: the request's database, actor, project and time. */
export interface PilotSectionContext {
  readonly db: Kysely<Database>
  readonly actor: RoleActor
  readonly project: ProjectRow
  readonly now: Date
}

/** The capacity monitor's teams, as GET /api/v1/projects/:id/capacity computes them. */
const capacityTeams = async ({ db, actor, project, now }: PilotSectionContext) =>
  (await capacityOf(db, actor, project, todayInAmsterdam(now))).teams

/** A section with how its own data is gathered. */
interface PilotReportPart {
  render(
    context: PilotSectionContext,
    input: PilotReportInput,
    language: Language,
  ): Promise<RenderedSection>
}

/** A section that needs data of its own (a startfoto's answers, the findings), gathered first. */
function withOwnData<Own>(
  section: PilotSection<Own>,
  gather: (context: PilotSectionContext) => Promise<Own>,
): PilotReportPart {
  return {
    render: async (context, input, language) => section(input, language, await gather(context)),
  }
}

/** A section drawn from what every section shares (PilotReportInput) only. */
function shared(section: PilotSection): PilotReportPart {
  return { render: async (_, input, language) => section(input, language, undefined) }
}

/**
 * The pilot report's sections in order: the plain-language conclusions first, the methods
 * appendix last. A new section is one line here.
 */
export const PILOT_REPORT_PARTS: readonly PilotReportPart[] = [
  shared(conclusionsSection),
  shared(activitiesSection),
  withOwnData(capacitySection, capacityTeams),
  shared(phasesSection),
  withOwnData(startfotoSection, ({ db, project }) => startfotoOf(db, project)),
  withOwnData(findingsSection, ({ db, project }) => findingsOverviewOf(db, project.id)),
  shared(caseBasedSection),
  shared(registerBasedSection),
  shared(methodsSection),
]

/** Every section rendered, in order. */
export async function renderPilotSections(
  context: PilotSectionContext,
  input: PilotReportInput,
  language: Language,
): Promise<RenderedSection[]> {
  const sections: RenderedSection[] = []
  for (const part of PILOT_REPORT_PARTS) sections.push(await part.render(context, input, language))
  return sections
}
