export type { PilotAssessment, PilotGroupSizes } from './assess.js'
export { assessPilotDesign } from './assess.js'
export type { PilotDesign, PilotDesignInput, PilotOutcome } from './design.js'
export { PILOT_DESIGN_MESSAGES, PILOT_OUTCOMES, pilotDesignSchema } from './design.js'
