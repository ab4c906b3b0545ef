import { Component, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Alert, Button } from '../ui/index.js'

/**
 * Catches a page that fails to load or render. Pages are lazy chunks: after a deploy, a tab
 * still running the old app asks for chunk names that no longer exist, and without this the
 * whole screen would go blank. Keyed by route in app.tsx, so going to another page clears it.
 */
export class PageBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override render(): ReactNode {
    return this.state.failed ? <PageFailed /> : this.props.children
  }
}

function PageFailed() {
  const { t } = useTranslation()
  return (
    <Alert type="error">
      <p>{t('common.pageFailed')}</p>
      <Button appearance="secondary" onClick={() => window.location.reload()}>
        {t('common.reload')}
      </Button>
    </Alert>
  )
}
