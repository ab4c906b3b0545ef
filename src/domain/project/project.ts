import { z } from 'zod'

/**
 * Minkman's four phases of developing an integrated-care innovation (Minkman, "Developing
 * integrated care", 2012): design, experiment, extension/monitoring, sustainment.
 */
export const MINKMAN_PHASES = [
  'design',
  'experiment',
  'extension-monitoring',
  'sustainment',
] as const

export const minkmanPhaseSchema = z.enum(MINKMAN_PHASES)
export type MinkmanPhase = z.infer<typeof minkmanPhaseSchema>
