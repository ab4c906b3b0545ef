import { createHmac } from 'node:crypto'
import type {
  FastifyRateLimitOptions,
  FastifyRateLimitStore,
  FastifyRateLimitStoreCtor,
} from '@fastify/rate-limit'
import type { RouteOptions } from 'fastify'
import { countRateLimitHit } from '../../db/index.js'
import type { AppServices } from '../services.js'

/**
 * The store of @fastify/rate-limit's counters in the database, so that N app processes behind
 * a load balancer allow the limit once, not N times. Keys (route and client IP) are stored as
 * a keyed hash: the table holds no IP address.
 */
export function databaseRateLimitStore(
  services: Pick<AppServices, 'db' | 'now' | 'pseudonymKey'>,
): FastifyRateLimitStoreCtor {
  const storedKey = (route: string, key: string) =>
    createHmac('sha256', services.pseudonymKey).update(`rate-limit\n${route}\n${key}`).digest('hex')

  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    readonly #route: string

    constructor(_options: FastifyRateLimitOptions, route = '') {
      this.#route = route
    }

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      const now = services.now()
      countRateLimitHit(services.db, storedKey(this.#route, key), now, timeWindow).then(
        (count) =>
          callback(null, {
            current: count.hits,
            ttl: count.windowEndsAt.getTime() - now.getTime(),
          }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      )
    }

    /** One store per rate-limited route; the plugin passes the route as `routeInfo`. */
    child(options: RouteOptions & { path: string; prefix: string }): FastifyRateLimitStore {
      const route = (options as unknown as { routeInfo?: Partial<RouteOptions> }).routeInfo
      return new DatabaseRateLimitStore({}, `${String(route?.method)} ${route?.url}`)
    }
  }
  return DatabaseRateLimitStore
}
