import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  compareMkbaModels,
  formatMoment,
  formatPlainNumber,
  isUnchanged,
  type MkbaVersionListResponse,
} from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { ApiError } from '../../api/client.js'
import { Alert, Button, Heading, SelectField, Table } from '../../ui/index.js'
import type { ModelDraft } from './model-draft.js'

/**
 * The saved versions of the model: who saved which when, what changed between a chosen version
 * and the model on screen ("what changed since the council version"), and restoring one
 * (saved as a new version; nothing is overwritten).
 */
export function VersionPanel(props: {
  readonly projectId: string
  readonly draft: ModelDraft
  readonly mayRestore: boolean
  readonly onRestored: (model: ModelDraft) => void
}) {
  const { t, i18n } = useTranslation()
  const client = useQueryClient()
  const versions = useQuery({
    queryKey: ['mkba-versions', props.projectId],
    queryFn: () => callRoute(contract.mkba.versions, { params: { id: props.projectId } }),
  })
  const [chosen, setChosen] = useState<number | undefined>()
  const list = versions.data?.versions ?? []
  const selected = chosen ?? list[1]?.version ?? list[0]?.version
  const version = useQuery({
    queryKey: ['mkba-version', props.projectId, selected],
    queryFn: () =>
      callRoute(contract.mkba.version, {
        params: { id: props.projectId, version: selected ?? 0 },
      }),
    enabled: selected !== undefined,
  })
  const restore = useMutation({
    mutationFn: (n: number) =>
      callRoute(contract.mkba.restore, { params: { id: props.projectId, version: n }, body: {} }),
    onSuccess: (data) => {
      client.setQueryData(['mkba', props.projectId], data)
      void client.invalidateQueries({ queryKey: ['mkba-versions', props.projectId] })
      if (data.model) props.onRestored(data.model as ModelDraft)
    },
  })
  if (versions.isError) return <Alert type="error">{versions.error.message}</Alert>
  if (list.length === 0) return null
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const when = (at: string) => formatMoment(at, language)
  // A compared value as the number fields show it ("4,5", not JSON's "4.5"); other JSON as is.
  const shown = (text: string | undefined) =>
    text === undefined
      ? '—'
      : Number.isFinite(Number(text))
        ? formatPlainNumber(Number(text), language)
        : text
  const label = (v: MkbaVersionListResponse['versions'][number]) =>
    t('mkba.versionLabel', {
      version: v.version,
      at: when(v.savedAt),
    })
  const comparison = version.data && compareMkbaModels(version.data.model, props.draft)
  const changes = comparison
    ? [
        ...comparison.settings.map((c) => ({ what: c.field, ...c })),
        ...comparison.added.map((id) => ({
          what: t('mkba.itemAdded', { id }),
          before: undefined,
          after: undefined,
        })),
        ...comparison.removed.map((id) => ({
          what: t('mkba.itemRemoved', { id }),
          before: undefined,
          after: undefined,
        })),
        ...comparison.changed.flatMap((item) =>
          item.fields.map((c) => ({
            what: `${item.id} · ${c.field}`,
            before: c.before,
            after: c.after,
          })),
        ),
      ]
    : []
  return (
    <section aria-labelledby="mkba-versions" className="ew-versions">
      <Heading level={2} id="mkba-versions">
        {t('mkba.versions')}
      </Heading>
      <Table
        caption={t('mkba.versionsCaption')}
        rows={list}
        rowKey={(v) => String(v.version)}
        columns={[
          { header: t('mkba.version'), cell: (v) => v.version, numeric: true },
          { header: t('mkba.savedAt'), cell: (v) => when(v.savedAt) },
          { header: t('mkba.savedBy'), cell: (v) => v.savedBy?.name ?? t('mkba.versionNobody') },
          {
            header: t('mkba.restoredFrom'),
            cell: (v) =>
              v.restoredFrom === null
                ? ''
                : t('mkba.restoredFromVersion', { version: v.restoredFrom }),
          },
        ]}
      />
      <div className="ew-form-row">
        <SelectField
          label={t('mkba.compareWith')}
          value={selected === undefined ? '' : String(selected)}
          onChange={(e) => setChosen(Number(e.target.value))}
          options={list.map((v) => ({ value: String(v.version), label: label(v) }))}
        />
        {props.mayRestore && selected !== undefined && (
          <Button
            appearance="secondary"
            disabled={restore.isPending}
            onClick={() => {
              if (window.confirm(t('mkba.restoreConfirm', { version: selected })))
                restore.mutate(selected)
            }}
          >
            {t('mkba.restore', { version: selected })}
          </Button>
        )}
      </div>
      {restore.isError && (
        <Alert type="error">
          {restore.error instanceof ApiError ? restore.error.message : t('common.error')}
        </Alert>
      )}
      {comparison &&
        (isUnchanged(comparison) ? (
          <p data-testid="version-unchanged">{t('mkba.noChanges', { version: selected })}</p>
        ) : (
          <Table
            caption={t('mkba.changesSince', { version: selected })}
            rows={changes}
            rowKey={(c) => c.what}
            columns={[
              { header: t('mkba.changeWhat'), cell: (c) => c.what },
              { header: t('mkba.changeBefore'), cell: (c) => <code>{shown(c.before)}</code> },
              { header: t('mkba.changeAfter'), cell: (c) => <code>{shown(c.after)}</code> },
            ]}
          />
        ))}
    </section>
  )
}
