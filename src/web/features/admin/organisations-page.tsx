import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { ApiError } from '../../api/client.js'
import { Alert, Button, Heading, SelectField, Table, TextField } from '../../ui/index.js'

export function OrganisationsPage() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const list = useQuery({
    queryKey: ['organisations'],
    queryFn: () => callRoute(contract.admin.listOrganisations),
  })
  const [name, setName] = useState('')
  const [kind, setKind] = useState<OrganisationKind>(ORGANISATION_KINDS[0])
  const add = useMutation({
    mutationFn: () => callRoute(contract.admin.createOrganisation, { body: { name, kind } }),
    onSuccess: () => {
      setName('')
      return client.invalidateQueries({ queryKey: ['organisations'] })
    },
  })
  return (
    <>
      <Heading level={1}>{t('admin.organisations')}</Heading>
      {list.isError && <Alert type="error">{list.error.message}</Alert>}
      <Table
        caption={t('admin.organisationsCaption')}
        rowKey={(o) => o.id}
        rows={list.data?.organisations ?? []}
        columns={[
          { header: t('admin.name'), cell: (o) => o.name },
          { header: t('admin.kind'), cell: (o) => t(`organisationKinds.${o.kind}`) },
        ]}
      />
      <form
        className="ew-form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault()
          add.mutate()
        }}
      >
        <Heading level={2}>{t('admin.addOrganisation')}</Heading>
        <div className="ew-form-row">
          <TextField
            label={t('admin.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <SelectField
            label={t('admin.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as OrganisationKind)}
            options={ORGANISATION_KINDS.map((k) => ({
              value: k,
              label: t(`organisationKinds.${k}`),
            }))}
          />
        </div>
        {add.isError && (
          <Alert type="error">
            {add.error instanceof ApiError ? add.error.message : t('common.error')}
          </Alert>
        )}
        <Button type="submit" disabled={add.isPending}>
          {t('common.add')}
        </Button>
      </form>
    </>
  )
}
