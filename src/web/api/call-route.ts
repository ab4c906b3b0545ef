import type { z } from 'zod'
import type { AnyRouteContract, RouteContract } from '../../contract/index.js'
import { send } from './client.js'

/** One input slot of a call: required when its schema needs a value, absent without a schema. */
type Slot<K extends string, S> = S extends z.ZodType
  ? Record<string, never> extends z.input<S>
    ? { readonly [key in K]?: z.input<S> }
    : { readonly [key in K]: z.input<S> }
  : { readonly [key in K]?: never }

/** What a call of a contract entry sends: its path parameters, query and body. */
export type RouteInput<E> =
  E extends RouteContract<infer P, infer Q, infer B, infer _R>
    ? Slot<'params', P> & Slot<'query', Q> & Slot<'body', B>
    : never

/** What a call of a contract entry answers: the parsed body of any of its success statuses. */
export type RouteAnswer<E extends AnyRouteContract> = z.output<
  E['response'][keyof E['response'] & number]
>

type Call<E extends AnyRouteContract> =
  Record<string, never> extends RouteInput<E> ? [input?: RouteInput<E>] : [input: RouteInput<E>]

/**
 * The URL of a contract entry: its path parameters filled in (encoded) and its query, without
 * the values left out. For calls and for links to downloads (reports, exports).
 */
export function routeUrl<E extends AnyRouteContract>(entry: E, ...[input]: Call<E>): string {
  const params = (input?.params ?? {}) as Record<string, unknown>
  const path = entry.url.replace(/:(\w+)/g, (_, name: string) => {
    if (params[name] === undefined) throw new Error(`${entry.url}: no value for :${name}`)
    return encodeURIComponent(String(params[name]))
  })
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries((input?.query ?? {}) as Record<string, unknown>))
    if (value !== undefined) query.set(key, String(value))
  const search = query.toString()
  return search ? `${path}?${search}` : path
}

/**
 * Calls a route of the contract (src/contract): builds its URL, sends its body, and parses the
 * answer with the entry's response schema for that status, so the result has the contract's
 * type and a server that answers otherwise is an error here rather than a wrong screen.
 */
export async function callRoute<E extends AnyRouteContract>(
  entry: E,
  ...[input]: Call<E>
): Promise<RouteAnswer<E>> {
  const answer = await send(routeUrl(entry, ...([input] as Call<E>)), {
    method: entry.method,
    body: input?.body,
  })
  const schema = (entry.response as Record<number, z.ZodType | undefined>)[answer.status]
  if (!schema) throw new Error(`${entry.method} ${entry.url} answered ${answer.status}`)
  return schema.parse(answer.body ?? null) as RouteAnswer<E>
}
