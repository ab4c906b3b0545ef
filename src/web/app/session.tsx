import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { SessionUser } from '../../domain/index.js'
import { ApiError, api, resetCsrf } from '../api/client.js'

/** The signed-in user, or null when nobody is signed in. */
export function useSession() {
  return useQuery({
    queryKey: ['session'],
    queryFn: async (): Promise<SessionUser | null> => {
      try {
        return (await api<{ user: SessionUser }>('/session')).user
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
    await api('/session', { method: 'DELETE' })
    resetCsrf()
    // Drop every cached answer of this user, then show the sign-in page.
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' })
    client.setQueryData(['session'], null)
  }
}
