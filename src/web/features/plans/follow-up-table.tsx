import { useTranslation } from 'react-i18next'
import type { FollowUp } from '../../../domain/index.js'
import { Badge, type Column } from '../../ui/index.js'

/** How a check-in stands: its outcome, lapsed, overdue, or still to do. */
export function useFollowUpStatus(): (f: FollowUp) => string {
  const { t } = useTranslation()
  return (f) =>
    f.outcome !== null
      ? t(`plans.outcomeName.${f.outcome}`)
      : f.cancelled
        ? t('plans.cancelled')
        : t('plans.pending')
}

/** The columns both check-in lists show: when, after which outflow, and the overdue flag. */
export function useFollowUpColumns(): Column<FollowUp>[] {
  const { t } = useTranslation()
  return [
    {
      header: t('plans.due'),
      cell: (f) => (
        <>
          {f.dueDate} {f.overdue && <Badge>{t('plans.overdue')}</Badge>}
        </>
      ),
    },
    {
      header: t('plans.ended'),
      cell: (f) => `${t(`plans.outflowName.${f.outflow}`)} ${f.endedOn}`,
    },
  ]
}
