import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  type Finding,
  LESSON_KINDS,
  type LessonsResponse,
  MINKMAN_PHASES,
  type MinkmanPhase,
} from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import {
  Button,
  Heading,
  IssueList,
  Paragraph,
  SelectField,
  TextAreaField,
} from '../../ui/index.js'

type Kind = (typeof LESSON_KINDS)[number]

/** Lessons learned and recommendations per Minkman phase, each with the findings behind it. */
export function Lessons(props: {
  projectId: string
  lessons: LessonsResponse
  findings: readonly Finding[]
  canWrite: boolean
  onChange: () => void
}) {
  const { t } = useTranslation()
  const byId = new Map(props.findings.map((f) => [f.id, f]))
  return (
    <section aria-labelledby="lessons">
      <Heading level={2} id="lessons">
        {t('findings.lessons.heading')}
      </Heading>
      {props.lessons.phases.map(({ phase, lessons }) => (
        <section key={phase} aria-labelledby={`phase-${phase}`}>
          <Heading level={3} id={`phase-${phase}`}>
            {t(`findings.phases.${phase}`)}
          </Heading>
          {lessons.length === 0 && <Paragraph>{t('findings.lessons.none')}</Paragraph>}
          <ul>
            {lessons.map((lesson) => (
              <li key={lesson.id}>
                <strong>{t(`findings.lessons.kinds.${lesson.kind}`)}:</strong> {lesson.text}{' '}
                <span className="ew-muted">
                  ({t('findings.lessons.rests', { count: lesson.findingIds.length })})
                </span>
                {lesson.findingIds.length > 0 && (
                  <ul>
                    {lesson.findingIds.map((id) => (
                      <li key={id} className="ew-muted">
                        {byId.get(id)?.text}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {props.canWrite && (
        <LessonForm
          projectId={props.projectId}
          findings={props.findings}
          onSaved={props.onChange}
        />
      )}
    </section>
  )
}

function LessonForm(props: {
  projectId: string
  findings: readonly Finding[]
  onSaved: () => void
}) {
  const { t } = useTranslation()
  const findingsId = useId()
  const [phase, setPhase] = useState<MinkmanPhase>('design')
  const [kind, setKind] = useState<Kind>('lesson')
  const [text, setText] = useState('')
  const [findingIds, setFindingIds] = useState<string[]>([])
  const [problem, setProblem] = useState<Error | undefined>()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setProblem(undefined)
    try {
      await callRoute(contract.findings.addLesson, {
        params: { id: props.projectId },
        body: { phase, kind, text, findingIds },
      })
      setText('')
      setFindingIds([])
      props.onSaved()
    } catch (error) {
      setProblem(error as Error)
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)}>
      <div className="ew-form-row">
        <SelectField
          label={t('findings.lessons.phase')}
          value={phase}
          options={MINKMAN_PHASES.map((p) => ({ value: p, label: t(`findings.phases.${p}`) }))}
          onChange={(e) => setPhase(e.target.value as MinkmanPhase)}
        />
        <SelectField
          label={t('findings.lessons.kind')}
          value={kind}
          options={LESSON_KINDS.map((k) => ({ value: k, label: t(`findings.lessons.kinds.${k}`) }))}
          onChange={(e) => setKind(e.target.value as Kind)}
        />
      </div>
      <TextAreaField label={t('findings.lessons.text')} value={text} onChange={setText} />
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor={findingsId}>
          {t('findings.lessons.findings')}
        </label>
        <select
          id={findingsId}
          multiple
          size={5}
          className="utrecht-select utrecht-select--html-select"
          value={findingIds}
          onChange={(e) => setFindingIds([...e.target.selectedOptions].map((o) => o.value))}
        >
          {props.findings.map((f) => (
            <option key={f.id} value={f.id}>
              {f.text.length > 90 ? `${f.text.slice(0, 90)}…` : f.text}
            </option>
          ))}
        </select>
      </div>
      <div className="ew-actions">
        <Button type="submit">{t('findings.lessons.add')}</Button>
      </div>
      {problem && <IssueList error={problem} />}
    </form>
  )
}
