import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Plan } from '../../../domain/index.js'

const calls = vi.hoisted(() => ({ save: vi.fn(), get: vi.fn() }))
vi.mock('../../api/call-route.js', async () => {
  const { contract } = await import('../../../contract/index.js')
  return {
    callRoute: (entry: unknown, input: unknown) =>
      entry === contract.plans.save ? calls.save(input) : calls.get(input),
  }
})
const { planWrite, sendPlanWrite } = await import('./plan-queue.js')

const plan: Plan = {
  goals: [{ id: 'doel-1', ownWords: 'Weer aan het werk', domains: ['werk'] }],
  partnerActions: [],
  residentActions: [],
  reviews: [],
}
const conflict = () => Object.assign(new Error('Het plan is intussen gewijzigd'), { status: 409 })
const write = planWrite('p', { basedOnVersion: 3, plan })

describe('sending a queued plan save', () => {
  beforeEach(() => {
    calls.save.mockReset()
    calls.get.mockReset()
  })

  it('counts a 409 as sent when its answer was lost and the next version is exactly this plan', async () => {
    calls.save.mockRejectedValue(conflict())
    // the server keeps plans as jsonb: the keys come back in another order
    calls.get.mockResolvedValue({
      version: 4,
      plan: { reviews: [], residentActions: [], partnerActions: [], goals: plan.goals },
    })
    await expect(sendPlanWrite(write)).resolves.toMatchObject({ version: 4 })
  })

  it('keeps the conflict when someone else saved a newer version', async () => {
    calls.save.mockRejectedValue(conflict())
    calls.get.mockResolvedValue({ version: 4, plan: { ...plan, goals: [] } })
    await expect(sendPlanWrite(write)).rejects.toMatchObject({ status: 409 })
    calls.get.mockResolvedValue({ version: 5, plan })
    await expect(sendPlanWrite(write)).rejects.toMatchObject({ status: 409 })
  })

  it('does not look further for other refusals', async () => {
    calls.save.mockRejectedValue(Object.assign(new Error('ongeldig'), { status: 400 }))
    await expect(sendPlanWrite(write)).rejects.toMatchObject({ status: 400 })
    expect(calls.get).not.toHaveBeenCalled()
  })
})
