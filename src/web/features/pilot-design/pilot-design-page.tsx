import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  assessPilotDesign,
  can,
  PILOT_OUTCOMES,
  type PilotDesign,
  type PilotDesignResponse,
  type PilotOutcome,
  pilotDesignSchema,
} from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { Link } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import {
  Alert,
  Button,
  Heading,
  IssueList,
  NumberField,
  Paragraph,
  SelectField,
  usePercent,
  useQuantity,
  useSaveWhenReadable,
} from '../../ui/index.js'
import { PowerCurveChart } from './power-curve-chart.js'

/** Every field any outcome kind has; the schema picks those of the chosen kind. */
interface Draft {
  readonly outcome: PilotOutcome
  readonly nPilot?: number
  readonly nComparison?: number
  readonly followUpMonths?: number
  readonly baselineShare?: number
  readonly sd?: number
  readonly eventRatePerMonth?: number
  readonly smallestDifference?: number
  readonly alpha?: number
  readonly power?: number
}

const START: Draft = {
  outcome: 'proportion',
  nPilot: 150,
  nComparison: 150,
  followUpMonths: 18,
  baselineShare: 0.3,
  smallestDifference: 0.1,
  alpha: 0.05,
  power: 0.8,
}

/** A difference that fits each kind, when the kind changes (a share is no hazard ratio). */
const DIFFERENCE: Record<PilotOutcome, Draft> = {
  proportion: { outcome: 'proportion', baselineShare: 0.3, smallestDifference: 0.1 },
  mean: { outcome: 'mean', sd: 1, smallestDifference: 0.3 },
  'time-to-event': { outcome: 'time-to-event', eventRatePerMonth: 0.03, smallestDifference: 1.5 },
}

/** Before the pilot: can it ever show the effect that matters, and how large should it be? */
export function PilotDesignPage(props: { id: string }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const role = useSession().data?.role
  const percent = usePercent()
  const quantity = useQuantity()
  const client = useQueryClient()
  const key = ['pilot-design', props.id]
  const stored = useQuery({
    queryKey: key,
    queryFn: () => callRoute(contract.pilotDesign.get, { params: { id: props.id } }),
  })
  const [edited, setDraft] = useState<Draft | undefined>()
  const [problem, setProblem] = useState<Error | undefined>()
  const [saved, setSaved] = useState(false)
  const readable = useSaveWhenReadable()
  if (stored.isError) return <Alert type="error">{stored.error.message}</Alert>
  if (!stored.data) return <p>{t('common.loading')}</p>
  const draft: Draft = edited ?? stored.data.design ?? START
  const parsed = pilotDesignSchema.safeParse(draft)
  const design: PilotDesign | undefined = parsed.success ? parsed.data : undefined
  const assessment = design && assessPilotDesign(design)
  const set = (patch: Partial<Draft>) => {
    setSaved(false)
    setDraft({ ...draft, ...patch })
  }
  const field = (name: keyof Omit<Draft, 'outcome'>, scale = 1) => (
    <NumberField
      label={t(`pilotDesign.fields.${name}`)}
      value={draft[name]}
      scale={scale}
      onValue={(value) => set({ [name]: value })}
    />
  )
  const save = async () => {
    if (!design) return
    setProblem(undefined)
    try {
      const body = await callRoute(contract.pilotDesign.save, {
        params: { id: props.id },
        body: design,
      })
      client.setQueryData<PilotDesignResponse>(key, body)
      setSaved(true)
    } catch (error) {
      setProblem(error as Error)
    }
  }
  return (
    <>
      <p>
        <Link to={`/projects/${props.id}`}>{t('pilotDesign.back')}</Link>
      </p>
      <Heading level={1}>{t('pilotDesign.title')}</Heading>
      {assessment ? (
        <p className="ew-headline" data-testid="pilot-design-sentence">
          {assessment.sentence[language]}
        </p>
      ) : (
        <Alert type="warning">{t('pilotDesign.incomplete')}</Alert>
      )}
      {assessment && design && (
        <>
          <Paragraph>
            {t('pilotDesign.power', {
              power: percent(assessment.powerAtSmallestDifference),
              difference: t(`pilotDesign.difference.${design.outcome}`, {
                value: quantity(
                  design.smallestDifference * (design.outcome === 'proportion' ? 100 : 1),
                ),
              }),
            })}
          </Paragraph>
          <Paragraph>
            {t('pilotDesign.needed', {
              nPilot: assessment.needed.nPilot,
              nComparison: assessment.needed.nComparison,
              power: percent(design.power),
            })}
          </Paragraph>
          <PowerCurveChart
            assessment={assessment}
            plannedPilot={design.nPilot}
            targetPower={design.power}
          />
        </>
      )}
      <Heading level={2}>{t('pilotDesign.designHeading')}</Heading>
      <SelectField
        label={t('pilotDesign.fields.outcome')}
        value={draft.outcome}
        options={PILOT_OUTCOMES.map((o) => ({ value: o, label: t(`pilotDesign.outcomes.${o}`) }))}
        onChange={(e) => set(DIFFERENCE[e.target.value as PilotOutcome])}
      />
      {field('nPilot')}
      {field('nComparison')}
      {field('followUpMonths')}
      {draft.outcome === 'proportion' && field('baselineShare', 100)}
      {draft.outcome === 'mean' && field('sd')}
      {draft.outcome === 'time-to-event' && field('eventRatePerMonth', 100)}
      {field('smallestDifference', draft.outcome === 'proportion' ? 100 : 1)}
      <Paragraph>{t(`pilotDesign.differenceHelp.${draft.outcome}`)}</Paragraph>
      {field('alpha', 100)}
      {field('power', 100)}
      {can(role, 'projects.write') && (
        <div className="ew-actions">
          <Button onClick={() => readable.attempt(() => void save())} disabled={!design}>
            {t('pilotDesign.save')}
          </Button>
          {saved && <span role="status">{t('pilotDesign.saved')}</span>}
        </div>
      )}
      {readable.alert}
      {problem && <IssueList error={problem} />}
    </>
  )
}
