import type { Language } from '../format/index.js'

const NUMBERED = /^casus (\d+)( .*)?$/i

/**
 * A case as a reader of that language names it. The server labels shared cases `casus 1…n`
 * (data, the same in every language, so a label in a Dutch and an English report is the same
 * case); in English text that is "case 3". A file's own id ("VS-02") is shown as it is, with the
 * word before it when `withWord`.
 * @example
 * ```ts
 * caseLabel('casus 3', 'en') // → 'case 3'
 * caseLabel('casus 3', 'nl') // → 'casus 3'
 * caseLabel('casus 3 T1', 'en') // → 'case 3 T1'
 * caseLabel('VS-02', 'en', { withWord: true }) // → 'case VS-02'
 * caseLabel('VS-02', 'nl') // → 'VS-02'
 * ```
 */
export function caseLabel(
  id: string,
  language: Language,
  options: { readonly withWord?: boolean } = {},
): string {
  const word = language === 'nl' ? 'casus' : 'case'
  const numbered = NUMBERED.exec(id)
  if (numbered) return `${word} ${numbered[1]}${numbered[2] ?? ''}`
  return options.withWord === true ? `${word} ${id}` : id
}
