import { DISCLOSURE_RULES, type PublishedCount, suppressionReason } from '../../domain/index.js'

/** A published count as the API answers it: the count, or null with why it is hidden. */
export function publishedWithReason(published: PublishedCount) {
  return {
    count: published.count,
    suppression: published.suppression && {
      kind: published.suppression,
      reason: suppressionReason(published.suppression, DISCLOSURE_RULES),
    },
  }
}
