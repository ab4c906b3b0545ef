import { afterEach, describe, expect, it, vi } from 'vitest'
import { contract } from '../../contract/index.js'
import { callRoute, routeUrl } from './call-route.js'

const PROJECT = {
  id: '7f2a1c9e-4b1d-4c3a-9e2f-1a2b3c4d5e6f',
  name: 'Wijkteam + Werk & Inkomen',
  phase: 'experiment',
  periodStart: '2026-01-01',
  periodEnd: null,
  targetGroup: 'Bijstand',
  participantCount: 12,
}

interface Sent {
  readonly url: string
  readonly init: RequestInit | undefined
}

/** A fetch that answers the CSRF route with a token and every other call with `answer`. */
function fakeFetch(answer: { status: number; body?: unknown }): Sent[] {
  const sent: Sent[] = []
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    sent.push({ url, init })
    if (url === contract.session.csrf.url) return Response.json({ token: 'csrf-1' })
    return answer.status === 204
      ? new Response(null, { status: 204 })
      : Response.json(answer.body, { status: answer.status })
  })
  return sent
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('routeUrl', () => {
  it('fills in the path parameters, encoded, and the query without the values left out', () => {
    expect(
      routeUrl(contract.mkba.report, {
        params: { id: 'a b/c' },
        query: { format: 'pdf', lang: 'en', seed: undefined },
      }),
    ).toBe('/api/v1/projects/a%20b%2Fc/mkba/report?format=pdf&lang=en')
    expect(routeUrl(contract.priceList.export)).toBe('/api/v1/price-list/export')
  })
})

describe('callRoute', () => {
  it('answers the body parsed with the entry’s response schema (unknown fields dropped)', async () => {
    const sent = fakeFetch({ status: 200, body: { projects: [{ ...PROJECT, secret: 'x' }] } })
    const answer = await callRoute(contract.projects.list)
    expect(answer.projects).toEqual([PROJECT])
    expect(sent.map((s) => [s.url, s.init?.method])).toEqual([['/api/v1/projects', 'GET']])
  })

  it('refuses an answer that does not match the contract', async () => {
    fakeFetch({ status: 200, body: { projects: [{ ...PROJECT, participantCount: 'twelve' }] } })
    await expect(callRoute(contract.projects.list)).rejects.toThrow(/participantCount/)
  })

  it('sends a body as JSON with the CSRF token, to the URL with its parameters', async () => {
    const consent = {
      purpose: 'Casusoverleg',
      partnerOrganisationId: PROJECT.id,
      status: 'given',
      date: '2026-04-01',
    } as const
    const sent = fakeFetch({ status: 201, body: { consent: { id: PROJECT.id, ...consent } } })
    const answer = await callRoute(contract.participants.addConsent, {
      params: { id: PROJECT.id },
      body: consent,
    })
    expect(answer.consent.id).toBe(PROJECT.id)
    const call = sent.find((s) => s.url !== contract.session.csrf.url)
    expect(call?.url).toBe(`/api/v1/participants/${PROJECT.id}/consents`)
    expect(call?.init).toMatchObject({
      method: 'POST',
      headers: { 'x-csrf-token': 'csrf-1', 'content-type': 'application/json' },
    })
    expect(JSON.parse(String(call?.init?.body))).toEqual(consent)
  })

  it('answers null for a 204', async () => {
    fakeFetch({ status: 204 })
    await expect(callRoute(contract.session.signOut)).resolves.toBeNull()
  })
})
