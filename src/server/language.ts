import type { FastifyRequest } from 'fastify'

export type Language = 'nl' | 'en'

/** Dutch unless the first language the client names is English. */
export function languageOf(request: FastifyRequest): Language {
  const header = request.headers['accept-language']
  const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase()
  return first?.startsWith('en') ? 'en' : 'nl'
}
