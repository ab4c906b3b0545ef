import type { FastifyInstance } from 'fastify'
import { ValidationError } from '../domain/index.js'

/** Answers that are no one's personal data, so a cache may keep them. */
const CACHEABLE = new Set(['/api/v1/health', '/api/v1/openapi.json'])

/**
 * An answer with personal data is never stored by a browser or proxy: `Cache-Control:
 * no-store` on every API answer (errors too) but the health check and the OpenAPI document.
 */
export function registerNoStore(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? ''
    if (path.startsWith('/api/') && !CACHEABLE.has(path)) reply.header('cache-control', 'no-store')
  })
}

/**
 * No string of a request may hold a NUL character (U+0000), in a path parameter, the query or
 * the body (keys too): PostgreSQL cannot store one in text or jsonb, so it would reach the
 * database as a 500. `part` names where the value sits.
 * @throws ValidationError naming the field
 */
export function refuseNul(value: unknown, part: string): void {
  const field = nulAt(value)
  if (field === undefined) return
  throw new ValidationError([
    {
      field: [part, ...field].join('.'),
      message: {
        nl: 'bevat een NUL-teken (U+0000), dat in tekst niet is toegestaan',
        en: 'contains a NUL character (U+0000), which text may not hold',
      },
    },
  ])
}

/** The path of the first string or key holding U+0000, walked without recursion (deep JSON). */
function nulAt(value: unknown): string[] | undefined {
  const stack: Array<{ value: unknown; path: string[] }> = [{ value, path: [] }]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value: v, path } = next
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return path
    } else if (v !== null && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) {
        if (key.includes('\u0000')) return [...path, key]
        stack.push({ value: child, path: [...path, key] })
      }
    }
  }
  return undefined
}
