import { z } from 'zod'
import { idSchema } from '../api/common.js'
import { singleLineText } from '../text/text.js'

/**
 * The starter themes every project's code book begins with (issue 16), the themes the Roermond
 * and Almere evaluations kept coming back to. `key` stays when a theme is renamed, so a report
 * can still tell a starter theme from one the project added.
 */
export const STARTER_THEMES = [
  { key: 'trust', nl: 'Vertrouwen', en: 'Trust' },
  {
    key: 'participation-perspective',
    nl: 'Participatieperspectief',
    en: 'Participation perspective',
  },
  { key: 'relationship', nl: 'Relatie', en: 'Relationship' },
  { key: 'short-lines', nl: 'Korte lijnen', en: 'Short lines' },
  { key: 'broad-view', nl: 'Brede blik', en: 'Broad view' },
  { key: 'follow-up', nl: 'Opvolging', en: 'Follow-up' },
  { key: 'language', nl: 'Taal', en: 'Language' },
  { key: 'time', nl: 'Tijd', en: 'Time' },
  { key: 'capacity', nl: 'Capaciteit', en: 'Capacity' },
  { key: 'budget', nl: 'Budget', en: 'Budget' },
] as const

const label = () => singleLineText().trim().min(1).max(80)

/** A theme to add to the code book: its label in both languages. */
export const themeInputSchema = z.object({ labelNl: label(), labelEn: label() }).strict()

/** Renaming a theme, or retiring it (kept on its findings, offered no more) or bringing it back. */
export const themeUpdateSchema = z
  .object({
    labelNl: label().optional(),
    labelEn: label().optional(),
    retired: z.boolean().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'theme-update-empty' })

/** Merging a theme into another: every finding coded with it is recoded with `into`. */
export const themeMergeSchema = z.object({ into: idSchema }).strict()

export const themeSchema = z.object({
  id: z.string(),
  /** The starter theme's key; null for a theme the project added. */
  key: z.string().nullable(),
  labelNl: z.string(),
  labelEn: z.string(),
  retired: z.boolean(),
  /** The theme it was merged into (then also retired); null otherwise. */
  mergedInto: z.string().nullable(),
})

export const codeBookResponseSchema = z.object({ themes: z.array(themeSchema) })

export type ThemeInput = z.infer<typeof themeInputSchema>
export type ThemeUpdate = z.infer<typeof themeUpdateSchema>
export type Theme = z.infer<typeof themeSchema>
export type CodeBookResponse = z.infer<typeof codeBookResponseSchema>
