import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mergeCatalogues } from './merge-catalogues'

const here = new URL('.', import.meta.url).pathname
const features = join(here, '..', 'features')

function read(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
}

/** Every key path of a catalogue, such as `projects.title`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, inner]) =>
    keyPaths(inner, prefix === '' ? key : `${prefix}.${key}`),
  )
}

const catalogues = (language: 'nl' | 'en') => [
  read(join(here, `${language}.json`)),
  ...readdirSync(features)
    .map((feature) => join(features, feature, 'locales', `${language}.json`))
    .filter((path) => {
      try {
        return readFileSync(path).length > 0
      } catch {
        return false
      }
    })
    .map(read),
]

describe('i18n catalogues', () => {
  it('has the same keys in Dutch and English, over the shared and every feature catalogue', () => {
    const nl = mergeCatalogues({}, catalogues('nl'))
    const en = mergeCatalogues({}, catalogues('en'))
    expect(keyPaths(en).sort()).toEqual(keyPaths(nl).sort())
  })

  it('refuses a top-level key that two catalogues define', () => {
    expect(() => mergeCatalogues({ projects: {} }, [{ projects: {} }])).toThrow(/twice/)
  })
})
