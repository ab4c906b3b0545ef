import { useQuery, useQueryClient } from '@tanstack/react-query'
import { contract } from '../../contract/index.js'
import type { SessionUser } from '../../domain/index.js'
import { callRoute } from '../api/call-route.js'
import { ApiError, resetCsrf } from '../api/client.js'

/** The signed-in user, or null when nobody is signed in. */
export function useSession() {
  return useQuery({
    queryKey: ['session'],
    queryFn: async (): Promise<SessionUser | null> => {
      try {
        return (await callRoute(contract.session.current)).user
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null
        throw error
      }
    },
  })
}

export function useSignOut() {
  const client = useQueryClient()
  return async () => {
    await callRoute(contract.session.signOut)
    resetCsrf()
    // Drop every cached answer of this user, then show the sign-in page.
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' })
    client.setQueryData(['session'], null)
  }
}
