import { useTranslation } from 'react-i18next'
import { MINKMAN_PHASES, type MinkmanPhase } from '../../../domain/index.js'

/** Minkman's four phases of a collaboration as a stepper; the current one is marked. */
export function PhaseStepper(props: { phase: MinkmanPhase }) {
  const { t } = useTranslation()
  const current = MINKMAN_PHASES.indexOf(props.phase)
  return (
    <ol className="ew-stepper" aria-label={t('projects.phase')}>
      {MINKMAN_PHASES.map((phase, i) => (
        <li
          key={phase}
          className={`ew-stepper__step ${i < current ? 'ew-stepper__step--done' : ''} ${i === current ? 'ew-stepper__step--current' : ''}`}
          aria-current={i === current ? 'step' : undefined}
        >
          {t(`phases.${phase}`)}
        </li>
      ))}
    </ol>
  )
}
