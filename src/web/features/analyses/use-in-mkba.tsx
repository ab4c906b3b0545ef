import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { callRoute } from '../../api/call-route.js'
import { Link } from '../../app/router.js'
import {
  Alert,
  Button,
  Heading,
  IssueList,
  NumberField,
  Paragraph,
  SelectField,
  useStakeholderName,
} from '../../ui/index.js'
import type { OutcomeView } from './results-view.js'

/**
 * *Gebruik in MKBA*: one outcome's estimate and standard error into the project's MKBA model as
 * a quantity with its uncertainty (the server adds it with the engine's effect distribution).
 */
export function UseInMkba(props: {
  analysisId: string
  projectId: string
  outcomes: readonly OutcomeView[]
  pilotSize: number | undefined
}) {
  const { t } = useTranslation()
  const stakeholderName = useStakeholderName()
  const client = useQueryClient()
  const usable = props.outcomes.filter((o) => o.estimate !== null && o.se !== null)
  const [outcome, setOutcome] = useState(
    usable.find((o) => o.type === 'binary')?.name ?? usable[0]?.name ?? '',
  )
  const [multiplier, setMultiplier] = useState<number | undefined>(props.pilotSize)
  const [unitValue, setUnitValue] = useState<number | undefined>()
  const [kind, setKind] = useState<'benefit' | 'cost'>('benefit')
  const [stakeholder, setStakeholder] = useState('')
  const model = useQuery({
    queryKey: ['mkba', props.projectId],
    queryFn: () => callRoute(contract.mkba.get, { params: { id: props.projectId } }),
  })
  const stakeholders = model.data?.model?.stakeholders ?? []
  const add = useMutation({
    mutationFn: () =>
      callRoute(contract.analyses.useInMkba, {
        params: { id: props.analysisId },
        body: {
          outcome,
          multiplier: multiplier ?? 1,
          unitValue: unitValue ?? 0,
          kind,
          ...(stakeholder ? { stakeholder } : {}),
        },
      }),
    onSuccess: (saved) => client.setQueryData(['mkba', props.projectId], saved),
  })
  return (
    <section aria-labelledby="use-in-mkba">
      <Heading level={2} id="use-in-mkba">
        {t('analyses.useInMkba')}
      </Heading>
      <Paragraph>{t('analyses.useInMkbaHelp')}</Paragraph>
      {model.data && model.data.model === null ? (
        <Alert type="info">{t('analyses.noMkba')}</Alert>
      ) : (
        <>
          <div className="ew-form-row">
            <SelectField
              label={t('analyses.mkbaOutcome')}
              options={usable.map((o) => ({ value: o.name, label: o.name }))}
              value={outcome}
              onChange={(e) => setOutcome(e.target.value)}
            />
            <NumberField
              label={t('analyses.multiplier')}
              value={multiplier}
              onValue={setMultiplier}
            />
            <NumberField label={t('analyses.unitValue')} value={unitValue} onValue={setUnitValue} />
            <SelectField
              label={t('analyses.kind')}
              options={(['benefit', 'cost'] as const).map((k) => ({
                value: k,
                label: t(`analyses.kinds.${k}`),
              }))}
              value={kind}
              onChange={(e) => setKind(e.target.value as 'benefit' | 'cost')}
            />
            <SelectField
              label={t('analyses.stakeholder')}
              options={stakeholders.map((s) => ({ value: s, label: stakeholderName(s) }))}
              value={stakeholder || stakeholders[0]}
              onChange={(e) => setStakeholder(e.target.value)}
            />
          </div>
          <div className="ew-actions">
            <Button
              disabled={add.isPending || outcome === '' || unitValue === undefined}
              onClick={() => add.mutate()}
            >
              {t('analyses.addToMkba')}
            </Button>
          </div>
          {add.isError && <IssueList error={add.error} />}
          {add.data && (
            <Alert type="ok">
              {t('analyses.addedToMkba', { version: add.data.version })}{' '}
              <Link to={`/projects/${props.projectId}/mkba`}>{t('analyses.toMkba')}</Link>
            </Alert>
          )}
        </>
      )}
    </section>
  )
}
