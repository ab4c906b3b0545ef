export type {
  ChecklistEntry,
  ChecklistTickRequest,
  OrganisationPhaseChangeRequest,
  PhaseRow,
  PilotPhasesResponse,
} from './api.js'
export {
  checklistEntrySchema,
  checklistTickRequestSchema,
  organisationPhaseChangeRequestSchema,
  phaseRowSchema,
  pilotPhasesResponseSchema,
} from './api.js'
export type { ChecklistItem } from './checklist.js'
export { checklistFor, checklistItem, PHASE_CHECKLIST } from './checklist.js'
export type { PhaseBand } from './phases.js'
export {
  PHASE_DATE_MESSAGES,
  phaseBands,
  phaseDateProblem,
  quarterStarts,
  timelineSpan,
} from './phases.js'
export type { MinkmanPhase } from './project.js'
export {
  MINKMAN_PHASE_COLOURS,
  MINKMAN_PHASE_NAMES,
  MINKMAN_PHASES,
  minkmanPhaseSchema,
} from './project.js'
