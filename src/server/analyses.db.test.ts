import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import { parseMkbaModel, publishedResults, type StudyResult } from '../domain/index.js'
import { createWorkbook, parseCsv, readFirstSheet } from '../files/index.js'
import { analyseMkba } from '../mkba/index.js'
import { BODY_LIMIT_BYTES } from './openapi.js'
import { createTestApp, type TestApp } from './testing/test-app.js'

const SPEC_FILE = new URL('../../examples/analyse/cohort-spec.json', import.meta.url).pathname
const BIN = new URL('../../bin/effectwijzer.js', import.meta.url).pathname

/** The real command line, in a process of its own: what an analyst runs. */
const effectwijzer = (args: readonly string[]) =>
  promisify(execFile)(process.execPath, [BIN, ...args, '--quiet'])

/** Valid BSNs (elfproef), one per row, for the BSN column. */
function bsnFor(i: number): string {
  const digits = String(100_000_00 + i)
    .padStart(8, '0')
    .split('')
    .map(Number)
  const sum = digits.reduce((s, d, k) => s + (9 - k) * d, 0)
  const last = sum % 11
  return last === 10 ? bsnFor(i + 500_000) : `${digits.join('')}${last}`
}

for (const dialect of testDialects()) {
  describe(`effect analyses over HTTP on ${dialect.name}`, () => {
    let t: TestApp
    let dir = ''
    let csv = ''
    let spec: unknown
    let cliResults: unknown
    let pilotManager: Record<string, string>
    let researcher: Record<string, string>

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'ew-analyses-'))
      const cohort = join(dir, 'cohort.csv')
      // 20,000 people: about 1.4 MB, beyond the server's general body limit of 1 MiB.
      await effectwijzer(['cohort', '--n', '20000', '--seed', '5', '--out', cohort])
      await effectwijzer([
        'analyse',
        '--data',
        cohort,
        '--spec',
        SPEC_FILE,
        '--out',
        join(dir, 'cli'),
      ])
      csv = await readFile(cohort, 'utf8')
      spec = JSON.parse(await readFile(SPEC_FILE, 'utf8'))
      cliResults = JSON.parse(await readFile(join(dir, 'cli', 'results.json'), 'utf8'))
      t = await createTestApp(dialect)
      pilotManager = await t.headersFor(t.demo.voorbeeldstad.users['pilot-manager'])
      researcher = await t.headersFor(t.demo.voorbeeldstad.users.researcher)
    }, 120_000)
    afterAll(async () => {
      await t?.close()
    })

    const post = async (body: object, headers = pilotManager) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/projects/${t.demo.voorbeeldstad.projectId}/analyses`,
        headers,
        payload: body,
      })

    /** Polls the analysis until it has finished (no time limit but the test's); a researcher reads the exact results. */
    async function finished(id: string, headers = researcher) {
      for (;;) {
        const response = await t.app.inject({ url: `/api/v1/analyses/${id}`, headers })
        expect(response.statusCode).toBe(200)
        const { analysis } = response.json()
        if (analysis.status === 'done' || analysis.status === 'failed') return analysis
        expect(analysis.progress).toBeGreaterThanOrEqual(0)
        expect(analysis.progress).toBeLessThanOrEqual(1)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    }

    it("answers 202 at once and then gives exactly the CLI's results.json for the same file and spec", async () => {
      expect(Buffer.byteLength(csv)).toBeGreaterThan(BODY_LIMIT_BYTES)
      const response = await post({
        name: 'Bijstand 2026',
        spec,
        data: { format: 'csv', content: csv },
      })
      expect(response.statusCode).toBe(202)
      const { analysis: created } = response.json()
      expect(created.status).toBe('queued')
      const analysis = await finished(created.id)
      expect(analysis.error).toBeNull()
      expect(analysis.status).toBe('done')
      expect(analysis.progress).toBe(1)
      expect(analysis.results).toEqual(cliResults)
      // A pilot manager reads the same run as published: counts below 10 hidden, marked so.
      const managed = await finished(created.id, pilotManager)
      expect(managed.results.suppressed).toBe(true)
      expect(managed.results).toEqual(
        JSON.parse(JSON.stringify(publishedResults(cliResults as StudyResult, managed.leftOut))),
      )
      expect(managed.results.n.analysed).toEqual({ count: expect.any(Number), suppression: null })
      expect(analysis.data).toEqual({
        format: 'csv',
        sha256: createHash('sha256').update(csv).digest('hex'),
        bytes: Buffer.byteLength(csv),
        rows: 20_000,
        uploadedAt: expect.any(String),
        uploadedBy: { name: expect.any(String), role: 'pilot-manager' },
      })
      expect(analysis.engineVersion).toMatch(/^effectwijzer \d+\.\d+\.\d+/)
      // versions: the demo's analysis is version 1, this run a later one, listed newest first
      const list = await t.app.inject({
        url: `/api/v1/projects/${t.demo.voorbeeldstad.projectId}/analyses`,
        headers: pilotManager,
      })
      const versions = list.json().analyses.map((a: { id: string; version: number }) => a.id)
      expect(versions[0]).toBe(created.id)
      expect(versions).toContain(t.demo.voorbeeldstad.analysisId)

      // the report and the workbook are the CLI's report.html and tables.xlsx
      const report = (format: string) =>
        t.app.inject({
          url: `/api/v1/analyses/${created.id}/report?format=${format}`,
          headers: pilotManager,
        })
      const markers = (html: string) => html.replace(/plot-marker-\d+/g, 'm')
      expect(markers((await report('html')).body)).toBe(
        markers(await readFile(join(dir, 'cli', 'report.html'), 'utf8')),
      )
      expect(await readFirstSheet(new Uint8Array((await report('xlsx')).rawPayload))).toEqual(
        await readFirstSheet(new Uint8Array(await readFile(join(dir, 'cli', 'tables.xlsx')))),
      )
    }, 120_000)

    it('runs a difference in differences to the same numbers as the CLI on the same spec file', async () => {
      // As the app's mapping writes it (spec-draft.test.ts; the browser test runs one from the page).
      const appSpec = {
        id: 'person_id',
        group: { column: 'pilot', treated: '1' },
        covariates: [
          { column: 'age', type: 'numeric' },
          { column: 'sex', type: 'categorical' },
        ],
        design: { method: 'nearest', ratio: 1, replace: false, caliper: 0.2, estimand: 'ATT' },
        outcomes: [
          {
            name: 'inkomen',
            type: 'difference-in-differences',
            before: 'income_pre',
            after: 'income_post',
          },
        ],
      }
      const specPath = join(dir, 'did-spec.json')
      await writeFile(specPath, JSON.stringify(appSpec))
      const out = join(dir, 'cli-did')
      await effectwijzer([
        'analyse',
        '--data',
        join(dir, 'cohort.csv'),
        '--spec',
        specPath,
        '--out',
        out,
      ])
      const expected = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'))
      const response = await post({
        name: 'DiD',
        spec: appSpec,
        data: { format: 'csv', content: csv },
      })
      const analysis = await finished(response.json().analysis.id)
      expect(analysis.spec).toEqual(expected.spec)
      expect(analysis.results).toEqual(expected)
      expect(analysis.results.outcomes[0]).toMatchObject({
        type: 'difference-in-differences',
        seMethod: 'cluster-person-HC1',
      })
    }, 120_000)

    it('reads an XLSX upload (base64) to the same results as the CLI on that workbook', async () => {
      const [header, ...rows] = parseCsv(csv).slice(0, 3001)
      const book = createWorkbook()
      book.sheet(
        'cohort',
        header as string[],
        rows.map((row) => row.map((cell) => (/^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell))),
      )
      const bytes = await book.bytes()
      const file = join(dir, 'cohort.xlsx')
      await writeFile(file, bytes)
      const out = join(dir, 'cli-xlsx')
      await effectwijzer(['analyse', '--data', file, '--spec', SPEC_FILE, '--out', out])
      const expected = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'))
      const content = Buffer.from(bytes).toString('base64')
      const response = await post({ name: 'Excel', spec, data: { format: 'xlsx', content } })
      const analysis = await finished(response.json().analysis.id)
      expect(analysis.results).toEqual(expected)
      expect(analysis.data.rows).toBe(3000)
      expect(analysis.data.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    }, 120_000)

    it("fails with the engine's refusal, naming row and column in Dutch and English", async () => {
      const lines = csv.split('\n').slice(0, 400)
      const cells = (lines[4] as string).split(',')
      cells[2] = 'veertig'
      lines[4] = cells.join(',')
      const response = await post({
        name: 'Fout',
        spec,
        data: { format: 'csv', content: lines.join('\n') },
      })
      const analysis = await finished(response.json().analysis.id)
      expect(analysis.status).toBe('failed')
      expect(analysis.results).toBeNull()
      expect(analysis.error.issues).toEqual([
        {
          row: 5,
          column: 'age',
          message: { nl: '"veertig" is geen getal', en: '"veertig" is not a number' },
        },
      ])
      expect(analysis.error.nl).toContain('rij 5, kolom age')
      expect(analysis.error.en).toContain('row 5, column age')
    }, 60_000)

    it('hashes a mapped BSN column with the municipality key and stores no BSN', async () => {
      const lines = csv.trimEnd().split('\n').slice(0, 2001)
      const bsns = lines.slice(1).map((_, i) => bsnFor(i))
      const content = lines
        .map((line, i) => (i === 0 ? `bsn,${line}` : `${bsns[i - 1]},${line}`))
        .join('\n')
      const withBsnId = { ...(spec as object), id: 'bsn' }
      const response = await post({
        name: 'Met BSN',
        spec: withBsnId,
        data: { format: 'csv', content, bsnColumn: 'bsn' },
      })
      const analysis = await finished(response.json().analysis.id)
      expect(analysis.status).toBe('done')
      expect(analysis.bsnColumn).toBe('bsn')
      const stored = JSON.stringify(
        await t.handle.db.selectFrom('effect_analyses').selectAll().execute(),
      )
      expect(bsns.filter((bsn) => stored.includes(bsn))).toEqual([])
      // an invalid BSN is refused with its row and column
      const bad = content.replace(bsns[2] as string, '123456789')
      const refused = await finished(
        (
          await post({
            name: 'Fout BSN',
            spec: withBsnId,
            data: { format: 'csv', content: bad, bsnColumn: 'bsn' },
          })
        ).json().analysis.id,
      )
      expect(refused.error.issues).toEqual([expect.objectContaining({ row: 4, column: 'bsn' })])
      expect(JSON.stringify(refused)).not.toContain('123456789')
    }, 60_000)

    it('takes the pilot group from the project enrolments by BSN, and leaves out a resident who restricted use', async () => {
      const tenant = t.demo.voorbeeldstad
      const professional = await t.headersFor(tenant.users.professional)
      const lines = csv.trimEnd().split('\n').slice(0, 2001)
      const header = (lines[0] as string).split(',')
      const pilotAt = header.indexOf('pilot')
      const bsns = lines.slice(1).map((_, i) => bsnFor(i))
      // the extract's own pilot column is the truth; its pilot rows are enrolled in the app
      const pilotRows = lines
        .slice(1)
        .flatMap((line, i) => (line.split(',')[pilotAt] === '1' ? [i] : []))
      expect(pilotRows.length).toBeGreaterThan(50)
      const participantIds: string[] = []
      for (const i of pilotRows) {
        const registered = await t.app.inject({
          method: 'POST',
          url: '/api/v1/participants',
          headers: professional,
          payload: { bsn: bsns[i] },
        })
        expect(registered.statusCode, registered.body).toBe(201)
        const participantId = registered.json().participant.id
        const enrolled = await t.app.inject({
          method: 'POST',
          url: `/api/v1/projects/${tenant.projectId}/enrolments`,
          headers: professional,
          payload: { participantId, startDate: '2026-04-01' },
        })
        expect(enrolled.statusCode, enrolled.body).toBe(201)
        participantIds.push(participantId)
      }
      const withBsn = (pilot: (cells: string[]) => string) =>
        lines
          .map((line, i) => {
            if (i === 0) return `bsn,${line}`
            const cells = line.split(',')
            cells[pilotAt] = pilot(cells)
            return `${bsns[i - 1]},${cells.join(',')}`
          })
          .join('\n')
      const run = async (content: string, groupFrom?: 'enrolments') =>
        finished(
          (
            await post({
              name: 'Gekoppeld',
              spec,
              data: {
                format: 'csv',
                content,
                bsnColumn: 'bsn',
                ...(groupFrom ? { groupFrom } : {}),
              },
            })
          ).json().analysis.id,
        )
      const own = await run(withBsn((cells) => cells[pilotAt] as string))
      // the extract's pilot column blanked out: the enrolments alone make the same pilot group
      const fromEnrolments = await run(
        withBsn(() => '0'),
        'enrolments',
      )
      expect(fromEnrolments.status).toBe('done')
      expect(fromEnrolments.groupFrom).toBe('enrolments')
      expect(fromEnrolments.leftOut).toEqual({ restricted: 0 })
      expect(fromEnrolments.results.n).toEqual(own.results.n)
      expect(fromEnrolments.results.n.pilot).toBe(pilotRows.length)
      expect(fromEnrolments.results.outcomes).toEqual(own.results.outcomes)

      // a resident restricts use: the next run leaves their row out and says so
      const restricted = await t.app.inject({
        method: 'POST',
        url: `/api/v1/participants/${participantIds[0]}/restrictions`,
        headers: await t.headersFor(tenant.users['privacy-officer']),
        payload: { kind: 'restriction', reason: 'Beperking van de verwerking' },
      })
      expect(restricted.statusCode, restricted.body).toBe(201)
      const after = await run(
        withBsn(() => '0'),
        'enrolments',
      )
      expect(after.leftOut).toEqual({ restricted: 1 })
      expect(after.data.rows).toBe(2000)
      expect(after.results.n.rows).toBe(1999)
      expect(after.results.n.pilot).toBe(pilotRows.length - 1)
      // a pilot manager is told fewer than 10 were left out, and the rows as published, not 2000
      const managed = await finished(after.id, pilotManager)
      expect(managed.results.restricted).toEqual({ count: null, suppression: 'primary' })
      expect(managed.leftOut).toEqual({ restricted: null })
      expect(managed.data.rows).toBe(managed.results.n.rows.count)
      // without a BSN column nobody can be recognised: unknown, not zero
      const unlinked = await finished(
        (
          await post({
            name: 'Ongekoppeld',
            spec,
            data: { format: 'csv', content: lines.join('\n') },
          })
        ).json().analysis.id,
      )
      expect(unlinked.leftOut).toEqual({ restricted: null })
      // the pilot group from the enrolments needs the BSN column, named in Dutch and English
      const refused = await post({
        name: 'Zonder BSN',
        spec,
        data: { format: 'csv', content: lines.join('\n'), groupFrom: 'enrolments' },
      })
      expect(refused.statusCode).toBe(400)
      expect(refused.json().issues).toEqual([
        expect.objectContaining({
          field: 'body.data.bsnColumn',
          message: expect.stringContaining('vraagt een BSN-kolom'),
        }),
      ])
    }, 120_000)

    it('previews the header and first ten rows as the run reads them, and names a ragged row', async () => {
      const url = `/api/v1/projects/${t.demo.voorbeeldstad.projectId}/analyses/preview`
      const head = csv.split('\n').slice(0, 40).join('\n')
      const response = await t.app.inject({
        method: 'POST',
        url,
        headers: pilotManager,
        payload: { format: 'csv', content: head },
      })
      expect(response.statusCode).toBe(200)
      const preview = response.json()
      expect(preview.header).toEqual(parseCsv(head)[0])
      expect(preview.rows).toEqual(parseCsv(head).slice(1, 11))
      const ragged = await t.app.inject({
        method: 'POST',
        url,
        headers: pilotManager,
        payload: { format: 'csv', content: `${head.split('\n').slice(0, 3).join('\n')}\n1,2\n` },
      })
      expect(ragged.statusCode).toBe(400)
      expect(ragged.json().issues[0]).toEqual(expect.objectContaining({ row: 4 }))
    })

    it('refuses a bad specification at once (400, field named) and records nothing', async () => {
      const before = await t.handle.db.selectFrom('effect_analyses').select('id').execute()
      const response = await post({
        name: 'Zonder uitkomsten',
        spec: { ...(spec as object), outcomes: [] },
        data: { format: 'csv', content: csv.slice(0, 2000) },
      })
      expect(response.statusCode).toBe(400)
      expect(JSON.stringify(response.json().issues)).toContain('body.spec.outcomes')
      const after = await t.handle.db.selectFrom('effect_analyses').select('id').execute()
      expect(after.length).toBe(before.length)
    })

    it('audits every run and every view of an analysis', async () => {
      const id = t.demo.voorbeeldstad.analysisId
      await t.app.inject({ url: `/api/v1/analyses/${id}`, headers: pilotManager })
      await t.app.inject({
        url: `/api/v1/analyses/${id}/report?format=xlsx`,
        headers: pilotManager,
      })
      const entries = await t.handle.db
        .selectFrom('audit_log')
        .select(['action', 'object_id', 'allowed'])
        .where('object_id', '=', id)
        .execute()
      expect(entries.map((e) => e.action)).toEqual(
        expect.arrayContaining(['GET /api/v1/analyses/:id', 'GET /api/v1/analyses/:id/report']),
      )
      const runs = await t.handle.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'POST /api/v1/projects/:id/analyses')
        .execute()
      expect(runs.length).toBeGreaterThanOrEqual(4)
    })

    it('takes an outcome into the MKBA model as a quantity with its uncertainty, so the ratio gets an interval', async () => {
      const id = t.demo.voorbeeldstad.analysisId
      const { analysis } = (
        await t.app.inject({ url: `/api/v1/analyses/${id}`, headers: pilotManager })
      ).json()
      const outcome = analysis.results.outcomes.find(
        (o: { name: string }) => o.name === 'uitstroom binnen 18 maanden',
      )
      const before = (
        await t.app.inject({
          url: `/api/v1/projects/${t.demo.voorbeeldstad.projectId}/mkba`,
          headers: pilotManager,
        })
      ).json()
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/v1/analyses/${id}/mkba`,
        headers: pilotManager,
        payload: { outcome: outcome.name, multiplier: 150, unitValue: 12_000 },
      })
      expect(response.statusCode).toBe(200)
      const saved = response.json()
      expect(saved.version).toBe(before.version + 1)
      const added = saved.model.items.at(-1)
      expect(added).toEqual(
        expect.objectContaining({
          kind: 'benefit',
          quantity: 150 * outcome.estimate,
          unitValue: 12_000,
          uncertainty: {
            quantity: expect.objectContaining({
              distribution: 'effect',
              estimate: outcome.estimate,
              se: outcome.se,
              multiplier: 150,
            }),
          },
        }),
      )
      const spread = (model: unknown) => {
        const mc = analyseMkba(parseMkbaModel(model), { draws: 4000, seed: 1 }).monteCarlo
        return (mc?.ratioP95 ?? 0) - (mc?.ratioP5 ?? 0)
      }
      expect(spread(saved.model)).toBeGreaterThan(spread(before.model))
      // an outcome the analysis does not have is named as the problem
      const wrong = await t.app.inject({
        method: 'POST',
        url: `/api/v1/analyses/${id}/mkba`,
        headers: pilotManager,
        payload: { outcome: 'bestaat niet', multiplier: 1, unitValue: 1 },
      })
      expect(wrong.statusCode).toBe(400)
      expect(wrong.json().issues[0].field).toBe('body.outcome')
    })

    it('does not take an effect that rests on fewer than 10 events into the MKBA', async () => {
      // 30 pilot members of whom 3 leave, beside 30 comparisons of whom 15 do.
      const rows = Array.from(
        { length: 60 },
        (_, i) => `q${i},${i < 30 ? 1 : 0},${i < 3 || (i >= 30 && i < 45) ? 1 : 0}`,
      )
      const response = await post({
        name: 'Klein',
        spec: {
          id: 'id',
          group: { column: 'pilot', treated: '1' },
          design: { method: 'none' },
          outcomes: [{ name: 'uitstroom', type: 'binary', column: 'out' }],
        },
        data: { format: 'csv', content: ['id,pilot,out', ...rows].join('\n') },
      })
      const analysis = await finished(response.json().analysis.id)
      expect(analysis.status).toBe('done')
      const managed = await finished(analysis.id, pilotManager)
      expect(managed.results.outcomes[0]).toMatchObject({ shown: false, estimate: null })
      const mkba = await t.app.inject({
        method: 'POST',
        url: `/api/v1/analyses/${analysis.id}/mkba`,
        headers: pilotManager,
        payload: { outcome: 'uitstroom', multiplier: 30, unitValue: 1000 },
      })
      expect(mkba.statusCode).toBe(400)
      expect(mkba.json().issues).toEqual([
        expect.objectContaining({
          field: 'body.outcome',
          message: expect.stringContaining('berust op minder dan 10 personen of gebeurtenissen'),
        }),
      ])
    })

    it('prints the saved pilot design in the effect-analysis and MKBA reports', async () => {
      const projectId = t.demo.voorbeeldstad.projectId
      const saved = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/projects/${projectId}/pilot-design`,
        headers: pilotManager,
        payload: {
          outcome: 'proportion',
          nPilot: 150,
          nComparison: 150,
          followUpMonths: 18,
          baselineShare: 0.3,
          smallestDifference: 0.1,
        },
      })
      expect(saved.statusCode, saved.body).toBe(200)
      const effect = await t.app.inject({
        url: `/api/v1/analyses/${t.demo.voorbeeldstad.analysisId}/report?format=html`,
        headers: pilotManager,
      })
      expect(effect.body).toContain('Opzet van de pilot')
      expect(effect.body).toMatch(/De opzet kon een effect van 15,6 procentpunt aantonen/)
      const mkba = await t.app.inject({
        url: `/api/v1/projects/${projectId}/mkba/report?format=html`,
        headers: pilotManager,
      })
      expect(mkba.statusCode).toBe(200)
      const appendix = mkba.body.slice(mkba.body.indexOf('<section class="appendix">'))
      expect(appendix).toContain('Groepen die zouden volstaan: 356 in de pilotgroep')
    })
  })
}
