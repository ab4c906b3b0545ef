import { z } from 'zod'

/** The kinds of partner organisation a pilot brings together. */
export const ORGANISATION_KINDS = [
  'municipality',
  'work-and-income',
  'wijkteam',
  'school',
  'welfare',
  'care-provider',
  'research-institute',
] as const

export const organisationKindSchema = z.enum(ORGANISATION_KINDS)
export type OrganisationKind = z.infer<typeof organisationKindSchema>
