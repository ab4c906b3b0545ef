import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, testDialects } from '../db/index.js'
import type { PlanResponse, PlanVersionsResponse, Problem } from '../domain/index.js'
import { chromiumPath } from '../report/index.js'
import { registeredRoutes } from './app.js'
import { POLICY, policyKey } from './policy.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

/** One plan with the resident: versions with who changed what, the printed copy, consent from the plan. */
for (const dialect of testDialects()) {
  describe(`one plan with the resident on ${dialect.name}`, () => {
    let t: TestApp
    let professional: Record<string, string>
    let partner: Record<string, string>
    let participantId: string

    beforeAll(async () => {
      t = await createTestApp(dialect)
      const v = t.demo.voorbeeldstad
      professional = await t.headersFor(v.users.professional)
      // A consultant of Work & Income: sees a wijkteam case only on a recorded basis.
      const consultant = await createUser(t.handle.db, {
        email: 'consulent@voorbeeldstad.example',
        name: 'Consulent W&I',
        role: 'professional',
        organisationId: v.organisations.workAndIncome,
        team: null,
      })
      partner = await t.headersFor(consultant.id)
      // A Noord participant with no plan and no share with anyone (the demo plans the first
      // sixteen, and its case conferences share several with Work & Income on consent).
      const shared = new Set(
        (await t.handle.db.selectFrom('shares').select('participant_id').execute()).map(
          (r) => r.participant_id,
        ),
      )
      const planned = new Set(
        (await t.handle.db.selectFrom('plan_versions').select('participant_id').execute()).map(
          (r) => r.participant_id,
        ),
      )
      participantId = v.participantIds.Noord.find(
        (id) => !shared.has(id) && !planned.has(id),
      ) as string
    })
    afterAll(async () => {
      await t.close()
    })

    const plan = (ownWords: string, extra: object = {}) => ({
      goals: [{ id: 'doel-1', ownWords, domains: ['werk-opleiding'] }],
      partnerActions: [
        {
          id: 'actie-1',
          organisationId: t.demo.voorbeeldstad.organisations.workAndIncome,
          action: 'Een werkervaringsplek zoeken',
          goalId: 'doel-1',
        },
      ],
      residentActions: [{ id: 'zelf-1', action: 'Mijn cv bijwerken', goalId: 'doel-1' }],
      agreedOn: '2026-04-01',
      ...extra,
    })
    const save = (body: object, headers = professional) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/participants/${participantId}/plan`,
        headers,
        payload: body,
      })
    const seen = async (headers: Record<string, string>) => {
      const one = await t.app.inject({ url: `/api/v1/participants/${participantId}`, headers })
      const list = await t.app.inject({ url: '/api/v1/participants', headers })
      const ids = (list.json() as { participants: { id: string }[] }).participants.map((p) => p.id)
      return { status: one.statusCode, listed: ids.includes(participantId) }
    }
    const consent = (status: 'given' | 'withdrawn', date: string, partnerId: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/participants/${participantId}/plan/consents`,
        headers: professional,
        payload: {
          purpose: 'Samen werken aan het plan',
          partnerOrganisationId: partnerId,
          status,
          date,
        },
      })

    it('starts empty at version 0, and every save is a new version with who changed what', async () => {
      const empty = await t.app.inject({
        url: `/api/v1/participants/${participantId}/plan`,
        headers: professional,
      })
      expect(empty.statusCode).toBe(200)
      expect((empty.json() as PlanResponse).version).toBe(0)

      const first = await save({ basedOnVersion: 0, plan: plan('Ik wil weer werken.') })
      expect(first.statusCode).toBe(200)
      expect(first.json()).toMatchObject({
        version: 1,
        savedBy: { name: 'Professional Noord Voorbeeldstad' },
      })
      const second = await save({
        basedOnVersion: 1,
        plan: plan('Ik wil weer werken, het liefst buiten.', { nextReview: '2026-07-01' }),
      })
      expect((second.json() as PlanResponse).version).toBe(2)

      const versions = (
        await t.app.inject({
          url: `/api/v1/participants/${participantId}/plan/versions`,
          headers: professional,
        })
      ).json() as PlanVersionsResponse
      expect(versions.versions.map((v) => v.version)).toEqual([1, 2])
      expect(versions.versions[0]?.changes).toContainEqual(
        expect.objectContaining({ kind: 'added', part: 'goal', after: 'Ik wil weer werken.' }),
      )
      expect(versions.versions[1]?.changes).toEqual([
        {
          kind: 'changed',
          part: 'goal',
          id: 'doel-1',
          field: 'ownWords',
          before: 'Ik wil weer werken.',
          after: 'Ik wil weer werken, het liefst buiten.',
        },
        {
          kind: 'added',
          part: 'nextReview',
          id: null,
          field: null,
          before: null,
          after: '2026-07-01',
        },
      ])
      expect(versions.versions[1]?.savedBy?.name).toBe('Professional Noord Voorbeeldstad')
    })

    it('refuses a save that did not start from the latest version (409), keeping what was written', async () => {
      const stale = await save({ basedOnVersion: 1, plan: plan('Overschreven?') })
      expect(stale.statusCode).toBe(409)
      expect((stale.json() as Problem).detail).toMatch(/versie 2/)
      const current = await t.app.inject({
        url: `/api/v1/participants/${participantId}/plan`,
        headers: professional,
      })
      expect((current.json() as PlanResponse).plan.goals[0]?.ownWords).toBe(
        'Ik wil weer werken, het liefst buiten.',
      )
    })

    it('names the field of a partner from another municipality and of an action for an unknown goal', async () => {
      const foreign = t.demo.proefdorp.organisations.workAndIncome
      const response = await save({
        basedOnVersion: 2,
        plan: {
          ...plan('x'),
          partnerActions: [{ id: 'a', organisationId: foreign, action: 'Iets' }],
          residentActions: [{ id: 'z', action: 'Iets', goalId: 'doel-9' }],
        },
      })
      expect(response.statusCode).toBe(400)
      const fields = (response.json() as Problem).issues?.map((i) => i.field)
      expect(fields).toEqual(['body.plan.residentActions.0.goalId'])
      const second = await save({
        basedOnVersion: 2,
        plan: {
          ...plan('x'),
          partnerActions: [{ id: 'a', organisationId: foreign, action: 'Iets' }],
        },
      })
      expect((second.json() as Problem).issues?.map((i) => i.field)).toEqual([
        'body.plan.partnerActions.0.organisationId',
      ])
    })

    it('prints the resident’s copy in plain Dutch and in English, with their own words', async () => {
      const nl = await t.app.inject({
        url: `/api/v1/participants/${participantId}/plan/print`,
        headers: professional,
      })
      expect(nl.statusCode).toBe(200)
      expect(nl.headers['content-type']).toMatch(/text\/html/)
      expect(nl.body).toContain('<html lang="nl">')
      expect(nl.body).toContain('Ik wil weer werken, het liefst buiten.')
      expect(nl.body).toContain('Wat u zelf doet')
      expect(nl.body).toContain('Werk &amp; Inkomen Voorbeeldstad')
      expect(nl.body).toContain('1 juli 2026')
      const en = await t.app.inject({
        url: `/api/v1/participants/${participantId}/plan/print?lang=en`,
        headers: professional,
      })
      expect(en.body).toContain('What you do yourself')
    })

    it.skipIf(chromiumPath() === undefined)(
      'prints the copy as a tagged PDF issued by the municipality',
      async () => {
        const pdf = await t.app.inject({
          url: `/api/v1/participants/${participantId}/plan/print?format=pdf`,
          headers: professional,
        })
        expect(pdf.statusCode).toBe(200)
        expect(pdf.headers['content-type']).toBe('application/pdf')
        expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
        const dir = mkdtempSync(join(tmpdir(), 'ew-plan-'))
        try {
          const file = join(dir, 'plan.pdf')
          writeFileSync(file, pdf.rawPayload)
          let info: string
          try {
            info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
          } catch {
            return // poppler-utils is not installed here (CI installs it)
          }
          expect(info).toMatch(/^Title:\s+Mijn plan$/m)
          expect(info).toMatch(/^Author:\s+Gemeente Voorbeeldstad$/m)
          expect(info).toMatch(/^Tagged:\s+yes$/m)
        } finally {
          rmSync(dir, { recursive: true, force: true })
        }
      },
      60_000,
    )

    it('gives a partner the case on consent from the plan, and withdrawing it ends that at the next request', async () => {
      const werk = t.demo.voorbeeldstad.organisations.workAndIncome
      expect(await seen(partner)).toEqual({ status: 403, listed: false })
      const given = await consent('given', '2026-04-01', werk)
      expect(given.statusCode).toBe(201)
      expect(given.json()).toMatchObject({
        consent: { status: 'given' },
        share: { basis: 'consent', organisationId: werk },
      })
      expect(await seen(partner)).toEqual({ status: 200, listed: true })
      // Withdrawn with a date typed before the consent's: it still counts from now.
      const withdrawn = await consent('withdrawn', '2026-03-31', werk)
      expect(withdrawn.statusCode).toBe(201)
      expect(withdrawn.json()).toMatchObject({ share: null })
      expect(await seen(partner)).toEqual({ status: 403, listed: false })
      const planRead = await t.app.inject({
        url: `/api/v1/participants/${participantId}/plan`,
        headers: partner,
      })
      expect(planRead.statusCode).toBe(403)
      // Consent given again is a new basis.
      await consent('given', '2026-05-01', werk)
      expect(await seen(partner)).toEqual({ status: 200, listed: true })
      await consent('withdrawn', '2026-05-02', werk)
      expect(await seen(partner)).toEqual({ status: 403, listed: false })
    })

    it('answers the partner on every read of a resident as the consent stands: allowed while given, 403 at once when withdrawn', async () => {
      const werk = t.demo.voorbeeldstad.organisations.workAndIncome
      // Every GET route whose object is a participant (in the path or the query) that a
      // partner's role may call at all (the privacy officer's inspection is not theirs).
      const reads = registeredRoutes().filter((route) => {
        const entry = POLICY[policyKey(route.method, route.url)]
        const object = entry?.object
        const forPartner = Array.isArray(entry?.allow) && entry.allow.includes('professional')
        return (
          route.method === 'GET' &&
          object?.kind === 'participant' &&
          object.in !== 'body' &&
          forPartner
        )
      })
      expect(reads.length).toBeGreaterThanOrEqual(6)
      const statuses = async () => {
        const answers: string[] = []
        for (const route of reads) {
          const object = POLICY[policyKey(route.method, route.url)]?.object
          const url =
            object?.in === 'query'
              ? `${route.url}?${object.name}=${participantId}`
              : route.url.replace(':id', participantId)
          const response = await t.app.inject({ url, headers: partner })
          answers.push(`${route.url} ${response.statusCode}`)
        }
        return answers
      }
      await consent('given', '2026-07-01', werk)
      expect(await statuses()).toEqual(reads.map((r) => `${r.url} 200`))
      await consent('withdrawn', '2026-07-01', werk)
      expect(await statuses()).toEqual(reads.map((r) => `${r.url} 403`))
    })

    it('never lets a consent given to one partner carry a share with another', async () => {
      const v = t.demo.voorbeeldstad
      const welzijn = await t.handle.db
        .selectFrom('organisations')
        .select('id')
        .where('municipality_id', '=', v.municipalityId)
        .where('kind', '=', 'welfare')
        .executeTakeFirstOrThrow()
      const given = await consent('given', '2026-06-01', welzijn.id)
      const consentId = (given.json() as { consent: { id: string } }).consent.id
      const share = await t.app.inject({
        method: 'POST',
        url: `/api/v1/participants/${participantId}/shares`,
        headers: professional,
        payload: {
          organisationId: v.organisations.workAndIncome,
          basis: 'consent',
          consentId,
          scope: 'Re-integratie',
          purpose: 'Gezamenlijk plan',
          date: '2026-06-01',
        },
      })
      expect(share.statusCode).toBe(201)
      expect(await seen(partner)).toEqual({ status: 403, listed: false })
    })

    it('audits every read and write of the plan once, refusals included', async () => {
      const entries = await t.handle.db
        .selectFrom('audit_log')
        .select(['action', 'allowed'])
        .where('object_id', '=', participantId)
        .where('action', 'like', '%/plan%')
        .orderBy('seq')
        .execute()
      const actions = entries.map((e) => `${e.action} ${e.allowed}`)
      expect(actions.slice(0, 3)).toEqual([
        'GET /api/v1/participants/:id/plan true',
        'PUT /api/v1/participants/:id/plan true',
        'PUT /api/v1/participants/:id/plan true',
      ])
      expect(actions).toContain('PUT /api/v1/participants/:id/plan false')
      expect(actions).toContain('GET /api/v1/participants/:id/plan false')
    })
  })
}
