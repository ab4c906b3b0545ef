import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { ROLES, type Role } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import {
  Alert,
  Button,
  Heading,
  IssueList,
  Paragraph,
  SelectField,
  TextField,
} from '../../ui/index.js'

interface Account {
  readonly id: string
  readonly name: string
  readonly role: Role | null
  readonly active: boolean
}

/**
 * One account's life (issue 11): a new role, offboarding and back, a reset password or second
 * factor. Each takes effect at once (the server ends the account's sessions); a new secret is
 * shown here once.
 */
export function ManageAccount(props: { users: readonly Account[]; selfId: string | undefined }) {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [userId, setUserId] = useState('')
  const [role, setRole] = useState<Role | ''>('')
  const [password, setPassword] = useState('')
  const user = props.users.find((u) => u.id === userId) ?? props.users[0]
  const refresh = () => client.invalidateQueries({ queryKey: ['users'] })
  const change = useMutation({
    mutationFn: (body: { role?: Role; active?: boolean }) =>
      callRoute(contract.admin.changeUser, { params: { id: user?.id ?? '' }, body }),
    onSuccess: refresh,
  })
  const reset = useMutation({
    mutationFn: (body: { password?: string; newTotpSecret?: true }) =>
      callRoute(contract.admin.resetCredentials, { params: { id: user?.id ?? '' }, body }),
    onSuccess: () => {
      setPassword('')
      return refresh()
    },
  })
  if (!user) return null
  const self = user.id === props.selfId
  const secret = change.data?.totpSecret ?? reset.data?.totpSecret
  const failed = change.error ?? reset.error
  const chosenRole = role || user.role || 'professional'
  return (
    <section aria-labelledby="manage-account">
      <Heading level={2} id="manage-account">
        {t('admin.manage')}
      </Heading>
      <Paragraph>{t('admin.manageIntro')}</Paragraph>
      <SelectField
        label={t('admin.account')}
        value={user.id}
        onChange={(e) => {
          setUserId(e.target.value)
          setRole('')
          change.reset()
          reset.reset()
        }}
        options={props.users.map((u) => ({
          value: u.id,
          label: u.active ? u.name : `${u.name} (${t('admin.inactive')})`,
        }))}
      />
      {self && <Paragraph>{t('admin.selfNote')}</Paragraph>}
      <form
        className="ew-form-row"
        onSubmit={(e: FormEvent) => {
          e.preventDefault()
          change.mutate({ role: chosenRole })
        }}
      >
        <SelectField
          label={t('admin.newRole')}
          value={chosenRole}
          disabled={self}
          onChange={(e) => setRole(e.target.value as Role)}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <Button type="submit" appearance="secondary" disabled={self || change.isPending}>
          {t('admin.changeRole')}
        </Button>
      </form>
      <p>
        <Button
          appearance="secondary"
          disabled={self || change.isPending}
          onClick={() => change.mutate({ active: !user.active })}
        >
          {user.active ? t('admin.deactivate') : t('admin.reactivate')}
        </Button>
      </p>
      <form
        className="ew-form-row"
        onSubmit={(e: FormEvent) => {
          e.preventDefault()
          reset.mutate({ password })
        }}
      >
        <TextField
          label={t('admin.newPassword')}
          description={t('admin.passwordHelp')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button type="submit" appearance="secondary" disabled={reset.isPending}>
          {t('admin.resetPassword')}
        </Button>
      </form>
      <p>
        <Button
          appearance="secondary"
          disabled={reset.isPending}
          onClick={() => reset.mutate({ newTotpSecret: true })}
        >
          {t('admin.newSecondFactor')}
        </Button>
      </p>
      {failed && <IssueList error={failed} />}
      {(change.isSuccess || reset.isSuccess) && (
        <Alert type="ok">{t('admin.changed', { name: user.name })}</Alert>
      )}
      {secret && <Alert type="info">{t('admin.totpSecret', { secret })}</Alert>}
    </section>
  )
}
