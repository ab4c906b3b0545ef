import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDialects } from '../db/index.js'
import { precompressDir } from './precompress.js'
import { createTestApp, type TestApp, testConfig } from './testing/test-app.js'

// A built app in miniature: index.html, a hashed script big enough to compress, a tiny one
// and an image (neither compressed), written the way `vite build` leaves dist/web.
const SCRIPT = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ id: ${i} }`).join(', ')}]\n`
const INDEX = `<!doctype html><title>Effectwijzer</title>${'<!-- padding -->'.repeat(80)}`

// Serving files does not touch the database; one dialect is enough.
const dialect = testDialects()[0]
if (!dialect) throw new Error('no test dialect')

describe('the web app over HTTP', () => {
  let t: TestApp
  let webDir: string
  let compressed: string[]

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'ew-web-'))
    mkdirSync(join(webDir, 'assets'))
    writeFileSync(join(webDir, 'index.html'), INDEX)
    writeFileSync(join(webDir, 'assets', 'page-Ab12Cd34.js'), SCRIPT)
    writeFileSync(join(webDir, 'assets', 'tiny-Ef56Gh78.js'), 'export {}\n')
    writeFileSync(join(webDir, 'assets', 'logo-Ij90Kl12.png'), Buffer.alloc(4096, 7))
    compressed = precompressDir(webDir)
    t = await createTestApp(dialect, { config: testConfig({ webDir }) })
  })
  afterAll(async () => {
    await t.close()
    rmSync(webDir, { recursive: true, force: true })
  })

  it('the build step compresses text files of 1 kB and more, nothing else', () => {
    expect(compressed.sort()).toEqual([join('assets', 'page-Ab12Cd34.js'), 'index.html'])
    expect(existsSync(join(webDir, 'assets', 'tiny-Ef56Gh78.js.br'))).toBe(false)
    expect(existsSync(join(webDir, 'assets', 'logo-Ij90Kl12.png.gz'))).toBe(false)
  })

  it('sends brotli to a browser that accepts it, gzip to one that accepts only gzip', async () => {
    const url = '/assets/page-Ab12Cd34.js'
    const br = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(br.statusCode).toBe(200)
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toMatch(/javascript/)
    expect(br.headers.vary).toMatch(/accept-encoding/i)
    expect(br.rawPayload.length).toBeLessThan(SCRIPT.length / 4)
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT)

    const gzip = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip' } })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT)

    const plain = await t.app.inject({ url, headers: { 'accept-encoding': 'identity' } })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(SCRIPT)
  })

  it('falls back to the plain file when no compressed copy exists', async () => {
    const tiny = await t.app.inject({
      url: '/assets/tiny-Ef56Gh78.js',
      headers: { 'accept-encoding': 'br' },
    })
    expect(tiny.statusCode).toBe(200)
    expect(tiny.headers['content-encoding']).toBeUndefined()
    expect(tiny.body).toBe('export {}\n')
  })

  it('answers a missing hashed file with a 404, not with the app', async () => {
    const gone = await t.app.inject({ url: '/assets/page-Old00000.js' })
    expect(gone.statusCode).toBe(404)
    expect(gone.headers['content-type']).toMatch(/json/)
    const page = await t.app.inject({ url: '/projects/gone' })
    expect(page.statusCode).toBe(200)
  })

  it('lets browsers keep hashed assets for a year and revalidate index.html every time', async () => {
    for (const url of ['/assets/page-Ab12Cd34.js', '/assets/logo-Ij90Kl12.png']) {
      const asset = await t.app.inject({ url, headers: { 'accept-encoding': 'br' } })
      expect(asset.headers['cache-control'], url).toBe('public, max-age=31536000, immutable')
    }
    for (const url of ['/', '/index.html', '/projects/123']) {
      const page = await t.app.inject({ url, headers: { 'accept-encoding': 'br' } })
      expect(page.statusCode, url).toBe(200)
      expect(page.headers['cache-control'], url).toBe('no-cache')
      expect(page.headers['content-encoding'], url).toBe('br')
      expect(brotliDecompressSync(page.rawPayload).toString(), url).toBe(INDEX)
    }
  })
})
