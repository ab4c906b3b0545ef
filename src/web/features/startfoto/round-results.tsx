import { useTranslation } from 'react-i18next'
import { formatDay, type RoundComparison, type RoundResult } from '../../../domain/index.js'
import { Heading, Paragraph, Table, useQuantity } from '../../ui/index.js'
import { AgreementChart } from './agreement-chart.js'

/** One round: responses per organisation, the agreement chart with its table, the open answers. */
export function RoundResults(props: { round: RoundResult }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const { round } = props
  const nameOf = new Map(round.responses.map((r) => [r.organisationId, r.name]))
  return (
    <section aria-labelledby={`round-${round.number}`}>
      <Heading level={2} id={`round-${round.number}`}>
        {t('startfoto.round.heading', { number: round.number })}
      </Heading>
      <Paragraph>
        {round.closedOn
          ? t('startfoto.round.closedPeriod', {
              opened: formatDay(round.openedOn, language),
              closed: formatDay(round.closedOn, language),
            })
          : t('startfoto.round.openSince', { opened: formatDay(round.openedOn, language) })}
      </Paragraph>
      <Table
        caption={t('startfoto.round.responsesCaption', { number: round.number })}
        rowKey={(r) => r.organisationId}
        rows={round.responses}
        columns={[
          { header: t('startfoto.round.organisation'), cell: (r) => r.name },
          { header: t('startfoto.round.responses'), numeric: true, cell: (r) => r.count },
        ]}
      />
      <Paragraph>{t('startfoto.round.total', { count: round.total })}</Paragraph>
      {round.total > 0 && (
        <>
          <Heading level={3}>{t('startfoto.chart.heading')}</Heading>
          <Paragraph>{t('startfoto.chart.intro')}</Paragraph>
          <AgreementChart round={round} />
          <Heading level={3}>{t('startfoto.texts.heading')}</Heading>
          <Paragraph>{t('startfoto.texts.intro')}</Paragraph>
          {round.texts.map((group) => (
            <section key={group.questionId} aria-label={group.text[language]}>
              <h4 className="ew-startfoto-question">{group.text[language]}</h4>
              {group.answers.length === 0 ? (
                <Paragraph>{t('startfoto.texts.none')}</Paragraph>
              ) : (
                <ul className="ew-startfoto-texts">
                  {group.answers.map((answer, i) => (
                    // the same text may come twice; the order is fixed (sorted by text)
                    // biome-ignore lint/suspicious/noArrayIndexKey: answers have no id, by design
                    <li key={i}>
                      <q>{answer.text}</q>{' '}
                      <span className="ew-muted">
                        —{' '}
                        {answer.organisationId
                          ? nameOf.get(answer.organisationId)
                          : t('startfoto.texts.unnamed')}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </>
      )}
    </section>
  )
}

/** The change of each statement's mean from the first round to the latest. */
export function RoundChange(props: { comparison: RoundComparison }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nl'
  const quantity = useQuantity()
  const { comparison } = props
  const names = [
    ...new Map(
      comparison.statements.flatMap((s) => s.organisations.map((o) => [o.organisationId, o.name])),
    ),
  ]
  const change = (value: { from: number; to: number; change: number } | null | undefined) =>
    value
      ? `${quantity(value.from)} → ${quantity(value.to)} (${value.change > 0 ? '+' : ''}${quantity(value.change)})`
      : '—'
  return (
    <section aria-labelledby="startfoto-change">
      <Heading level={2} id="startfoto-change">
        {t('startfoto.change.heading', { from: comparison.from, to: comparison.to })}
      </Heading>
      <Paragraph>{t('startfoto.change.intro')}</Paragraph>
      <Table
        caption={t('startfoto.change.caption', { from: comparison.from, to: comparison.to })}
        rowKey={(s) => s.questionId}
        rows={comparison.statements}
        columns={[
          { header: t('startfoto.chart.statement'), cell: (s) => s.text[language] },
          ...names.map(([id, name]) => ({
            header: name,
            numeric: true,
            cell: (s: (typeof comparison.statements)[number]) =>
              change(s.organisations.find((o) => o.organisationId === id)),
          })),
          { header: t('startfoto.chart.all'), numeric: true, cell: (s) => change(s.all) },
        ]}
      />
    </section>
  )
}
