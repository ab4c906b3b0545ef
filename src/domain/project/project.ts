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

/**
 * One colour per phase, the same on the project page and in the printed report: dark enough
 * for white text on it (contrast at least 4.5:1, WCAG 2.1 AA).
 */
export const MINKMAN_PHASE_COLOURS = {
  design: '#5b4b8a',
  experiment: '#1f6f8b',
  'extension-monitoring': '#2e6b30',
  sustainment: '#154273',
} as const satisfies Record<MinkmanPhase, string>
