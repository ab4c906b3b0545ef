import type { z } from 'zod'
import type { Action } from '../domain/index.js'

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

/** The answers a route gives on success, by status: each a zod schema of its body. */
export type Responses = { readonly [status: number]: z.ZodType }

/** Error statuses a route can answer (each an RFC 9457 problem detail). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 414 | 415 | 429 | 500 | 503

/**
 * Who may call a route: anyone, any signed-in user (even one without a role), or the roles
 * of a permission in domain/user/permissions.ts.
 */
export type Access = 'anyone' | 'signed-in' | Action

/**
 * What a route touches. `participant`: participant-level data of residents — every call,
 * allowed or refused, writes exactly one audit entry. `aggregate`: counts only, small cells
 * suppressed. `none`: no personal data of residents.
 */
export type DataKind = 'none' | 'aggregate' | 'participant'

/** The ids of one tenant's demo objects, for examples that need a valid body or query. */
export interface ExampleIds {
  readonly project: string
  readonly participant: string
  readonly conversation: string
  readonly organisation: string
  readonly user: string
  /** A check-in still to do after a team-Noord participant's outflow. */
  readonly followUp: string
  /** A case conference of team Noord with `conferenceCase` (a Noord participant) on its agenda. */
  readonly conference: string
  readonly conferenceCase: string
  /** An open action on `conferenceCase`. */
  readonly conferenceAction: string
  /** A resident's request in the privacy officer's register. */
  readonly privacyRequest: string
  readonly analysis: string
  /** A finding of the project (a quote from one of its table conversations). */
  readonly finding: string
  /** A table conversation the finding examples quote: not `conversation`, which a test archives. */
  readonly quotedConversation: string
  /** Two themes of the project's code book (the authorization test merges `theme` into `theme2`). */
  readonly theme: string
  readonly theme2: string
  readonly lesson: string
  /** The token of a startfoto link to an open round (public, so the same for every tenant). */
  readonly startfotoLink: string
}

/** A valid request (its query and body; path ids come from the policy), for the tests. */
export type Example = (ids: ExampleIds) => {
  /** Path parameters besides the route's object id (`:version`). */
  readonly params?: Record<string, string>
  readonly query?: Record<string, string>
  readonly body?: unknown
}

type Schema = z.ZodType | undefined

/**
 * One route of the HTTP API as server, web and CLI all see it: where it is, what goes in and
 * what comes out (zod), who may call it and whether it is audited. The server implements it
 * (server/route.ts `implement`), the web calls it (web/api `callRoute`).
 */
export interface RouteContract<
  P extends Schema = Schema,
  Q extends Schema = Schema,
  B extends Schema = Schema,
  R extends Responses = Responses,
> {
  readonly method: Method
  readonly url: string
  readonly summary: string
  readonly params?: P
  readonly query?: Q
  readonly body?: B
  readonly response: R
  /** Content type of a 2xx answer when not JSON (e.g. text/csv). */
  readonly contentType?: string
  /**
   * Error statuses the handler raises beyond those the route's shape and access imply (see
   * errorStatuses in server/openapi.ts), so that the OpenAPI document lists them.
   */
  readonly errors?: readonly ErrorStatus[]
  readonly access: Access
  readonly data: DataKind
  /** The largest body this route takes, when more than the server's general limit (an upload). */
  readonly bodyLimit?: number
  /** A valid request, for the authorization matrix and fuzz tests. */
  readonly example?: Example
}

// biome-ignore lint/suspicious/noExplicitAny: a registry of routes with differing schemas
export type AnyRouteContract = RouteContract<any, any, any, any>

/** The value a schema slot parses to (undefined when the route has no such input). */
export type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined
/** The value a caller sends for a schema slot (before defaults and coercion). */
export type Sent<S> = S extends z.ZodType ? z.input<S> : undefined

/** Identity helper that keeps a route's schema types. */
export function route<
  P extends Schema = undefined,
  Q extends Schema = undefined,
  B extends Schema = undefined,
  R extends Responses = Responses,
>(contract: RouteContract<P, Q, B, R>): RouteContract<P, Q, B, R> {
  return contract
}

/** `METHOD /path`: how the policy and the tests name a route. */
export function routeKey(route: Pick<AnyRouteContract, 'method' | 'url'>): string {
  return `${route.method} ${route.url}`
}
