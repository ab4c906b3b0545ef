import type { Role } from '../domain/index.js'

/** The signed-in user making a request, as loaded from their server-side session. */
export interface Actor {
  readonly userId: string
  readonly name: string
  readonly email: string
  readonly role: Role | null
  readonly team: string | null
  readonly organisation: {
    readonly id: string
    readonly name: string
    readonly kind: string
  } | null
  readonly municipality: { readonly id: string; readonly name: string } | null
  readonly sessionId: string
  readonly csrfToken: string
}

/** An actor with a role has an organisation and municipality (a database constraint). */
export interface RoleActor extends Actor {
  readonly role: Role
  readonly organisation: NonNullable<Actor['organisation']>
  readonly municipality: NonNullable<Actor['municipality']>
}

export function hasRole(actor: Actor | null): actor is RoleActor {
  return (
    actor !== null &&
    actor.role !== null &&
    actor.organisation !== null &&
    actor.municipality !== null
  )
}
