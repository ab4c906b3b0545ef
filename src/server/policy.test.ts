import { describe, expect, it } from 'vitest'
import { can, PERMISSIONS, ROLES, whoCan } from '../domain/index.js'
import { POLICY } from './policy.js'

describe('one table of who may do what', () => {
  it('gives every route of the server the roles of a permission, never a list of its own', () => {
    const lists = new Set<unknown>(Object.values(PERMISSIONS))
    for (const [route, entry] of Object.entries(POLICY)) {
      if (entry.allow === 'anyone' || entry.allow === 'signed-in') continue
      expect(lists.has(entry.allow), route).toBe(true)
    }
  })

  it('answers can() and whoCan() from the same table', () => {
    expect(can('controller', 'conversations.signOff')).toBe(true)
    expect(can('facilitator', 'conversations.signOff')).toBe(false)
    expect(can(null, 'projects.read')).toBe(false)
    expect(whoCan('projects.read')).toEqual(ROLES)
    // The table-conversations page: caseworkers see the cases, the researcher the result only.
    expect(whoCan('conversations.read', 'businessCase.read')).toEqual([
      'pilot-manager',
      'researcher',
      'professional',
      'facilitator',
      'controller',
    ])
  })
})
