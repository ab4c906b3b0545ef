export type CsvDelimiter = ',' | ';'

/**
 * The delimiter, from the first record (the header): Dutch Excel writes `;`, others `,`.
 * `;` wins when the header holds more semicolons than commas outside quoted fields.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let semicolons = 0
  let commas = 0
  let quoted = false
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') quoted = !quoted
    else if (quoted) continue
    else if (c === '\n' || c === '\r') break
    else if (c === ';') semicolons++
    else if (c === ',') commas++
  }
  return semicolons > commas ? ';' : ','
}
