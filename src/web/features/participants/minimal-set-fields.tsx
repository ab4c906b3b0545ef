import { useTranslation } from 'react-i18next'
import { AGE_BANDS, HOUSEHOLD_TYPES } from '../../../domain/index.js'
import { SelectField } from '../../ui/index.js'

/** A select's value as one of the listed codes, or undefined for "not recorded". */
export const ageBandOf = (value: string) => AGE_BANDS.find((band) => band === value)
export const householdOf = (value: string) => HOUSEHOLD_TYPES.find((type) => type === value)

type Choice = { readonly value: string; readonly onChange: (value: string) => void }

/**
 * The age band and household type of the minimal data set as two selects, with "not recorded"
 * as the empty choice: the same on a participant's page and in the enrolment form.
 */
export function AgeBandAndHouseholdFields(props: { ageBand: Choice; household: Choice }) {
  const { t } = useTranslation()
  const none = { value: '', label: t('common.unknown') }
  return (
    <>
      <SelectField
        label={t('participants.ageBand')}
        value={props.ageBand.value}
        onChange={(e) => props.ageBand.onChange(e.target.value)}
        options={[none, ...AGE_BANDS.map((a) => ({ value: a, label: a }))]}
      />
      <SelectField
        label={t('participants.household')}
        value={props.household.value}
        onChange={(e) => props.household.onChange(e.target.value)}
        options={[none, ...HOUSEHOLD_TYPES.map((h) => ({ value: h, label: t(`household.${h}`) }))]}
      />
    </>
  )
}
