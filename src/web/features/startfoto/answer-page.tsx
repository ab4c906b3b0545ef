import { useQuery } from '@tanstack/react-query'
import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { AGREEMENT_SCALE, type StartfotoQuestion, storableText } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { setLanguage } from '../../i18n/index.js'
import { Alert, Button, Heading, IssueList, Paragraph, TextAreaField } from '../../ui/index.js'

/**
 * Remembers in this browser that it answered a round (one submission per browser per round).
 * Not a guarantee: another browser, a private window or cleared storage can answer again.
 */
const answeredKey = (token: string) => `effectwijzer.startfoto.answered.${token}`

function Statement(props: {
  question: StartfotoQuestion
  language: 'nl' | 'en'
  value: number | undefined
  onChange: (value: number) => void
}) {
  const name = useId()
  return (
    <fieldset className="ew-startfoto-statement">
      <legend>{props.question.text[props.language]}</legend>
      <div className="ew-startfoto-scale">
        {AGREEMENT_SCALE.map((label, i) => (
          <label key={label.nl} className="ew-startfoto-point">
            <input
              type="radio"
              name={name}
              value={i + 1}
              checked={props.value === i + 1}
              onChange={() => props.onChange(i + 1)}
            />{' '}
            {label[props.language]}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

function OpenQuestion(props: {
  question: StartfotoQuestion
  language: 'nl' | 'en'
  value: string
  onChange: (value: string) => void
}) {
  return (
    <TextAreaField
      label={props.question.text[props.language]}
      rows={4}
      maxLength={2000}
      value={props.value}
      onChange={props.onChange}
    />
  )
}

/**
 * The public answer page a partner's staff open by their organisation's link: no account, not
 * in the app's navigation; Dutch first, English a click away; works on a phone.
 */
export function StartfotoAnswerPage(props: { token: string }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const other = language === 'en' ? 'nl' : 'en'
  const query = useQuery({
    queryKey: ['startfoto-questions', props.token],
    queryFn: () => callRoute(contract.startfoto.questions, { params: { token: props.token } }),
  })
  const [ratings, setRatings] = useState<Record<string, number>>({})
  const [texts, setTexts] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<Error | undefined>()
  const [sent, setSent] = useState(
    () => window.localStorage.getItem(answeredKey(props.token)) !== null,
  )
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setProblem(undefined)
    try {
      await callRoute(contract.startfoto.answer, {
        params: { token: props.token },
        body: {
          ratings,
          texts: Object.fromEntries(
            Object.entries(texts).map(([id, text]) => [id, storableText(text)]),
          ),
        },
      })
      window.localStorage.setItem(answeredKey(props.token), new Date().toISOString().slice(0, 10))
      setSent(true)
    } catch (error) {
      setProblem(error as Error)
    }
  }
  const survey = query.data
  return (
    <>
      <header className="ew-header">
        <div className="ew-header__inner">
          <span className="ew-brand">Effectwijzer</span>
          <Button appearance="subtle" onClick={() => setLanguage(other)} lang={other}>
            {other === 'en' ? 'English' : 'Nederlands'}
          </Button>
        </div>
      </header>
      <main id="main" className="ew-main ew-startfoto-answer">
        <Heading level={1}>{t('startfoto.answer.title')}</Heading>
        {query.isError ? (
          <Alert type="error">{query.error.message}</Alert>
        ) : !survey ? (
          <p>{t('common.loading')}</p>
        ) : !survey.open ? (
          <Alert type="info">{t('startfoto.answer.closed')}</Alert>
        ) : sent ? (
          <Alert type="ok">{t('startfoto.answer.thanks')}</Alert>
        ) : (
          <form onSubmit={(event) => void submit(event)} noValidate>
            <Paragraph lead>
              {t('startfoto.answer.intro', {
                organisation: survey.organisationName,
                project: survey.projectName,
                round: survey.round,
              })}
            </Paragraph>
            <Paragraph>{t('startfoto.answer.anonymous')}</Paragraph>
            {survey.template.questions.map((question) =>
              question.kind === 'agreement' ? (
                <Statement
                  key={question.id}
                  question={question}
                  language={language}
                  value={ratings[question.id]}
                  onChange={(value) => setRatings({ ...ratings, [question.id]: value })}
                />
              ) : (
                <OpenQuestion
                  key={question.id}
                  question={question}
                  language={language}
                  value={texts[question.id] ?? ''}
                  onChange={(value) => setTexts({ ...texts, [question.id]: value })}
                />
              ),
            )}
            {problem && <IssueList error={problem} />}
            <Button type="submit">{t('startfoto.answer.send')}</Button>
          </form>
        )}
      </main>
    </>
  )
}
