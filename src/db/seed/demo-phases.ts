import type { Kysely } from 'kysely'
import type { MinkmanPhase } from '../../domain/index.js'
import {
  addOrganisationPhaseChange,
  tickChecklistItem,
} from '../repositories/project-phase-repository.js'
import type { Database } from '../schema.js'

export interface DemoPhasesOptions {
  readonly projectId: string
  readonly organisations: Readonly<Record<'municipality' | 'workAndIncome' | 'wijkteam', string>>
  readonly pilotManagerId: string
}

type Change = readonly [
  organisation: keyof DemoPhasesOptions['organisations'],
  MinkmanPhase,
  string,
  string,
]

/**
 * The demo pilot's three partners in different phases, as Roermond's were (issue 16): the
 * wijkteam started working cases together in March; Work & Income is still designing, without
 * the mandate to share data; the municipality extends to team Zuid after the first results.
 */
const CHANGES: readonly Change[] = [
  ['wijkteam', 'design', '2026-01-01', 'Werkwijze en rollen samen uitwerken met Werk & Inkomen'],
  ['wijkteam', 'experiment', '2026-03-01', 'De eerste casussen van team Noord samen opgepakt'],
  ['workAndIncome', 'design', '2026-01-01', 'Mandaat om gegevens te delen is nog niet rond'],
  ['municipality', 'experiment', '2026-01-01', 'Pilotbudget en opdracht aan de wijkteams gegeven'],
  [
    'municipality',
    'extension-monitoring',
    '2026-10-01',
    'Na de eerste resultaten uitbreiden naar team Zuid, met afgesproken monitoring',
  ],
]

/** What the pilot manager ticked, and when. */
const TICKS: readonly (readonly [item: string, date: string])[] = [
  ['shared-ambition', '2026-01-15'],
  ['roles-and-tasks', '2026-02-10'],
  ['first-cases', '2026-03-20'],
  ['joint-meetings', '2026-04-02'],
  ['agreed-monitoring', '2026-10-01'],
]

/** Seeds the demo pilot's phase per organisation and its ticked checklist items. */
export async function seedDemoPhases(
  db: Kysely<Database>,
  options: DemoPhasesOptions,
): Promise<void> {
  for (const [organisation, phase, date, reason] of CHANGES)
    await addOrganisationPhaseChange(db, {
      projectId: options.projectId,
      organisationId: options.organisations[organisation],
      phase,
      date,
      reason,
      userId: options.pilotManagerId,
    })
  for (const [item, date] of TICKS)
    await tickChecklistItem(db, {
      projectId: options.projectId,
      item,
      date,
      userId: options.pilotManagerId,
    })
}
