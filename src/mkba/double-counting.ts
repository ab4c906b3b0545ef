import type { MkbaItem } from './model.js'
import type { MkbaWarning } from './warnings.js'

/** Label patterns that suggest one effect valued twice, with the reason in Dutch and English. */
const PAIRS: ReadonlyArray<readonly [RegExp, RegExp, { nl: string; en: string }]> = [
  [
    /wellbeing|welzijn|welbevinden|qaly|health|gezondheid|kwaliteit van leven/i,
    /care|zorg|ggz|wmo|jeugd/i,
    {
      nl: 'een waarde voor welzijn of gezondheid naast de zorgbesparing die daar mogelijk al in zit',
      en: 'a wellbeing or health value and the care savings it may already imply',
    },
  ],
  [
    /wage|loon|salaris|earnings|inkomen uit werk/i,
    /bijstand|uitkering|benefit|social assistance/i,
    {
      nl: 'loonwinst naast de uitkering die erdoor vervalt',
      en: 'wage gains and the benefit they replace',
    },
  ],
]

/**
 * Warnings about likely double counting among the benefits of one stakeholder:
 * - two quantified benefits that declare the same `outcome`;
 * - a wellbeing/health value next to the care savings it implies;
 * - a wage gain next to the benefit (uitkering) it replaces.
 * The guideline counts each effect once, at the stakeholder where it lands
 * (Romijn & Renes 2013, §4.4 "dubbeltellingen"; SEO Werkwijzer sociaal domein 2016).
 * Heuristic by design: it warns and never changes a number.
 *
 * @example
 * ```ts
 * const none = { deadweight: 0, attribution: 0, displacement: 0, dropOff: 0 }
 * findDoubleCounting([
 *   { id: 'wages', kind: 'benefit', category: 'financial', stakeholder: 'resident',
 *     years: { 2025: 30000 }, ...none },
 *   { id: 'uitkering', kind: 'benefit', category: 'financial', stakeholder: 'resident',
 *     years: { 2025: 15000 }, ...none },
 * ])
 * // → [{ code: 'double-counting', items: ['wages', 'uitkering'] }]   (wages replace the benefit)
 * ```
 */
export function findDoubleCounting(items: readonly MkbaItem[]): MkbaWarning[] {
  const warnings: MkbaWarning[] = []
  const benefits = items.filter((i) => i.kind === 'benefit' && i.category !== 'unquantified')
  for (let a = 0; a < benefits.length; a++) {
    for (let b = a + 1; b < benefits.length; b++) {
      const x = benefits[a]!
      const y = benefits[b]!
      if (x.stakeholder !== y.stakeholder) continue
      if (x.outcome !== undefined && x.outcome === y.outcome) {
        warnings.push({
          code: 'double-counting',
          items: [x.id, y.id],
          message: {
            nl: `Mogelijke dubbeltelling bij ${x.stakeholder}: "${x.id}" en "${y.id}" waarderen allebei de uitkomst "${x.outcome}".`,
            en: `Possible double counting for ${x.stakeholder}: "${x.id}" and "${y.id}" both value the outcome "${x.outcome}".`,
          },
        })
        continue
      }
      const tx = `${x.id} ${x.label ?? ''}`
      const ty = `${y.id} ${y.label ?? ''}`
      for (const [p, q, what] of PAIRS) {
        if ((p.test(tx) && q.test(ty)) || (p.test(ty) && q.test(tx))) {
          warnings.push({
            code: 'double-counting',
            items: [x.id, y.id],
            message: {
              nl: `Mogelijke dubbeltelling bij ${x.stakeholder}: "${x.id}" en "${y.id}" — ${what.nl}.`,
              en: `Possible double counting for ${x.stakeholder}: "${x.id}" and "${y.id}" — ${what.en}.`,
            },
          })
        }
      }
    }
  }
  return warnings
}
