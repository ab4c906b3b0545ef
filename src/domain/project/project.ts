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

/** The phases' names, as the web's catalogue has them (src/web/i18n `phases`), for reports. */
export const MINKMAN_PHASE_NAMES = {
  design: { nl: 'Ontwerp', en: 'Design' },
  experiment: { nl: 'Experiment', en: 'Experiment' },
  'extension-monitoring': { nl: 'Uitbreiding en monitoring', en: 'Extension and monitoring' },
  sustainment: { nl: 'Borging', en: 'Sustainment' },
} as const satisfies Record<MinkmanPhase, { nl: string; en: string }>
