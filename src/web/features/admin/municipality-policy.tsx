import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { callRoute } from '../../api/call-route.js'
import { Alert, CheckboxField, Heading, Paragraph } from '../../ui/index.js'

/**
 * The municipality's policy on professionals' names in a resident's inspection package: off,
 * the resident sees role and organisation (CJEU C-579/21); on, the names as well.
 */
export function MunicipalityPolicy() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const policy = useQuery({
    queryKey: ['municipality-policy'],
    queryFn: () => callRoute(contract.admin.policy),
  })
  const save = useMutation({
    mutationFn: (staffNamesInInspection: boolean) =>
      callRoute(contract.admin.savePolicy, { body: { staffNamesInInspection } }),
    onSuccess: (data) => client.setQueryData(['municipality-policy'], data),
  })
  const current = policy.data?.policy
  return (
    <section aria-labelledby="municipality-policy">
      <Heading level={2} id="municipality-policy">
        {t('admin.policy')}
      </Heading>
      <Paragraph>{t('admin.policyIntro')}</Paragraph>
      {current && (
        <CheckboxField
          label={t('admin.staffNames')}
          checked={current.staffNamesInInspection}
          disabled={save.isPending}
          onChange={(on) => save.mutate(on)}
        />
      )}
      {save.isError && <Alert type="error">{save.error.message}</Alert>}
    </section>
  )
}
