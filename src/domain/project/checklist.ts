import type { LocalisedMessage } from '../errors.js'
import type { MinkmanPhase } from './project.js'

/** One thing the literature expects of a pilot in a phase, with where that expectation comes from. */
export interface ChecklistItem {
  /** Stable id, stored with a tick (project_checklist_items.item). */
  readonly id: string
  readonly phase: MinkmanPhase
  readonly text: LocalisedMessage
  readonly source: string
}

// Sources, cited per item:
// - MINKMAN: M.M.N. Minkman, "Developing integrated care. Towards a development model for
//   integrated care" (2012; as applied in the process evaluations of 2017): four phases
//   (initiative and design; experiment and execution; expansion and monitoring; consolidation and
//   transformation) and nine clusters of elements, among them shared ambition and commitment,
//   roles and tasks, interprofessional teamwork, performance management and result-focused
//   learning.
// - ISSUE16: issue 16 of this project, after the Roermond process evaluation: a shared definition
//   and a startfoto in the design phase, agreed monitoring in the third.
const MINKMAN = 'Minkman, Developing integrated care (development model, 2012/2017)'
const ISSUE16 = 'Effectwijzer issue 16, after the Roermond process evaluation; Minkman 2017'

const item = (
  phase: MinkmanPhase,
  id: string,
  source: string,
  nl: string,
  en: string,
): ChecklistItem => ({ id, phase, source, text: { nl, en } })

/** The shipped checklist: per Minkman phase what a pilot in that phase is expected to have. */
export const PHASE_CHECKLIST: readonly ChecklistItem[] = [
  item(
    'design',
    'shared-definition',
    ISSUE16,
    'De partners hebben samen vastgelegd wat zij onder integraal werken verstaan',
    'The partners have written down together what they mean by integrated working',
  ),
  item(
    'design',
    'startfoto',
    ISSUE16,
    'Er is een startfoto gemaakt bij alle partners, vóór de samenwerking begint',
    'A startfoto was taken with every partner before the collaboration began',
  ),
  item(
    'design',
    'shared-ambition',
    `${MINKMAN}: shared ambition and commitment`,
    'Doel en doelgroep zijn gedeeld en elke partner heeft zich eraan verbonden',
    'Goal and target group are shared and every partner has committed to them',
  ),
  item(
    'design',
    'roles-and-tasks',
    `${MINKMAN}: roles and tasks`,
    'Rollen, taken en mandaat van elke partner zijn afgesproken',
    "Each partner's roles, tasks and mandate are agreed",
  ),
  item(
    'experiment',
    'first-cases',
    `${MINKMAN}: experiment and execution`,
    'De eerste casussen zijn samen opgepakt volgens de afgesproken werkwijze',
    'The first cases were taken up together in the agreed way of working',
  ),
  item(
    'experiment',
    'joint-meetings',
    `${MINKMAN}: interprofessional teamwork`,
    'Er is een vast casuïstiekoverleg met de partners aan tafel',
    'There is a regular case conference with the partners at the table',
  ),
  item(
    'experiment',
    'learning-loop',
    `${MINKMAN}: result-focused learning`,
    'Ervaringen worden verzameld en de werkwijze is daarop bijgesteld',
    'Experiences are collected and the way of working has been adjusted to them',
  ),
  item(
    'extension-monitoring',
    'agreed-monitoring',
    ISSUE16,
    'De partners hebben afgesproken wat zij monitoren, hoe vaak en wie',
    'The partners have agreed what they monitor, how often and who does it',
  ),
  item(
    'extension-monitoring',
    'results-measured',
    `${MINKMAN}: performance management`,
    'Resultaten zijn gemeten tegen de doelen (effectanalyse, business case of MKBA)',
    'Results were measured against the goals (effect analysis, business case or MKBA)',
  ),
  item(
    'extension-monitoring',
    'extension-decision',
    `${MINKMAN}: expansion and monitoring`,
    'Over uitbreiding naar meer teams of wijken is besloten op grond van die resultaten',
    'Extension to more teams or districts was decided on those results',
  ),
  item(
    'sustainment',
    'structural-funding',
    `${MINKMAN}: consolidation and transformation`,
    'De financiering is structureel geregeld, niet meer als pilot',
    'Funding is arranged structurally, no longer as a pilot',
  ),
  item(
    'sustainment',
    'embedded',
    `${MINKMAN}: consolidation and transformation`,
    'De werkwijze is opgenomen in de gewone processen van elke partner',
    "The way of working is part of each partner's regular processes",
  ),
  item(
    'sustainment',
    'keeps-learning',
    `${MINKMAN}: result-focused learning`,
    'Er is een vaste cyclus om te blijven evalueren en bij te stellen',
    'There is a standing cycle of evaluating and adjusting',
  ),
]

/**
 * The shipped item with this id, or undefined for an id the checklist does not have.
 * @example
 * ```ts
 * checklistItem('startfoto')?.phase // → 'design'
 * checklistItem('no-such-item') // → undefined
 * ```
 */
export function checklistItem(id: string): ChecklistItem | undefined {
  return PHASE_CHECKLIST.find((i) => i.id === id)
}

/**
 * The checklist of one phase, in the shipped order.
 * @example
 * ```ts
 * checklistFor('extension-monitoring').map((i) => i.id)
 * // → ['agreed-monitoring', 'results-measured', 'extension-decision']
 * ```
 */
export function checklistFor(phase: MinkmanPhase): ChecklistItem[] {
  return PHASE_CHECKLIST.filter((i) => i.phase === phase)
}
