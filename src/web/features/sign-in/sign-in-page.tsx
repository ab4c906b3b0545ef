import { useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import type { MfaEnrolmentResponse } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { ApiError, resetCsrf } from '../../api/client.js'
import { setLanguage } from '../../i18n/index.js'
import { Alert, Button, Heading, Paragraph, TextField } from '../../ui/index.js'

/**
 * Sign-in with email, password and, for an account with MFA, the TOTP code in the same form:
 * the server gives one answer to every failure, so it never confirms a password on its own.
 * An account whose role needs a second factor but has none gets a fresh secret instead (as
 * text and as an otpauth:// link: no QR library is among the dependencies) and confirms it
 * with its first code.
 */
export function SignInPage() {
  const { t, i18n } = useTranslation()
  const client = useQueryClient()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [totp, setTotp] = useState('')
  const [enrolment, setEnrolment] = useState<MfaEnrolmentResponse['enrolment'] | null>(null)
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      resetCsrf()
      const answer = await callRoute(contract.session.signIn, {
        body: { email, password, ...(totp.trim() === '' ? {} : { totp: totp.trim() }) },
      })
      resetCsrf()
      if ('enrolment' in answer) {
        setEnrolment(answer.enrolment)
        setTotp('')
        return
      }
      await client.invalidateQueries({ queryKey: ['session'] })
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('common.error'))
    } finally {
      setBusy(false)
    }
  }
  const other = i18n.language === 'en' ? 'nl' : 'en'
  return (
    <main id="main" className="ew-sign-in">
      <div className="ew-sign-in__panel">
        <p className="ew-brand">Effectwijzer</p>
        <Heading level={1}>{t('signIn.title')}</Heading>
        <Paragraph>{t('signIn.intro')}</Paragraph>
        {error && <Alert type="error">{error}</Alert>}
        {enrolment && (
          <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="mfa-enrol">
            <Heading level={2} id="mfa-enrol">
              {t('mfa.enrolTitle')}
            </Heading>
            <Paragraph>{t('mfa.enrolIntro')}</Paragraph>
            <TextField label={t('mfa.enrolSecret')} readOnly value={enrolment.secret} />
            <Paragraph>
              <a href={enrolment.uri}>{t('mfa.enrolLink')}</a>
            </Paragraph>
            <TextField
              label={t('mfa.enrolCode')}
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              required
              value={totp}
              onChange={(e) => setTotp(e.target.value)}
            />
            <div className="ew-actions">
              <Button type="submit" disabled={busy}>
                {t('mfa.enrolSubmit')}
              </Button>
              <Button appearance="subtle" onClick={() => setEnrolment(null)}>
                {t('mfa.enrolBack')}
              </Button>
            </div>
          </form>
        )}
        <form onSubmit={(e) => void submit(e)} noValidate hidden={enrolment !== null}>
          <TextField
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <TextField
            label={t('signIn.password')}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <TextField
            label={t('signIn.totp')}
            description={t('signIn.totpHelp')}
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            value={totp}
            onChange={(e) => setTotp(e.target.value)}
          />
          <div className="ew-actions">
            <Button type="submit" disabled={busy}>
              {t('signIn.submit')}
            </Button>
            <Button appearance="subtle" onClick={() => setLanguage(other)} lang={other}>
              {other === 'en' ? 'English' : 'Nederlands'}
            </Button>
          </div>
        </form>
      </div>
    </main>
  )
}
