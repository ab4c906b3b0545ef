import type { LocalisedMessage } from '../errors.js'
import type { DisclosureRules } from './rules.js'
import type { Suppression } from './suppress.js'

/** Why a count is not shown, in the words an answer gives its reader. */
export function suppressionReason(kind: Suppression, rules: DisclosureRules): LocalisedMessage {
  return kind === 'primary'
    ? {
        nl: `Minder dan ${rules.threshold} deelnemers.`,
        en: `Fewer than ${rules.threshold} participants.`,
      }
    : {
        nl: 'Verborgen zodat een klein aantal niet uit het totaal en de andere cellen is af te leiden.',
        en: 'Hidden so that a small count cannot be worked out from the total and the other cells.',
      }
}
