import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client.js'
import { Alert } from './content.js'

/** A refused request's message and, for a file, every wrong row and column it named. */
export function IssueList(props: { error: Error }) {
  const { t } = useTranslation()
  const { error } = props
  return (
    <Alert type="error">
      <p>{error.message}</p>
      {error instanceof ApiError && error.issues.length > 0 && (
        <ul data-testid="import-issues">
          {error.issues.map((issue) => (
            <li key={`${issue.row}-${issue.column}-${issue.field}-${issue.message}`}>
              {t('common.issue', {
                row: issue.row ?? '—',
                column: issue.column ?? issue.field ?? '—',
                message: issue.message,
              })}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  )
}
