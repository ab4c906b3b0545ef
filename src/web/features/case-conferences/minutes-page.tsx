import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { formatWeekday } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { Link } from '../../app/router.js'
import { Alert, Button, Heading, Paragraph, SelectField } from '../../ui/index.js'

/**
 * The minutes for one attendee, as the server cuts them to that attendee's basis (and the
 * reader's): cases without one show only that they were discussed.
 */
export function MinutesPage(props: { id: string }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const [reader, setReader] = useState('')
  const minutes = useQuery({
    queryKey: ['case-conference-minutes', props.id, reader],
    queryFn: () =>
      callRoute(contract.caseConferences.minutes, {
        params: { id: props.id },
        query: reader ? { for: reader } : {},
      }),
  })
  if (minutes.isError) return <Alert type="error">{minutes.error.message}</Alert>
  if (!minutes.data) return <Paragraph>{t('common.loading')}</Paragraph>
  const m = minutes.data
  return (
    <>
      <p className="ew-no-print">
        <Link to={`/case-conferences/${props.id}`}>
          {t('caseConferences.conference.title', {
            date: formatWeekday(m.conference.date, language),
          })}
        </Link>
      </p>
      <Heading level={1}>
        {t('caseConferences.minutes.title', { date: formatWeekday(m.conference.date, language) })}
      </Heading>
      <div className="ew-no-print ew-actions">
        <SelectField
          label={t('caseConferences.minutes.for')}
          value={m.for.id}
          onChange={(e) => setReader(e.target.value)}
          options={m.attendees.map((a) => ({
            value: a.user.id,
            label: `${a.user.name} (${a.user.organisation.name})`,
          }))}
        />
        <Button appearance="secondary" onClick={() => window.print()}>
          {t('caseConferences.minutes.print')}
        </Button>
      </div>
      <Paragraph>{t('caseConferences.minutes.intro', { name: m.for.name })}</Paragraph>
      <Heading level={2}>{t('caseConferences.attendees.title')}</Heading>
      <ul>
        {m.attendees
          .filter((a) => a.attended)
          .map((a) => (
            <li key={a.user.id}>
              {a.user.name}, {a.user.organisation.name} ({t(`caseConferences.domain.${a.domain}`)})
            </li>
          ))}
      </ul>
      <Heading level={2}>{t('caseConferences.agenda.title')}</Heading>
      {m.cases.map((item, i) =>
        item.visible ? (
          <section key={item.id} className="ew-case">
            <Heading level={3}>
              {i + 1}. {item.participant.pseudonym}
            </Heading>
            <p>
              <strong>{t('caseConferences.agenda.question')}:</strong> {item.question}
            </p>
            <p>
              <strong>{t('caseConferences.agenda.discussion')}:</strong> {item.discussion || '—'}
            </p>
            <p>
              <strong>{t('caseConferences.agenda.decisions')}:</strong> {item.decisions || '—'}
            </p>
            <ul>
              {item.actions.map((a) => (
                <li key={a.id}>
                  {a.description} — {a.owner.name} ({a.owner.organisation.name}),{' '}
                  {formatWeekday(a.dueDate, language)}, {t(`caseConferences.actions.${a.status}`)}
                </li>
              ))}
            </ul>
          </section>
        ) : (
          <section key={item.id} className="ew-case">
            <Heading level={3}>
              {i + 1}. {t('caseConferences.agenda.withoutBasis')}
            </Heading>
          </section>
        ),
      )}
    </>
  )
}
