import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { NotFoundError } from '../domain/index.js'

const PAGE_NOT_FOUND = { nl: 'Deze pagina bestaat niet.', en: 'This page does not exist.' }
/** Hashed build output: its name changes with its content, so a browser may keep it a year. */
const ASSETS = 'assets/'
const IMMUTABLE = { maxAge: 31_536_000_000, immutable: true }
/** Everything else (index.html above all) is revalidated on each load, so a deploy shows at once. */
const REVALIDATE = { cacheControl: false }

/**
 * Serves the built web app from `webDir` without registering routes of its own (so every
 * registered route stays in the policy): a GET outside /api/ gets the file if it exists, else
 * index.html (the single-page app's fallback). Unknown /api/ paths get a JSON 404.
 * Files go out brotli- or gzip-compressed when the browser accepts it, from the `.br`/`.gz`
 * copies the build writes (src/server/precompress.ts).
 */
export async function registerWebApp(app: FastifyInstance, webDir: string): Promise<void> {
  const root = resolve(webDir)
  const present = existsSync(resolve(root, 'index.html'))
  if (present) await app.register(fastifyStatic, { root, serve: false, preCompressed: true })
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/'
    if (path.startsWith('/api/') || (request.method !== 'GET' && request.method !== 'HEAD')) {
      throw new NotFoundError(PAGE_NOT_FOUND)
    }
    if (!present) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The web app has not been built: run `npm run build` (or `npm start`).')
    }
    const file = decodeSafe(path).replace(/^\/+/, '')
    if (file !== '' && !file.includes('..') && existsSync(resolve(root, file))) {
      if (file.startsWith(ASSETS)) return reply.sendFile(file, IMMUTABLE)
      return reply.header('cache-control', 'no-cache').sendFile(file, REVALIDATE)
    }
    // A missing hashed file (a chunk of an older build) is a 404, not the app's index.html:
    // the browser then fails the import at once and the page offers a reload.
    if (file.startsWith(ASSETS)) throw new NotFoundError(PAGE_NOT_FOUND)
    return reply.header('cache-control', 'no-cache').sendFile('index.html', REVALIDATE)
  })
}

function decodeSafe(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}
