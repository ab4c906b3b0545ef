import type { Language } from '../domain/index.js'

/** Report languages: Dutch first. Numbers are formatted by domain/format, as on screen. */
export type ReportLanguage = Language

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
