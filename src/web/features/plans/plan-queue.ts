import { contract } from '../../../contract/index.js'
import type { Plan } from '../../../domain/index.js'
import { callRoute, type RouteInput } from '../../api/call-route.js'
import { browserQueue } from '../../offline/browser-queue.js'

type CheckInBody = RouteInput<typeof contract.followUps.checkIn>['body']

/**
 * A plan save or a check-in made on the way (a phone between home visits). One queued save per
 * plan and one check-in per follow-up: a later one replaces it. A plan save names the version
 * it started from, so the server refuses it (409) when someone saved a newer one meanwhile:
 * that conflict is shown and waits for the user, never overwritten.
 */
export type PlanWrite =
  | {
      readonly id: string
      readonly kind: 'plan'
      readonly participantId: string
      readonly body: { readonly basedOnVersion: number; readonly plan: Plan }
    }
  | {
      readonly id: string
      readonly kind: 'check-in'
      readonly followUpId: string
      readonly body: CheckInBody
    }

export const planWriteId = (participantId: string) => `plan:${participantId}`

export const planWrite = (
  participantId: string,
  body: { readonly basedOnVersion: number; readonly plan: Plan },
): PlanWrite => ({
  id: planWriteId(participantId),
  kind: 'plan',
  participantId,
  body,
})

export const checkInWrite = (followUpId: string, body: CheckInBody): PlanWrite => ({
  id: `check-in:${followUpId}`,
  kind: 'check-in',
  followUpId,
  body,
})

/** The same JSON value whatever the order of object keys (the server keeps plans as jsonb). */
function sameJson(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, v]) => v !== undefined)
              .sort(([x], [y]) => (x < y ? -1 : 1))
              .map(([k, v]) => [k, canonical(v)]),
          )
        : value
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

/**
 * Saves a plan. A 409 for a save whose answer was lost (the network dropped after the server
 * stored it) is this very save: the next version holds exactly this plan, so it counts as sent.
 */
async function savePlan(write: Extract<PlanWrite, { kind: 'plan' }>): Promise<unknown> {
  const params = { id: write.participantId }
  try {
    return await callRoute(contract.plans.save, { params, body: write.body })
  } catch (error) {
    if ((error as { status?: number }).status !== 409) throw error
    const latest = await callRoute(contract.plans.get, { params })
    if (latest.version === write.body.basedOnVersion + 1 && sameJson(latest.plan, write.body.plan))
      return latest
    throw error
  }
}

/** Sends one plan write (exported for its test). */
export function sendPlanWrite(write: PlanWrite): Promise<unknown> {
  return write.kind === 'plan'
    ? savePlan(write)
    : callRoute(contract.followUps.checkIn, { params: { id: write.followUpId }, body: write.body })
}

/** The tab's queue of plan saves and check-ins. */
export function planQueue() {
  return browserQueue<PlanWrite>({
    key: 'effectwijzer.plan-writes',
    send: ([write]) => sendPlanWrite(write as PlanWrite),
    idOf: (write) => write.id,
  })
}

/** The plan of a save still queued from this version (the page reloaded before it was sent). */
export function queuedPlan(participantId: string, version: number): Plan | undefined {
  const write = planQueue()
    .pending()
    .find((w) => w.id === planWriteId(participantId))
  return write?.kind === 'plan' && write.body.basedOnVersion === version
    ? write.body.plan
    : undefined
}
