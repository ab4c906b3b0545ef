import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { formatMoment, ROLES, type Role } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { ApiError } from '../../api/client.js'
import { useSession } from '../../app/session.js'
import { Alert, Button, Heading, SelectField, Table, TextField } from '../../ui/index.js'
import { MfaExemptions } from '../mfa/mfa-exemptions.js'
import { StaffRecords } from '../time/staff-records.js'
import { ManageAccount } from './manage-account.js'
import { MunicipalityPolicy } from './municipality-policy.js'

export function UsersPage() {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const selfId = useSession().data?.id
  const client = useQueryClient()
  const users = useQuery({
    queryKey: ['users'],
    queryFn: () => callRoute(contract.admin.listUsers),
  })
  const organisations = useQuery({
    queryKey: ['organisations'],
    queryFn: () => callRoute(contract.admin.listOrganisations),
  })
  const orgs = organisations.data?.organisations ?? []
  const [form, setForm] = useState({
    name: '',
    email: '',
    role: 'professional' as Role,
    organisationId: '',
    team: '',
    password: '',
  })
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [field]: e.target.value })
  const add = useMutation({
    mutationFn: () =>
      callRoute(contract.admin.createUser, {
        body: {
          ...form,
          organisationId: form.organisationId || orgs[0]?.id || '',
          ...(form.team ? {} : { team: undefined }),
        },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  })
  const orgName = (id: string | null) => orgs.find((o) => o.id === id)?.name ?? '—'
  return (
    <>
      <Heading level={1}>{t('admin.users')}</Heading>
      {users.isError && <Alert type="error">{users.error.message}</Alert>}
      <Table
        caption={t('admin.usersCaption')}
        rowKey={(u) => u.id}
        rows={users.data?.users ?? []}
        columns={[
          { header: t('admin.name'), cell: (u) => u.name },
          { header: t('admin.email'), cell: (u) => u.email },
          {
            header: t('admin.role'),
            cell: (u) => (u.role ? t(`roles.${u.role}`) : t('admin.noRole')),
          },
          { header: t('admin.organisation'), cell: (u) => orgName(u.organisationId) },
          { header: t('admin.team'), cell: (u) => u.team ?? '—' },
          {
            header: t('admin.mfa'),
            cell: (u) => (u.mfaEnabled ? t('common.yes') : t('common.no')),
          },
          {
            header: t('admin.state'),
            cell: (u) =>
              u.deactivatedAt
                ? t('admin.inactiveSince', { moment: formatMoment(u.deactivatedAt, language) })
                : t('admin.active'),
          },
          {
            header: t('admin.lastSignIn'),
            cell: (u) =>
              u.lastSignInAt ? formatMoment(u.lastSignInAt, language) : t('admin.never'),
          },
        ]}
      />
      <ManageAccount users={users.data?.users ?? []} selfId={selfId} />
      <form
        className="ew-form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault()
          add.mutate()
        }}
      >
        <Heading level={2}>{t('admin.addUser')}</Heading>
        <div className="ew-form-row">
          <TextField
            label={t('admin.name')}
            value={form.name}
            onChange={set('name')}
            autoComplete="off"
          />
          <TextField
            label={t('admin.email')}
            type="email"
            value={form.email}
            onChange={set('email')}
            autoComplete="off"
          />
          <SelectField
            label={t('admin.role')}
            value={form.role}
            onChange={set('role')}
            options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
          <SelectField
            label={t('admin.organisation')}
            value={form.organisationId || orgs[0]?.id || ''}
            onChange={set('organisationId')}
            options={orgs.map((o) => ({ value: o.id, label: o.name }))}
          />
          <TextField label={t('admin.team')} value={form.team} onChange={set('team')} />
          <TextField
            label={t('admin.password')}
            description={t('admin.passwordHelp')}
            type="password"
            value={form.password}
            onChange={set('password')}
            autoComplete="new-password"
          />
        </div>
        {add.isError && (
          <Alert type="error">
            {add.error instanceof ApiError
              ? [add.error.message, ...add.error.issues.map((i) => i.message)].join(' ')
              : t('common.error')}
          </Alert>
        )}
        {add.data?.totpSecret && (
          <Alert type="info">{t('admin.totpSecret', { secret: add.data.totpSecret })}</Alert>
        )}
        <Button type="submit" disabled={add.isPending}>
          {t('common.add')}
        </Button>
      </form>
      <StaffRecords users={users.data?.users ?? []} organisations={orgs} />
      <MunicipalityPolicy />
      <MfaExemptions editable />
    </>
  )
}
