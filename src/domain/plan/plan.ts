import { z } from 'zod'
import { idSchema, isoDateSchema } from '../api/common.js'
import { ZRM_DOMAINS } from '../conversation/conversation.js'
import { longText, nameText } from '../text/text.js'

const planText = () => longText().trim().min(1)

/** One of the resident's goals, in their own words, with the ZRM life domains it touches. */
export const planGoalSchema = z
  .object({
    id: nameText().min(1),
    ownWords: planText(),
    domains: z.array(z.enum(ZRM_DOMAINS)).max(ZRM_DOMAINS.length).default([]),
    targetDate: isoDateSchema.optional(),
  })
  .strict()

/** What one partner organisation does, optionally for one goal, by an agreed date. */
export const partnerActionSchema = z
  .object({
    id: nameText().min(1),
    organisationId: idSchema,
    action: planText(),
    goalId: nameText().optional(),
    dueDate: isoDateSchema.optional(),
  })
  .strict()

/** What the resident does themselves. */
export const residentActionSchema = z
  .object({
    id: nameText().min(1),
    action: planText(),
    goalId: nameText().optional(),
    dueDate: isoDateSchema.optional(),
  })
  .strict()

export const planReviewSchema = z.object({ date: isoDateSchema, note: longText() }).strict()

/**
 * One plan with the resident across partners: goals in the resident's own words, what each
 * partner and the resident do, the date it was agreed, the next review and reviews held.
 */
export const planSchema = z
  .object({
    goals: z.array(planGoalSchema).max(50),
    partnerActions: z.array(partnerActionSchema).max(200).default([]),
    residentActions: z.array(residentActionSchema).max(200).default([]),
    agreedOn: isoDateSchema.optional(),
    nextReview: isoDateSchema.optional(),
    reviews: z.array(planReviewSchema).max(200).default([]),
  })
  .strict()
  .superRefine((plan, context) => {
    const goals = new Set<string>()
    plan.goals.forEach((goal, i) => {
      if (goals.has(goal.id))
        context.addIssue({ code: 'custom', path: ['goals', i, 'id'], message: 'duplicate-id' })
      goals.add(goal.id)
    })
    for (const list of ['partnerActions', 'residentActions'] as const) {
      plan[list].forEach((action, i) => {
        if (action.goalId !== undefined && !goals.has(action.goalId))
          context.addIssue({
            code: 'custom',
            path: [list, i, 'goalId'],
            message: 'unknown-goal',
          })
      })
    }
  })
export type Plan = z.output<typeof planSchema>
export type PlanInput = z.input<typeof planSchema>
export type PlanGoal = Plan['goals'][number]

/** The empty plan a resident has before the first save. */
export const EMPTY_PLAN: Plan = { goals: [], partnerActions: [], residentActions: [], reviews: [] }
