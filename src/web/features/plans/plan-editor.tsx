import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  type Plan,
  type PlanResponse,
  ZRM_DOMAINS,
  type ZrmDomain,
  zrmDomainName,
} from '../../../domain/index.js'
import { ApiError } from '../../api/client.js'
import { useQueuedWrite, useWriteQueue } from '../../offline/browser-queue.js'
import { QueueNotice } from '../../offline/queue-notice.js'
import { Button, Heading, SelectField, TextField } from '../../ui/index.js'
import { planQueue, planWrite, planWriteId, queuedPlan } from './plan-queue.js'

type Organisation = { readonly id: string; readonly name: string }

/** The next free id with this prefix (`doel-3` after `doel-1`, `doel-2`). */
function nextId(prefix: string, items: readonly { id: string }[]): string {
  const numbers = items.map((i) => Number(i.id.replace(`${prefix}-`, ''))).filter(Number.isFinite)
  return `${prefix}-${Math.max(0, ...numbers) + 1}`
}

/** An empty field (no date, no goal) is no value. */
const orUndefined = (value: string) => (value === '' ? undefined : value)

/**
 * Edits the plan and saves it as a new version (starting from the version shown), through the
 * plan queue: offline the save waits and is sent when the network returns; when someone saved a
 * newer version meanwhile, the server's refusal is shown and the save waits to be discarded.
 */
export function PlanEditor(props: {
  current: PlanResponse
  organisations: readonly Organisation[]
  onSaved: () => unknown
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const [plan, setPlan] = useState<Plan>(
    () => queuedPlan(props.current.participantId, props.current.version) ?? props.current.plan,
  )
  const [review, setReview] = useState('')
  const update = (change: Partial<Plan>) => setPlan((p) => ({ ...p, ...change }))
  const queue = planQueue()
  // a save sent makes a new version: the page reloads and this editor starts from it
  const queued = useWriteQueue(queue, props.onSaved)
  const save = useQueuedWrite(queue)
  const refusal =
    queue.pending()[0]?.id === planWriteId(props.current.participantId)
      ? queue.refusal()
      : undefined
  const goalOptions = [
    { value: '', label: t('plans.noGoal') },
    ...plan.goals.map((g, i) => ({ value: g.id, label: `${i + 1}. ${g.ownWords}` })),
  ]
  const issue = (field: string) =>
    refusal instanceof ApiError
      ? refusal.issues.find((i) => i.field === `body.plan.${field}`)?.message
      : undefined
  return (
    <form
      className="ew-form"
      aria-label={t('plans.save')}
      onSubmit={(e: FormEvent) => {
        e.preventDefault()
        void save.write(
          planWrite(props.current.participantId, {
            basedOnVersion: props.current.version,
            plan:
              review.trim() === '' || plan.nextReview === undefined
                ? plan
                : { ...plan, reviews: [...plan.reviews, { date: plan.nextReview, note: review }] },
          }),
        )
      }}
    >
      <Heading level={2}>{t('plans.goals')}</Heading>
      {plan.goals.map((goal, i) => (
        <fieldset key={goal.id} className="ew-fieldset">
          <legend>{t('plans.goalLegend', { n: i + 1 })}</legend>
          <TextField
            label={t('plans.goal', { n: i + 1 })}
            value={goal.ownWords}
            error={issue(`goals.${i}.ownWords`)}
            onChange={(e) =>
              update({
                goals: plan.goals.map((g) =>
                  g.id === goal.id ? { ...g, ownWords: e.target.value } : g,
                ),
              })
            }
          />
          <fieldset className="ew-fieldset ew-checkboxes">
            <legend>{t('plans.domains', { n: i + 1 })}</legend>
            {ZRM_DOMAINS.map((domain: ZrmDomain) => (
              <label key={domain} className="ew-checkbox">
                <input
                  type="checkbox"
                  checked={goal.domains.includes(domain)}
                  onChange={(e) =>
                    update({
                      goals: plan.goals.map((g) =>
                        g.id === goal.id
                          ? {
                              ...g,
                              domains: e.target.checked
                                ? [...g.domains, domain]
                                : g.domains.filter((d) => d !== domain),
                            }
                          : g,
                      ),
                    })
                  }
                />{' '}
                {zrmDomainName(domain, language)}
              </label>
            ))}
          </fieldset>
          <TextField
            label={t('plans.targetDate', { n: i + 1 })}
            type="date"
            value={goal.targetDate ?? ''}
            onChange={(e) => {
              const { targetDate: _old, ...rest } = goal
              const targetDate = orUndefined(e.target.value)
              update({
                goals: plan.goals.map((g) =>
                  g.id === goal.id ? (targetDate ? { ...rest, targetDate } : rest) : g,
                ),
              })
            }}
          />
          <Button
            appearance="subtle"
            onClick={() => update({ goals: plan.goals.filter((g) => g.id !== goal.id) })}
          >
            {t('plans.removeGoal', { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button
        appearance="secondary"
        onClick={() =>
          update({
            goals: [...plan.goals, { id: nextId('doel', plan.goals), ownWords: '', domains: [] }],
          })
        }
      >
        {t('plans.addGoal')}
      </Button>

      <Heading level={2}>{t('plans.partnerActions')}</Heading>
      {plan.partnerActions.map((action, i) => {
        const set = (change: Partial<typeof action>) =>
          update({
            partnerActions: plan.partnerActions.map((a) =>
              a.id === action.id ? { ...a, ...change } : a,
            ),
          })
        return (
          <div key={action.id} className="ew-form-row">
            <SelectField
              label={t('plans.partner', { n: i + 1 })}
              value={action.organisationId}
              onChange={(e) => set({ organisationId: e.target.value })}
              options={props.organisations.map((o) => ({ value: o.id, label: o.name }))}
            />
            <TextField
              label={t('plans.partnerAction', { n: i + 1 })}
              value={action.action}
              error={issue(`partnerActions.${i}.action`)}
              onChange={(e) => set({ action: e.target.value })}
            />
            <ActionGoalAndDate
              goalLabel={t('plans.forGoal', { n: i + 1 })}
              dateLabel={t('plans.dueDate', { n: i + 1 })}
              goalOptions={goalOptions}
              action={action}
              onChange={(next) =>
                update({
                  partnerActions: plan.partnerActions.map((a) =>
                    a.id === action.id ? { ...next, organisationId: a.organisationId } : a,
                  ),
                })
              }
            />
            <Button
              appearance="subtle"
              onClick={() =>
                update({ partnerActions: plan.partnerActions.filter((a) => a.id !== action.id) })
              }
            >
              {t('plans.removeAction', { n: i + 1 })}
            </Button>
          </div>
        )
      })}
      {props.organisations.length > 0 && (
        <Button
          appearance="secondary"
          onClick={() =>
            update({
              partnerActions: [
                ...plan.partnerActions,
                {
                  id: nextId('actie', plan.partnerActions),
                  organisationId: props.organisations[0]?.id ?? '',
                  action: '',
                },
              ],
            })
          }
        >
          {t('plans.addPartnerAction')}
        </Button>
      )}

      <Heading level={2}>{t('plans.residentActions')}</Heading>
      {plan.residentActions.map((action, i) => (
        <div key={action.id} className="ew-form-row">
          <TextField
            label={t('plans.residentAction', { n: i + 1 })}
            value={action.action}
            error={issue(`residentActions.${i}.action`)}
            onChange={(e) =>
              update({
                residentActions: plan.residentActions.map((a) =>
                  a.id === action.id ? { ...a, action: e.target.value } : a,
                ),
              })
            }
          />
          <ActionGoalAndDate
            goalLabel={t('plans.residentForGoal', { n: i + 1 })}
            dateLabel={t('plans.residentDueDate', { n: i + 1 })}
            goalOptions={goalOptions}
            action={action}
            onChange={(next) =>
              update({
                residentActions: plan.residentActions.map((a) => (a.id === action.id ? next : a)),
              })
            }
          />
          <Button
            appearance="subtle"
            onClick={() =>
              update({ residentActions: plan.residentActions.filter((a) => a.id !== action.id) })
            }
          >
            {t('plans.removeResidentAction', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <Button
        appearance="secondary"
        onClick={() =>
          update({
            residentActions: [
              ...plan.residentActions,
              { id: nextId('zelf', plan.residentActions), action: '' },
            ],
          })
        }
      >
        {t('plans.addResidentAction')}
      </Button>

      <Heading level={2}>{t('plans.dates')}</Heading>
      <div className="ew-form-row">
        <DateField
          label={t('plans.agreedOn')}
          value={plan.agreedOn}
          onChange={(agreedOn) => {
            const { agreedOn: _old, ...rest } = plan
            setPlan(agreedOn ? { ...rest, agreedOn } : rest)
          }}
        />
        <DateField
          label={t('plans.nextReview')}
          value={plan.nextReview}
          onChange={(nextReview) => {
            const { nextReview: _old, ...rest } = plan
            setPlan(nextReview ? { ...rest, nextReview } : rest)
          }}
        />
        <TextField
          label={t('plans.reviewNote')}
          value={review}
          onChange={(e) => setReview(e.target.value)}
        />
      </div>
      <QueueNotice snapshot={queued} texts="plans.queue" onDiscard={() => queue.discardFirst()} />
      <Button type="submit">{t('plans.save')}</Button>
    </form>
  )
}

function DateField(props: {
  label: string
  value: string | undefined
  onChange: (value: string | undefined) => void
}) {
  return (
    <TextField
      label={props.label}
      type="date"
      value={props.value ?? ''}
      onChange={(e) => props.onChange(orUndefined(e.target.value))}
    />
  )
}

type Action = {
  id: string
  action: string
  goalId?: string | undefined
  dueDate?: string | undefined
}

/** The goal an action serves and its agreed date: the part partner and own actions share. */
function ActionGoalAndDate<A extends Action>(props: {
  goalLabel: string
  dateLabel: string
  goalOptions: ReadonlyArray<{ value: string; label: string }>
  action: A
  onChange: (action: A) => void
}) {
  const { goalId: _goal, dueDate: _date, ...rest } = props.action
  const rebuild = (goalId: string | undefined, dueDate: string | undefined) =>
    props.onChange({
      ...rest,
      ...(goalId ? { goalId } : {}),
      ...(dueDate ? { dueDate } : {}),
    } as A)
  return (
    <>
      <SelectField
        label={props.goalLabel}
        value={props.action.goalId ?? ''}
        onChange={(e) => rebuild(orUndefined(e.target.value), props.action.dueDate)}
        options={props.goalOptions}
      />
      <DateField
        label={props.dateLabel}
        value={props.action.dueDate}
        onChange={(dueDate) => rebuild(props.action.goalId, dueDate)}
      />
    </>
  )
}
