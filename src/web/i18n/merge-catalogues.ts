type Catalogue = Readonly<Record<string, unknown>>

/**
 * The shared catalogue with each feature's own: a feature's top-level key may not exist twice,
 * because the second would silently replace the first's texts.
 */
export function mergeCatalogues(shared: Catalogue, features: readonly Catalogue[]): Catalogue {
  const merged: Record<string, unknown> = { ...shared }
  for (const feature of features)
    for (const [key, texts] of Object.entries(feature)) {
      if (key in merged) throw new Error(`i18n: the top-level key "${key}" is defined twice`)
      merged[key] = texts
    }
  return merged
}
