import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { SignInPage } from '../features/sign-in/sign-in-page.js'
import { Alert, Heading } from '../ui/index.js'
import { Layout } from './layout.js'
import { lazyPage } from './lazy-page.js'
import { PageBoundary } from './page-boundary.js'
import { match, usePath } from './router.js'
import { ROUTES } from './routes.js'
import { useSession } from './session.js'

const StartfotoAnswerPage = lazyPage(
  () => import('../features/startfoto/answer-page.js'),
  'StartfotoAnswerPage',
)
/** The public answer page of a startfoto link: no account, no layout, not in the navigation. */
const STARTFOTO_ANSWER = '/startfoto/:token'

export function App() {
  const { t } = useTranslation()
  const session = useSession()
  const path = usePath()
  const answering = match(STARTFOTO_ANSWER, path)
  if (answering)
    return (
      <PageBoundary>
        <Suspense fallback={<p className="ew-loading">{t('common.loading')}</p>}>
          <StartfotoAnswerPage token={answering.token ?? ''} />
        </Suspense>
      </PageBoundary>
    )
  if (session.isPending) return <p className="ew-loading">{t('common.loading')}</p>
  const user = session.data ?? null
  if (user === null) return <SignInPage />
  const found = ROUTES.map((route) => ({ route, params: match(route.path, path) })).find(
    (r) => r.params !== undefined,
  )
  const allowed = found && user.role !== null && found.route.roles.includes(user.role)
  return (
    <Layout user={user} path={path}>
      {user.role === null ? (
        <Alert type="info">{t('session.noRole')}</Alert>
      ) : found && allowed ? (
        // Pages are lazy chunks (routes.tsx): the loading line shows while one downloads.
        <PageBoundary key={found.route.path}>
          <Suspense fallback={<p className="ew-loading">{t('common.loading')}</p>}>
            {found.route.render(found.params ?? {})}
          </Suspense>
        </PageBoundary>
      ) : (
        <>
          <Heading level={1}>{t('common.notFound')}</Heading>
          <p>{t('common.notFoundText')}</p>
        </>
      )}
    </Layout>
  )
}
