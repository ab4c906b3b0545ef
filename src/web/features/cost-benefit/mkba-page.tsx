import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { type ChangeEvent, useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  can,
  DEFAULTS,
  DISCOUNT_RATE_MAX,
  isPriceProblem,
  parseMkbaModel,
  priceResolver,
  todayInAmsterdam,
  ValidationError,
} from '../../../domain/index.js'
import { analyseMkba, DISCOUNT_RATE_RISK_FREE, type MkbaAnalysis } from '../../../mkba/index.js'
import { callRoute, routeUrl } from '../../api/call-route.js'
import { ApiError } from '../../api/client.js'
import { Link, useLeaveGuard } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import {
  Alert,
  Button,
  Heading,
  NumberField,
  Paragraph,
  SelectField,
  TextField,
  useEuro,
  useSaveWhenReadable,
} from '../../ui/index.js'
import { ItemEditor } from './item-editor.js'
import { MkbaResults } from './mkba-results.js'
import { emptyModel, type ModelDraft, newItem, patchItem } from './model-draft.js'
import { SourcesPanel } from './sources-panel.js'
import { useMonteCarlo } from './use-monte-carlo.js'
import { VersionPanel } from './version-panel.js'

/** The MKBA builder of a project: edit the model, see the result recomputed as you type, save, import, export. */
export function MkbaPage(props: { id: string }) {
  const { t, i18n } = useTranslation()
  const client = useQueryClient()
  const project = useQuery({
    queryKey: ['project', props.id],
    queryFn: () => callRoute(contract.projects.get, { params: { id: props.id } }),
  })
  const stored = useQuery({
    queryKey: ['mkba', props.id],
    queryFn: () => callRoute(contract.mkba.get, { params: { id: props.id } }),
  })
  const prices = useQuery({
    queryKey: ['price-list'],
    queryFn: () => callRoute(contract.priceList.active),
  })
  const priceList = prices.data?.list
  const [draft, setDraft] = useState<ModelDraft | undefined>()
  // The draft as last loaded or saved: the reports show the saved model, so their links wait
  // until the draft on screen is that model (drafts are replaced, never mutated, on each edit).
  const [savedDraft, setSavedDraft] = useState<ModelDraft | null>(null)
  // The draft as loaded, saved or restored: anything else on screen is unsaved work.
  const [pristine, setPristine] = useState<ModelDraft | undefined>()
  const [importError, setImportError] = useState<string | undefined>()
  const role = useSession().data?.role
  const maySave = can(role, 'mkba.save')
  const readable = useSaveWhenReadable()
  useEffect(() => {
    if (draft === undefined && stored.data && project.data) {
      const model = stored.data.model as ModelDraft | null
      const loaded =
        model ?? emptyModel(project.data.project.name, Number(todayInAmsterdam().slice(0, 4)))
      setDraft(loaded)
      setPristine(loaded)
      setSavedDraft(model)
    }
  }, [draft, stored.data, project.data])
  const unsaved = draft !== undefined && draft !== pristine
  useLeaveGuard(unsaved, t('mkba.leaveUnsaved'))

  const outcome = useMemo(() => {
    if (!draft) return undefined
    try {
      const resolvers = priceList ? { price: priceResolver(priceList) } : {}
      const model = parseMkbaModel(draft, resolvers)
      return { model, result: analyseMkba(model) }
    } catch (error) {
      if (error instanceof ValidationError) return { issues: error.issues }
      throw error
    }
  }, [draft, priceList])
  const pricer = useMemo(() => priceList && priceResolver(priceList), [priceList])
  const linkedUnitValue = (item: ModelDraft['items'][number]) => {
    const code = item.unitValueFrom?.priceListItem
    const answer =
      code === undefined || !pricer || !draft ? undefined : pricer(code, draft.priceYear)
    return answer === undefined || isPriceProblem(answer) ? undefined : answer.price
  }
  const monteCarlo = useMonteCarlo(outcome?.model)
  const changeItem = useCallback(
    (index: number, patch: Parameters<typeof patchItem>[2]) =>
      setDraft((d) => d && patchItem(d, index, patch)),
    [],
  )
  const removeItem = useCallback(
    (index: number) => setDraft((d) => d && { ...d, items: d.items.filter((_, i) => i !== index) }),
    [],
  )

  const save = useMutation({
    mutationFn: (model: ModelDraft) =>
      callRoute(contract.mkba.save, { params: { id: props.id }, body: model }),
    onSuccess: (data, model) => {
      client.setQueryData(['mkba', props.id], data)
      void client.invalidateQueries({ queryKey: ['mkba-versions', props.id] })
      setSavedDraft(model)
      setPristine(model)
    },
  })

  const exportFile = () => {
    const blob = new Blob([`${JSON.stringify(draft, null, 2)}\n`], { type: 'application/json' })
    const link = document.createElement('a')
    link.href = URL.createObjectURL(blob)
    link.download = 'mkba-model.json'
    link.click()
    URL.revokeObjectURL(link.href)
  }
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (!file) return
    try {
      setDraft(JSON.parse(await file.text()) as ModelDraft)
      setImportError(undefined)
    } catch {
      setImportError(t('mkba.importInvalid'))
    }
  }

  if (project.isError) return <Alert type="error">{project.error.message}</Alert>
  if (!draft) return <p>{t('common.loading')}</p>
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const report = (format: 'html' | 'pdf' | 'xlsx', status: 'draft' | 'final' = 'draft') =>
    routeUrl(contract.mkba.report, {
      params: { id: props.id },
      query: {
        ...(format === 'html' ? {} : { format }),
        lang: language,
        ...(status === 'final' ? { status } : {}),
      },
    })
  const set = (patch: Partial<ModelDraft>) => setDraft({ ...draft, ...patch })
  return (
    <>
      <p>
        <Link to={`/projects/${props.id}`}>{t('mkba.back')}</Link>
      </p>
      <Heading level={1}>{t('mkba.title')}</Heading>
      <Paragraph>{t('mkba.intro')}</Paragraph>
      {outcome?.result && <MkbaResults result={outcome.result} monteCarlo={monteCarlo} />}
      {outcome?.issues && (
        <Alert type="warning">
          <p>{t('mkba.invalid')}</p>
          <ul>
            {outcome.issues.map((issue) => (
              <li key={`${issue.field}-${issue.message.en}`}>
                {issue.field}: {issue.message[language]}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {!maySave && <Alert type="info">{t('mkba.readOnly')}</Alert>}
      <div className="ew-actions">
        {maySave && (
          <Button
            onClick={() => readable.attempt(() => save.mutate(draft))}
            disabled={save.isPending || outcome?.result === undefined}
          >
            {t('mkba.save')}
          </Button>
        )}
        {unsaved && (
          <span className="ew-muted" data-testid="mkba-unsaved">
            {t('mkba.unsaved')}
          </span>
        )}
        <Button appearance="secondary" onClick={exportFile}>
          {t('mkba.export')}
        </Button>
        <label className="utrecht-button utrecht-button--secondary-action ew-file-button">
          {t('mkba.import')}
          <input
            type="file"
            accept="application/json,.json"
            className="ew-visually-hidden"
            onChange={(e) => void importFile(e)}
          />
        </label>
      </div>
      <p className="ew-report-links">
        {savedDraft === null || savedDraft !== draft ? (
          <span className="ew-muted">{t('mkba.reportAfterSave')}</span>
        ) : (
          <>
            {t('mkba.report')}:{' '}
            <a className="utrecht-link" href={report('html')}>
              {t('mkba.reportHtml')}
            </a>
            {' · '}
            <a className="utrecht-link" href={report('pdf')}>
              PDF
            </a>
            {' · '}
            <a className="utrecht-link" href={report('xlsx')}>
              {t('mkba.reportXlsx')}
            </a>
            {maySave && (
              <>
                {' · '}
                <a className="utrecht-link" href={report('pdf', 'final')}>
                  {t('mkba.reportFinal')}
                </a>
              </>
            )}
          </>
        )}
      </p>
      {readable.alert}
      {save.isSuccess && savedDraft === draft && <Alert type="ok">{t('common.saved')}</Alert>}
      {save.isError && (
        <Alert type="error">
          {save.error instanceof ApiError ? save.error.message : t('common.error')}
        </Alert>
      )}
      {importError && <Alert type="error">{importError}</Alert>}
      <VersionPanel
        projectId={props.id}
        draft={draft}
        mayRestore={maySave}
        onRestored={(model) => {
          setDraft(model)
          setSavedDraft(model)
          setPristine(model)
        }}
      />

      {outcome?.result && <ResultBar result={outcome.result} />}
      <Heading level={2}>{t('mkba.settings')}</Heading>
      <div className="ew-form-row">
        <TextField
          label={t('mkba.name')}
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
        />
        <NumberField
          label={t('mkba.baseYear')}
          value={draft.baseYear}
          onValue={(baseYear) => baseYear !== undefined && set({ baseYear })}
        />
        <NumberField
          label={t('mkba.priceYear')}
          value={draft.priceYear}
          onValue={(priceYear) => priceYear !== undefined && set({ priceYear })}
        />
        <NumberField
          label={t('mkba.horizonYears')}
          min={1}
          max={200}
          value={draft.horizonYears}
          onValue={(horizonYears) => horizonYears !== undefined && set({ horizonYears })}
        />
        <NumberField
          label={t('mkba.discountRate')}
          description={t('mkba.discountRateHelp')}
          scale={100}
          min={DISCOUNT_RATE_RISK_FREE}
          max={DISCOUNT_RATE_MAX}
          value={draft.discountRate ?? DEFAULTS.discountRate}
          onValue={(discountRate) => discountRate !== undefined && set({ discountRate })}
        />
        <SelectField
          label={t('mkba.timing')}
          value={draft.timing ?? 'start-of-year'}
          onChange={(e) => set({ timing: e.target.value as ModelDraft['timing'] })}
          options={[
            { value: 'start-of-year', label: t('mkba.timingStart') },
            { value: 'end-of-year', label: t('mkba.timingEnd') },
          ]}
        />
        <TextField
          label={t('mkba.stakeholders')}
          description={t('mkba.stakeholdersHelp')}
          value={draft.stakeholders.join(', ')}
          onChange={(e) =>
            set({
              stakeholders: e.target.value
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
            })
          }
        />
      </div>
      <SourcesPanel
        projectId={props.id}
        model={draft}
        priceList={priceList}
        add={(item) =>
          set({
            items: [...draft.items, item],
            stakeholders: draft.stakeholders.includes(item.stakeholder)
              ? draft.stakeholders
              : [...draft.stakeholders, item.stakeholder],
          })
        }
      />
      <Heading level={2}>{t('mkba.items')}</Heading>
      {draft.items.map((item, index) => (
        <ItemEditor
          // biome-ignore lint/suspicious/noArrayIndexKey: items are edited in place; ids change while typing
          key={index}
          item={item}
          index={index}
          stakeholders={draft.stakeholders}
          linkedUnitValue={linkedUnitValue(item)}
          onChange={changeItem}
          onRemove={removeItem}
        />
      ))}
      <Button
        appearance="secondary"
        onClick={() =>
          set({
            items: [
              ...draft.items,
              newItem(draft.items.length, draft.stakeholders[0] ?? 'gemeente', draft.baseYear),
            ],
          })
        }
      >
        {t('mkba.addItem')}
      </Button>
    </>
  )
}

/**
 * The answer in one line, kept in view at the top of the window while the settings and items
 * below are edited, so that every keystroke's effect is seen where it is typed.
 */
function ResultBar(props: { readonly result: MkbaAnalysis }) {
  const { t } = useTranslation()
  const euro = useEuro()
  const r = props.result
  return (
    <p className="ew-result-bar">
      {r.ratio === null
        ? t('mkba.noCosts')
        : t('mkba.headlineShort', {
            all: euro(r.ratio, 2),
            money: euro(r.ratioFinancial ?? 0, 2),
          })}{' '}
      · {t('mkba.npv')} {euro(r.npv)}
    </p>
  )
}
