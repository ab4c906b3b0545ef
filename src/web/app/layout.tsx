import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { can, type SessionUser } from '../../domain/index.js'
import { TimeShortcut } from '../features/time/time-shortcut.js'
import { setLanguage } from '../i18n/index.js'
import { Button } from '../ui/index.js'
import { Link, match } from './router.js'
import { ROUTES } from './routes.js'
import { useSignOut } from './session.js'

export function Layout(props: { user: SessionUser; path: string; children: ReactNode }) {
  const { t, i18n } = useTranslation()
  const signOut = useSignOut()
  const { user } = props
  const nav = ROUTES.filter(
    (r) => r.nav !== undefined && user.role !== null && r.roles.includes(user.role),
  )
  const other = i18n.language === 'en' ? 'nl' : 'en'
  return (
    <>
      <a className="utrecht-skip-link ew-skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header className="ew-header">
        <div className="ew-header__inner">
          <Link to="/" className="ew-brand">
            Effectwijzer
          </Link>
          <div className="ew-header__user">
            {can(user.role, 'time.record') && <TimeShortcut />}
            <span>
              {user.name}
              {user.role ? ` · ${t(`roles.${user.role}`)}` : ''}
              {user.organisation ? ` · ${user.organisation.name}` : ''}
            </span>
            <Button appearance="subtle" onClick={() => setLanguage(other)} lang={other}>
              {other === 'en' ? 'English' : 'Nederlands'}
            </Button>
            <Button appearance="secondary" onClick={() => void signOut()}>
              {t('layout.signOut')}
            </Button>
          </div>
        </div>
        <nav className="ew-nav" aria-label={t('layout.navigation')}>
          <ul>
            {nav.map((route) => (
              <li key={route.path}>
                <Link
                  to={route.path}
                  className="ew-nav__link"
                  current={
                    match(route.path, props.path) !== undefined ||
                    (route.path !== '/' && props.path.startsWith(route.path))
                  }
                >
                  {t(route.nav ?? '')}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="ew-main" tabIndex={-1}>
        {props.children}
      </main>
      <footer className="ew-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </>
  )
}
