import type { Stakeholder } from '../../domain/index.js'
import type { ReportLanguage } from '../format.js'

const NAMES: Record<Stakeholder, { nl: string; en: string }> = {
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
}

/** A stakeholder's name in the report's language. */
export function stakeholderName(stakeholder: Stakeholder, language: ReportLanguage): string {
  return NAMES[stakeholder][language]
}
