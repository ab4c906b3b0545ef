import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import {
  STARTFOTO_KINDS,
  STARTFOTO_SECTIONS,
  type StartfotoQuestion,
  type StartfotoResponse,
} from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import {
  Alert,
  Button,
  Heading,
  IssueList,
  Paragraph,
  SelectField,
  TextField,
} from '../../ui/index.js'

/** A fresh id for a question the pilot manager adds (own-1, own-2, …). */
function newId(questions: readonly StartfotoQuestion[]): string {
  const taken = new Set(questions.map((q) => q.id))
  let n = 1
  while (taken.has(`own-${n}`)) n += 1
  return `own-${n}`
}

/**
 * The questionnaire as the pilot manager adapts it: reword, remove or add before the first
 * answer; afterwards the questions asked are fixed and only new ones can be added.
 */
export function TemplateEditor(props: {
  projectId: string
  startfoto: StartfotoResponse
  onSaved: (next: StartfotoResponse) => void
}) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<StartfotoQuestion[]>(() => [
    ...props.startfoto.template.questions,
  ])
  const [problem, setProblem] = useState<Error | undefined>()
  const [saved, setSaved] = useState(false)
  const asked = new Set(
    props.startfoto.answered ? props.startfoto.template.questions.map((q) => q.id) : [],
  )
  const change = (index: number, patch: Partial<StartfotoQuestion>) => {
    setSaved(false)
    setDraft(draft.map((q, i) => (i === index ? { ...q, ...patch } : q)))
  }
  const save = async () => {
    setProblem(undefined)
    try {
      const next = await callRoute(contract.startfoto.saveTemplate, {
        params: { id: props.projectId },
        body: { questions: draft },
      })
      setSaved(true)
      props.onSaved(next)
    } catch (error) {
      setProblem(error as Error)
    }
  }
  return (
    <details className="ew-startfoto-template" open={!props.startfoto.answered}>
      <summary>
        <Heading level={2} id="startfoto-template">
          {t('startfoto.template.heading')}
        </Heading>
      </summary>
      <Paragraph>
        {props.startfoto.answered ? t('startfoto.template.locked') : t('startfoto.template.free')}
      </Paragraph>
      <ol className="ew-startfoto-questions">
        {draft.map((question, index) => {
          const fixed = asked.has(question.id)
          return (
            <li key={question.id}>
              <fieldset className="ew-plain-fieldset">
                <legend>{t('startfoto.template.question', { number: index + 1 })}</legend>
                <TextField
                  label={t('startfoto.template.textNl')}
                  value={question.text.nl}
                  disabled={fixed}
                  onChange={(e) =>
                    change(index, { text: { ...question.text, nl: e.target.value } })
                  }
                />
                <TextField
                  label={t('startfoto.template.textEn')}
                  value={question.text.en}
                  disabled={fixed}
                  onChange={(e) =>
                    change(index, { text: { ...question.text, en: e.target.value } })
                  }
                />
                <SelectField
                  label={t('startfoto.template.section')}
                  value={question.section}
                  disabled={fixed}
                  options={STARTFOTO_SECTIONS.map((s) => ({
                    value: s,
                    label: t(`startfoto.sections.${s}`),
                  }))}
                  onChange={(e) =>
                    change(index, { section: e.target.value as StartfotoQuestion['section'] })
                  }
                />
                <SelectField
                  label={t('startfoto.template.kind')}
                  value={question.kind}
                  disabled={fixed}
                  options={STARTFOTO_KINDS.map((k) => ({
                    value: k,
                    label: t(`startfoto.kinds.${k}`),
                  }))}
                  onChange={(e) =>
                    change(index, { kind: e.target.value as StartfotoQuestion['kind'] })
                  }
                />
                {!fixed && (
                  <Button
                    appearance="subtle"
                    onClick={() => {
                      setSaved(false)
                      setDraft(draft.filter((_, i) => i !== index))
                    }}
                  >
                    {t('startfoto.template.remove', { number: index + 1 })}
                  </Button>
                )}
              </fieldset>
            </li>
          )
        })}
      </ol>
      <Button
        appearance="secondary"
        onClick={() => {
          setSaved(false)
          setDraft([
            ...draft,
            {
              id: newId(draft),
              section: 'definition',
              kind: 'agreement',
              text: { nl: '', en: '' },
            },
          ])
        }}
      >
        {t('startfoto.template.add')}
      </Button>{' '}
      <Button onClick={() => void save()}>{t('startfoto.template.save')}</Button>
      {saved && <Alert type="ok">{t('common.saved')}</Alert>}
      {problem && <IssueList error={problem} />}
    </details>
  )
}
