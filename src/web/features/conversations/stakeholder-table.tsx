import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { StakeholderCosts } from '../../../domain/index.js'
import { Table, useEuro, useStakeholderName } from '../../ui/index.js'

/** Both scenarios' costs and their difference per stakeholder: who pays, who gains. */
export function StakeholderTable(props: {
  readonly caption: string
  readonly rows: readonly StakeholderCosts[]
  readonly difference?: (row: StakeholderCosts) => ReactNode
  /** "Verschil" alone, where the column is narrow and the figures above explain it. */
  readonly shortHeaders?: boolean
}) {
  const { t } = useTranslation()
  const stakeholder = useStakeholderName()
  const euro = useEuro()
  return (
    <Table
      caption={props.caption}
      rows={props.rows}
      rowKey={(s) => s.stakeholder}
      columns={[
        { header: t('conversation.stakeholder'), cell: (s) => stakeholder(s.stakeholder) },
        { header: t('conversation.interventie'), cell: (s) => euro(s.interventie), numeric: true },
        { header: t('conversation.referentie'), cell: (s) => euro(s.referentie), numeric: true },
        {
          header: t(
            props.shortHeaders ? 'conversation.differenceShort' : 'conversation.difference',
          ),
          numeric: true,
          cell: props.difference ?? ((s) => euro(s.difference)),
        },
      ]}
    />
  )
}
