/**
 * Something the analyst should look at, in Dutch and English. The engine never changes a
 * number because of a warning; it says what it noticed and which items are involved.
 */
export interface MkbaWarning {
  readonly code: 'outside-horizon' | 'double-counting'
  /** Ids of the items concerned. */
  readonly items: readonly string[]
  readonly message: { readonly nl: string; readonly en: string }
}
