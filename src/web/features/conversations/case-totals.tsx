import { useTranslation } from 'react-i18next'
import type { CaseResult } from '../../../domain/index.js'
import { Alert, useEuro } from '../../ui/index.js'
import { StakeholderTable } from './stakeholder-table.js'

/**
 * Running totals of the case, recomputed on every card change: each scenario's cost, the
 * difference, and per stakeholder who pays and who gains (the wrong pocket), as bars.
 */
export function CaseTotals(props: { readonly result: CaseResult; readonly baseYear: number }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const euro = useEuro()
  const r = props.result
  const widest = Math.max(1, ...r.perStakeholder.map((s) => Math.abs(s.difference)))
  return (
    <section className="ew-results ew-case-totals" aria-labelledby="case-totals">
      <h2 className="utrecht-heading-3" id="case-totals">
        {t('conversation.totals', { year: props.baseYear })}
      </h2>
      <dl className="ew-figures" aria-live="polite" data-testid="case-totals">
        <div>
          <dt>{t('conversation.interventie')}</dt>
          <dd data-testid="total-interventie">{euro(r.interventie)}</dd>
        </div>
        <div>
          <dt>{t('conversation.referentie')}</dt>
          <dd data-testid="total-referentie">{euro(r.referentie)}</dd>
        </div>
        <div>
          <dt>{t('conversation.difference')}</dt>
          <dd data-testid="total-difference">
            <strong>{euro(r.difference)}</strong>{' '}
            {r.difference >= 0 ? t('conversation.saves') : t('conversation.costsMore')}
          </dd>
        </div>
      </dl>
      <StakeholderTable
        caption={t('conversation.perStakeholder')}
        rows={r.perStakeholder}
        shortHeaders
        difference={(s) => (
          <span className="ew-diff">
            <span
              aria-hidden="true"
              className={`ew-diff__bar ew-diff__bar--${s.difference >= 0 ? 'gain' : 'loss'}`}
              style={{ width: `${(Math.abs(s.difference) / widest) * 2.5}rem` }}
            />
            {euro(s.difference)}
          </span>
        )}
      />
      {r.warningDetails.length > 0 && (
        <Alert type="warning">
          <ul>
            {r.warningDetails.map((w) => (
              <li key={`${w.scenario}-${w.card}`}>
                {t('conversation.cardLeftOut', {
                  scenario: t(`conversation.${w.scenario}`),
                  reason: w.message[language],
                })}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </section>
  )
}
