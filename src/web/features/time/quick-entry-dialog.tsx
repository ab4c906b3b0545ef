import { useQuery } from '@tanstack/react-query'
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  FORMAL_KINDS,
  INFORMAL_KINDS,
  MAX_ENTRY_MINUTES,
  QUICK_MINUTES,
  TIME_KINDS,
  type TimeKind,
  TYPICAL_MINUTES,
  todayInAmsterdam,
} from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { Alert, Button, NumberField, SelectField, TextField } from '../../ui/index.js'
import { durationText, lastProject, timeQueue, timerStart } from './time-store.js'
import './time.css'

/** What the dialog saved, for the status line that announces it. */
export interface SavedContact {
  readonly pseudonym: string
  readonly kind: TimeKind
  readonly minutes: number
}

/**
 * The quick-entry dialog for a contact with a case, made for a phone and for the keyboard: it
 * opens on the most recently used case, a digit 1–8 picks the kind (and its usual duration),
 * Enter saves — three keystrokes with the shortcut that opens it. The entry goes into the
 * offline queue first, so it is never lost to a dropped network.
 */
export function QuickEntryDialog(props: { onClose: (saved?: SavedContact) => void }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const dialog = useRef<HTMLDialogElement>(null)
  const caseSelect = useRef<HTMLSelectElement>(null)
  const projects = useQuery({
    queryKey: ['projects'],
    queryFn: () => callRoute(contract.projects.list),
  })
  const [projectId, setProjectId] = useState<string | null>(lastProject.get())
  const today = todayInAmsterdam()
  const project =
    projects.data?.projects.find((p) => p.id === projectId) ?? projects.data?.projects[0]
  const cases = useQuery({
    queryKey: ['time-entries', project?.id, today, today],
    queryFn: () =>
      callRoute(contract.time.list, {
        params: { id: project?.id ?? '' },
        query: { from: today, to: today },
      }),
    enabled: project !== undefined,
  })
  const [participantId, setParticipantId] = useState<string | undefined>()
  const [kind, setKind] = useState<TimeKind>('phone')
  const [minutes, setMinutes] = useState<number | undefined>(TYPICAL_MINUTES.phone)
  const [minutesChosen, setMinutesChosen] = useState(false)
  const [date, setDate] = useState(today)
  const [own, setOwn] = useState(false)
  const [started, setStarted] = useState<number | null>(timerStart.get())
  const [now, setNow] = useState(Date.now())
  const [problem, setProblem] = useState<string | undefined>()

  useEffect(() => {
    dialog.current?.showModal()
  }, [])
  useEffect(() => {
    if (started === null) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [started])
  const caseList = cases.data?.cases ?? []
  const chosenCase = caseList.find((c) => c.participantId === participantId) ?? caseList[0]
  useEffect(() => {
    if (cases.data) caseSelect.current?.focus()
  }, [cases.data])

  const pickKind = (next: TimeKind) => {
    setKind(next)
    if (!minutesChosen) setMinutes(TYPICAL_MINUTES[next])
  }
  const pickMinutes = (next: number | undefined) => {
    setMinutes(next)
    setMinutesChosen(true)
  }
  const toggleTimer = () => {
    if (started === null) {
      const at = Date.now()
      timerStart.set(at)
      setStarted(at)
      setNow(at)
    } else {
      pickMinutes(
        Math.min(MAX_ENTRY_MINUTES, Math.max(1, Math.ceil((Date.now() - started) / 60_000))),
      )
      timerStart.set(null)
      setStarted(null)
    }
  }
  const save = (event?: FormEvent) => {
    event?.preventDefault()
    if (!project || !chosenCase) return
    if (minutes === undefined || !Number.isInteger(minutes) || minutes < 1) {
      setProblem(t('time.entry.minutesProblem', { max: MAX_ENTRY_MINUTES }))
      return
    }
    lastProject.set(project.id)
    void timeQueue().enqueue({
      projectId: project.id,
      entry: {
        id: crypto.randomUUID(),
        participantId: chosenCase.participantId,
        kind,
        minutes,
        date,
        ownOrganisation: own,
      },
    })
    props.onClose({ pseudonym: chosenCase.pseudonym, kind, minutes })
  }
  const keys = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const target = event.target as HTMLElement
    const typing =
      target instanceof HTMLInputElement && ['text', 'date', 'search'].includes(target.type)
    const digit = Number(event.key)
    if (!typing && Number.isInteger(digit) && digit >= 1 && digit <= TIME_KINDS.length) {
      event.preventDefault()
      pickKind(TIME_KINDS[digit - 1] as TimeKind)
    } else if (event.key === 'Enter' && !(target instanceof HTMLButtonElement)) {
      event.preventDefault()
      save()
    }
  }
  const kindGroup = (kinds: readonly TimeKind[], legend: string) => (
    <fieldset className="ew-time-kinds">
      <legend>{legend}</legend>
      {kinds.map((k) => (
        <label key={k} className="ew-time-choice">
          <input
            type="radio"
            name="kind"
            value={k}
            checked={kind === k}
            onChange={() => pickKind(k)}
          />
          <kbd>{TIME_KINDS.indexOf(k) + 1}</kbd> {t(`time.kinds.${k}`)}
        </label>
      ))}
    </fieldset>
  )
  return (
    <dialog
      ref={dialog}
      className="ew-time-dialog"
      aria-labelledby="time-entry-title"
      onClose={() => props.onClose()}
    >
      <form onSubmit={save} onKeyDown={keys}>
        <h2 className="utrecht-heading-3" id="time-entry-title">
          {t('time.entry.title')}
        </h2>
        <p className="ew-muted" id="time-entry-keys">
          {t('time.entry.keys')}
        </p>
        {projects.isError && <Alert type="error">{projects.error.message}</Alert>}
        {cases.isError && <Alert type="error">{cases.error.message}</Alert>}
        {(projects.data?.projects.length ?? 0) > 1 && (
          <SelectField
            label={t('time.entry.project')}
            value={project?.id ?? ''}
            onChange={(e) => {
              // a project chosen here is the next default too, saved or not
              lastProject.set(e.target.value)
              setProjectId(e.target.value)
              setParticipantId(undefined)
            }}
            options={(projects.data?.projects ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        )}
        {cases.data && caseList.length === 0 && <p>{t('time.entry.noCases')}</p>}
        <SelectField
          ref={caseSelect}
          label={t('time.entry.case')}
          aria-describedby="time-entry-keys"
          value={chosenCase?.participantId ?? ''}
          onChange={(e) => setParticipantId(e.target.value)}
          options={caseList.map((c) => ({ value: c.participantId, label: c.pseudonym }))}
        />
        {kindGroup(FORMAL_KINDS, t('time.entry.formal'))}
        {kindGroup(INFORMAL_KINDS, t('time.entry.informal'))}
        <fieldset className="ew-time-kinds">
          <legend>{t('time.entry.minutes')}</legend>
          {QUICK_MINUTES.map((m) => (
            <label key={m} className="ew-time-choice">
              <input
                type="radio"
                name="minutes"
                value={m}
                checked={minutes === m}
                onChange={() => pickMinutes(m)}
              />
              {durationText(m, language)}
            </label>
          ))}
          <NumberField
            label={t('time.entry.otherMinutes')}
            min={1}
            max={MAX_ENTRY_MINUTES}
            inputMode="numeric"
            value={minutes}
            onValue={pickMinutes}
          />
          <Button appearance="secondary" onClick={toggleTimer}>
            {started === null
              ? t('time.entry.startTimer')
              : t('time.entry.stopTimer', {
                  elapsed: durationText(Math.floor((now - started) / 60_000), language),
                })}
          </Button>
        </fieldset>
        <TextField
          label={t('time.entry.date')}
          type="date"
          value={date}
          max={today}
          onChange={(e) => setDate(e.target.value)}
        />
        <div className="ew-check">
          <label>
            <input type="checkbox" checked={own} onChange={(e) => setOwn(e.target.checked)} />
            {t('time.entry.ownOrganisation')}
          </label>
        </div>
        {problem && <Alert type="error">{problem}</Alert>}
        <div className="ew-actions">
          <Button type="submit" disabled={!chosenCase}>
            {t('time.entry.save')}
          </Button>
          <Button appearance="secondary" onClick={() => props.onClose()}>
            {t('time.entry.cancel')}
          </Button>
        </div>
      </form>
    </dialog>
  )
}
