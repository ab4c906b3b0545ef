import { z } from 'zod'

/** The stakeholders (kostendragers/baathebbers) of a business case, municipality split per law. */
export const STAKEHOLDERS = [
  'gemeente-participatiewet',
  'gemeente-wmo',
  'gemeente-jeugdwet',
  'gemeente-overig',
  'uwv-rijk',
  'zorgverzekeraar',
  'wlz',
  'justitie',
  'woningcorporatie',
  'werkgever',
  'inwoner',
  'samenleving',
] as const
export const stakeholderSchema = z.enum(STAKEHOLDERS)
export type Stakeholder = z.infer<typeof stakeholderSchema>

type Names = { readonly nl: string; readonly en: string }

/**
 * The name of every stakeholder Effectwijzer knows, in Dutch and English: the business case's
 * twelve, and the coarser ones an MKBA model usually has (the whole municipality, the state).
 * Screens, reports and workbooks all name stakeholders from here.
 */
const NAMES: Readonly<Record<string, Names>> = {
  'gemeente-participatiewet': {
    nl: 'Gemeente (Participatiewet)',
    en: 'Municipality (Participation Act)',
  },
  'gemeente-wmo': { nl: 'Gemeente (Wmo)', en: 'Municipality (Wmo)' },
  'gemeente-jeugdwet': { nl: 'Gemeente (Jeugdwet)', en: 'Municipality (Youth Act)' },
  'gemeente-overig': { nl: 'Gemeente (overig)', en: 'Municipality (other)' },
  'uwv-rijk': { nl: 'UWV / Rijk', en: 'UWV / central government' },
  zorgverzekeraar: { nl: 'Zorgverzekeraar', en: 'Health insurer' },
  wlz: { nl: 'Wlz (langdurige zorg)', en: 'Long-term care (Wlz)' },
  justitie: { nl: 'Justitie', en: 'Justice' },
  woningcorporatie: { nl: 'Woningcorporatie', en: 'Housing corporation' },
  werkgever: { nl: 'Werkgever', en: 'Employer' },
  inwoner: { nl: 'Inwoner', en: 'Resident' },
  samenleving: { nl: 'Samenleving', en: 'Society' },
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  rijk: { nl: 'Rijk', en: 'Central government' },
}

/** A business-case stakeholder's coarser MKBA stakeholder: the municipality as a whole, the state. */
const COARSE: Readonly<Partial<Record<Stakeholder, string>>> = {
  'gemeente-participatiewet': 'gemeente',
  'gemeente-wmo': 'gemeente',
  'gemeente-jeugdwet': 'gemeente',
  'gemeente-overig': 'gemeente',
  'uwv-rijk': 'rijk',
}

/** A stakeholder's name; an id the model made up itself is shown as it was typed. */
export function stakeholderName(id: string, language: 'nl' | 'en'): string {
  return NAMES[id]?.[language] ?? id
}

/**
 * The stakeholder of an MKBA model that a price-list item's payer belongs to: the payer itself
 * when the model has it, else its coarser stakeholder when the model has that (the Wmo's
 * budget is the municipality's), else the payer, which the model then gains.
 */
export function modelStakeholderFor(
  payer: Stakeholder,
  modelStakeholders: readonly string[],
): string {
  if (modelStakeholders.includes(payer)) return payer
  const coarse = COARSE[payer]
  return coarse !== undefined && modelStakeholders.includes(coarse) ? coarse : payer
}
