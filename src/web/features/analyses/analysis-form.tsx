import { useMutation } from '@tanstack/react-query'
import { type ChangeEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import type { AnalysisPreview, Language } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { readUpload, TABLE_FILE_TYPES } from '../../api/upload.js'
import { navigate } from '../../app/router.js'
import {
  Alert,
  Button,
  CheckboxField,
  Heading,
  IssueList,
  NumberField,
  SelectField,
  Table,
  TextField,
} from '../../ui/index.js'
import {
  checkedSpec,
  draftFromHeader,
  newOutcome,
  type OutcomeDraft,
  type OutcomeType,
  type SpecDraft,
  specFile,
  uploadOptions,
} from './spec-draft.js'

/** The CSV the preview reads: the file's first 64 KB, up to its last whole line. */
async function csvHead(file: File): Promise<string> {
  const head = await file.slice(0, 64 * 1024).text()
  if (file.size <= 64 * 1024) return head
  return head.slice(0, head.lastIndexOf('\n') + 1)
}

/**
 * A new analysis: the file, a preview of its first rows, the column mapping with the design
 * options of the CLI's spec, then the run (off the request thread) and on to its results page.
 */
export function AnalysisForm(props: { projectId: string }) {
  const { t, i18n } = useTranslation()
  const [name, setName] = useState('')
  const [file, setFile] = useState<File | undefined>()
  const [draft, setDraft] = useState<SpecDraft | undefined>()
  const preview = useMutation({
    mutationFn: async (chosen: File) => {
      const upload = chosen.name.toLowerCase().endsWith('.xlsx')
        ? await readUpload(chosen)
        : { format: 'csv' as const, content: await csvHead(chosen) }
      return callRoute(contract.analyses.preview, {
        params: { id: props.projectId },
        body: upload,
      })
    },
    onSuccess: (answer) => setDraft(draftFromHeader(answer.header)),
  })
  const run = useMutation({
    mutationFn: async (spec: ReturnType<typeof specFile>) => {
      if (!file || !draft) throw new Error('no file')
      const upload = await readUpload(file)
      return callRoute(contract.analyses.create, {
        params: { id: props.projectId },
        body: {
          name: name.trim() || file.name,
          spec,
          data: { ...upload, ...uploadOptions(draft) },
        },
      })
    },
    onSuccess: (answer) => navigate(`/analyses/${answer.analysis.id}`),
  })
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0]
    setFile(chosen)
    setDraft(undefined)
    if (chosen) preview.mutate(chosen)
  }
  const checked = draft && checkedSpec(draft, i18n.language as Language)
  return (
    <section aria-labelledby="new-analysis">
      <Heading level={2} id="new-analysis">
        {t('analyses.new')}
      </Heading>
      <div className="ew-form-row">
        <TextField
          label={t('analyses.analysisName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          label={t('analyses.file')}
          type="file"
          accept={TABLE_FILE_TYPES}
          onChange={choose}
        />
      </div>
      {preview.isError && <IssueList error={preview.error} />}
      {preview.data && draft && (
        <>
          <PreviewTable preview={preview.data} />
          <Mapping header={preview.data.header} draft={draft} onChange={setDraft} />
          {checked && 'problems' in checked ? (
            <Alert type="warning">
              <p>{t('analyses.specProblems')}</p>
              <ul data-testid="spec-problems">
                {checked.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          <div className="ew-actions">
            <a
              className="utrecht-link"
              download="spec.json"
              href={`data:application/json;charset=utf-8,${encodeURIComponent(
                `${JSON.stringify(specFile(draft), null, 2)}\n`,
              )}`}
            >
              {t('analyses.downloadSpec')}
            </a>
            <Button
              disabled={!checked || 'problems' in checked || run.isPending}
              onClick={() => checked && 'spec' in checked && run.mutate(checked.spec)}
            >
              {t('analyses.run')}
            </Button>
          </div>
          {run.isError && <IssueList error={run.error} />}
        </>
      )}
    </section>
  )
}

function PreviewTable(props: { preview: AnalysisPreview }) {
  const { t } = useTranslation()
  const { header, rows } = props.preview
  return (
    <>
      <Heading level={3}>{t('analyses.preview')}</Heading>
      <Table
        caption={t('analyses.previewCaption', { count: rows.length })}
        columns={header.map((h, k) => ({ header: h, cell: (row: string[]) => row[k] ?? '' }))}
        rows={rows}
        rowKey={(row) => `${rows.indexOf(row)}`}
      />
    </>
  )
}

const OUTCOME_TYPES: readonly OutcomeType[] = [
  'binary',
  'continuous',
  'count',
  'cost',
  'time-to-event',
  'difference-in-differences',
]

function Mapping(props: {
  header: readonly string[]
  draft: SpecDraft
  onChange: (draft: SpecDraft) => void
}) {
  const { t } = useTranslation()
  const groupFromHint = useId()
  const { draft, header } = props
  const set = (patch: Partial<SpecDraft>) => props.onChange({ ...draft, ...patch })
  const columns = header.map((h) => ({ value: h, label: h }))
  const optional = [{ value: '', label: '—' }, ...columns]
  const setOutcome = (k: number, patch: Partial<OutcomeDraft>) =>
    set({ outcomes: draft.outcomes.map((o, i) => (i === k ? { ...o, ...patch } : o)) })
  return (
    <>
      <Heading level={3}>{t('analyses.mapping')}</Heading>
      <div className="ew-form-row">
        <SelectField
          label={t('analyses.idColumn')}
          options={columns}
          value={draft.id}
          onChange={(e) => set({ id: e.target.value })}
        />
        <SelectField
          label={t('analyses.groupColumn')}
          options={columns}
          value={draft.group}
          onChange={(e) => set({ group: e.target.value })}
        />
        <TextField
          label={t('analyses.treatedValue')}
          value={draft.treated}
          onChange={(e) => set({ treated: e.target.value })}
        />
        <SelectField
          label={t('analyses.bsnColumn')}
          options={[{ value: '', label: t('analyses.noBsn') }, ...columns]}
          value={draft.bsnColumn}
          onChange={(e) =>
            set({
              bsnColumn: e.target.value,
              ...(e.target.value ? {} : { groupFrom: 'column' as const }),
            })
          }
        />
        <SelectField
          label={t('analyses.groupFrom')}
          options={(['column', 'enrolments'] as const).map((from) => ({
            value: from,
            label: t(`analyses.groupFromOptions.${from}`),
          }))}
          value={uploadOptions(draft).groupFrom}
          disabled={!draft.bsnColumn}
          aria-describedby={groupFromHint}
          onChange={(e) => set({ groupFrom: e.target.value as SpecDraft['groupFrom'] })}
        />
      </div>
      <p className="ew-muted" id={groupFromHint}>
        {t('analyses.groupFromHint')}
      </p>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('analyses.covariates')}</legend>
        <div className="ew-form-row">
          {header
            .filter((h) => h !== draft.id && h !== draft.group)
            .map((column) => (
              <SelectField
                key={column}
                label={t('analyses.covariateType', { column })}
                options={[
                  { value: '', label: t('analyses.notUsed') },
                  { value: 'numeric', label: t('analyses.numeric') },
                  { value: 'categorical', label: t('analyses.categorical') },
                ]}
                value={draft.covariates[column] ?? ''}
                onChange={(e) => {
                  const { [column]: _dropped, ...rest } = draft.covariates
                  const type = e.target.value
                  set({
                    covariates:
                      type === 'numeric' || type === 'categorical'
                        ? { ...rest, [column]: type }
                        : rest,
                  })
                }}
              />
            ))}
        </div>
      </fieldset>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('analyses.outcomes')}</legend>
        {draft.outcomes.map((o, k) => {
          const n = k + 1
          return (
            <div className="ew-form-row" key={`outcome-${n}`}>
              <TextField
                label={t('analyses.outcomeName', { n })}
                value={o.name}
                onChange={(e) => setOutcome(k, { name: e.target.value })}
              />
              <SelectField
                label={t('analyses.outcomeType', { n })}
                options={OUTCOME_TYPES.map((type) => ({
                  value: type,
                  label: t(`analyses.types.${type}`),
                }))}
                value={o.type}
                onChange={(e) => setOutcome(k, { type: e.target.value as OutcomeType })}
              />
              {o.type === 'difference-in-differences' ? (
                <>
                  <SelectField
                    label={t('analyses.beforeColumn', { n })}
                    options={columns}
                    value={o.before}
                    onChange={(e) => setOutcome(k, { before: e.target.value })}
                  />
                  <SelectField
                    label={t('analyses.afterColumn', { n })}
                    options={columns}
                    value={o.after}
                    onChange={(e) => setOutcome(k, { after: e.target.value })}
                  />
                </>
              ) : o.type !== 'time-to-event' ? (
                <SelectField
                  label={t('analyses.outcomeColumn', { n })}
                  options={columns}
                  value={o.column}
                  onChange={(e) => setOutcome(k, { column: e.target.value })}
                />
              ) : (
                <>
                  <SelectField
                    label={t('analyses.timing', { n })}
                    options={[
                      { value: 'columns', label: t('analyses.timingColumns') },
                      { value: 'dates', label: t('analyses.timingDates') },
                    ]}
                    value={o.timing}
                    onChange={(e) =>
                      setOutcome(k, { timing: e.target.value as OutcomeDraft['timing'] })
                    }
                  />
                  {o.timing === 'columns' ? (
                    <>
                      <SelectField
                        label={t('analyses.timeColumn', { n })}
                        options={optional}
                        value={o.time}
                        onChange={(e) => setOutcome(k, { time: e.target.value })}
                      />
                      <SelectField
                        label={t('analyses.eventColumn', { n })}
                        options={optional}
                        value={o.event}
                        onChange={(e) => setOutcome(k, { event: e.target.value })}
                      />
                    </>
                  ) : (
                    <>
                      <SelectField
                        label={t('analyses.startColumn', { n })}
                        options={optional}
                        value={o.start}
                        onChange={(e) => setOutcome(k, { start: e.target.value })}
                      />
                      <SelectField
                        label={t('analyses.endColumn', { n })}
                        options={optional}
                        value={o.end}
                        onChange={(e) => setOutcome(k, { end: e.target.value })}
                      />
                      <NumberField
                        label={t('analyses.followUp', { n })}
                        optional
                        value={o.followUp}
                        onValue={(followUp) => setOutcome(k, { followUp })}
                      />
                    </>
                  )}
                </>
              )}
              <div className="ew-actions">
                <Button
                  appearance="subtle"
                  onClick={() => set({ outcomes: draft.outcomes.filter((_, i) => i !== k) })}
                >
                  {t('analyses.removeOutcome', { name: o.name })}
                </Button>
              </div>
            </div>
          )
        })}
        <Button
          appearance="secondary"
          onClick={() =>
            set({
              outcomes: [
                ...draft.outcomes,
                newOutcome(header.find((h) => !(h in draft.covariates)) ?? ''),
              ],
            })
          }
        >
          {t('analyses.addOutcome')}
        </Button>
      </fieldset>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('analyses.design')}</legend>
        <div className="ew-form-row">
          <SelectField
            label={t('analyses.method')}
            options={(['nearest', 'ipw', 'none'] as const).map((m) => ({
              value: m,
              label: t(`analyses.methods.${m}`),
            }))}
            value={draft.method}
            onChange={(e) => set({ method: e.target.value as SpecDraft['method'] })}
          />
          {draft.method === 'nearest' && (
            <>
              <NumberField
                label={t('analyses.ratio')}
                value={draft.ratio}
                min={1}
                max={10}
                onValue={(ratio) => set({ ratio })}
              />
              <NumberField
                label={t('analyses.caliper')}
                optional
                value={draft.caliper}
                onValue={(caliper) => set({ caliper })}
              />
              <CheckboxField
                label={t('analyses.replace')}
                checked={draft.replace}
                onChange={(replace) => set({ replace })}
              />
            </>
          )}
          <SelectField
            label={t('analyses.estimand')}
            options={(['ATT', 'ATE'] as const).map((e) => ({
              value: e,
              label: t(`analyses.estimands.${e}`),
            }))}
            value={draft.estimand}
            onChange={(e) => set({ estimand: e.target.value as SpecDraft['estimand'] })}
          />
        </div>
      </fieldset>
    </>
  )
}
