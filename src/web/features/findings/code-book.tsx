import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import type { Theme } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { Button, Heading, IssueList, SelectField, TextField } from '../../ui/index.js'

/** The code book: add a theme, retire or bring one back, merge one into another. */
export function CodeBook(props: {
  projectId: string
  themes: readonly Theme[]
  onChange: () => void
}) {
  const { t, i18n } = useTranslation()
  const en = i18n.language === 'en'
  const [labelNl, setLabelNl] = useState('')
  const [labelEn, setLabelEn] = useState('')
  const [problem, setProblem] = useState<Error | undefined>()
  const [status, setStatus] = useState('')
  /** The theme each one would be merged into, once chosen (merging waits for its button). */
  const [targets, setTargets] = useState<Record<string, string>>({})
  const live = props.themes.filter((theme) => theme.mergedInto === null)
  const run = async (action: () => Promise<unknown>) => {
    setProblem(undefined)
    setStatus('')
    try {
      await action()
      props.onChange()
    } catch (error) {
      setProblem(error as Error)
    }
  }
  const add = (event: FormEvent) => {
    event.preventDefault()
    void run(async () => {
      await callRoute(contract.findings.addTheme, {
        params: { id: props.projectId },
        body: { labelNl, labelEn },
      })
      setLabelNl('')
      setLabelEn('')
    })
  }
  const name = (theme: Theme) => (en ? theme.labelEn : theme.labelNl)
  return (
    <section aria-labelledby="code-book">
      <Heading level={2} id="code-book">
        {t('findings.codeBook.heading')}
      </Heading>
      <ul className="ew-source-list">
        {live.map((theme) => (
          <li key={theme.id}>
            <strong>{name(theme)}</strong>
            {theme.retired && ` ${t('findings.overview.retired')}`}{' '}
            <Button
              appearance="subtle"
              aria-label={`${theme.retired ? t('findings.codeBook.restore') : t('findings.codeBook.retire')}: ${name(theme)}`}
              onClick={() =>
                void run(() =>
                  callRoute(contract.findings.updateTheme, {
                    params: { id: theme.id },
                    body: { retired: !theme.retired },
                  }),
                )
              }
            >
              {theme.retired ? t('findings.codeBook.restore') : t('findings.codeBook.retire')}
            </Button>
            <div className="ew-form-row">
              <SelectField
                label={t('findings.codeBook.mergeInto', { theme: name(theme) })}
                value={targets[theme.id] ?? ''}
                options={[
                  { value: '', label: t('findings.codeBook.mergeChoose') },
                  ...live
                    .filter((other) => other.id !== theme.id)
                    .map((other) => ({ value: other.id, label: name(other) })),
                ]}
                onChange={(e) => setTargets({ ...targets, [theme.id]: e.target.value })}
              />
              <div className="ew-actions">
                <Button
                  appearance="secondary"
                  aria-label={`${t('findings.codeBook.merge')}: ${name(theme)}`}
                  disabled={!targets[theme.id]}
                  onClick={() => {
                    const into = targets[theme.id]
                    if (!into) return
                    void run(async () => {
                      const merged = await callRoute(contract.findings.mergeTheme, {
                        params: { id: theme.id },
                        body: { into },
                      })
                      setStatus(t('findings.codeBook.merged', { count: merged.recoded }))
                    })
                  }}
                >
                  {t('findings.codeBook.merge')}
                </Button>
              </div>
            </div>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="ew-form-row">
        <TextField
          label={t('findings.codeBook.labelNl')}
          value={labelNl}
          required
          onChange={(e) => setLabelNl(e.target.value)}
        />
        <TextField
          label={t('findings.codeBook.labelEn')}
          value={labelEn}
          required
          onChange={(e) => setLabelEn(e.target.value)}
        />
        <div className="ew-actions">
          <Button type="submit">{t('findings.codeBook.add')}</Button>
        </div>
      </form>
      {status && <p role="status">{status}</p>}
      {problem && <IssueList error={problem} />}
    </section>
  )
}
