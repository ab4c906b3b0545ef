import { useTranslation } from 'react-i18next'
import type { FindingsOverview } from '../../../domain/index.js'
import { Heading, Paragraph, Table } from '../../ui/index.js'

/** Per theme: its count, the partners and sources it came from, and its quotes. */
export function ThemeOverview(props: { overview: FindingsOverview }) {
  const { t, i18n } = useTranslation()
  const en = i18n.language === 'en'
  const label = (theme: FindingsOverview['themes'][number]) =>
    `${en ? theme.labelEn : theme.labelNl}${theme.retired ? ` ${t('findings.overview.retired')}` : ''}`
  const withQuotes = props.overview.themes.filter((theme) => theme.quotes.length > 0)
  return (
    <section aria-labelledby="findings-overview">
      <Heading level={2} id="findings-overview">
        {t('findings.overview.heading')}
      </Heading>
      <Paragraph>{t('findings.overview.total', { count: props.overview.findings })}</Paragraph>
      <Table
        caption={t('findings.overview.caption')}
        rowKey={(theme) => theme.themeId}
        rows={props.overview.themes}
        columns={[
          { header: t('findings.overview.theme'), cell: label },
          { header: t('findings.overview.count'), cell: (theme) => theme.count, numeric: true },
          {
            header: t('findings.overview.partners'),
            cell: (theme) =>
              theme.organisations
                .map((o) => `${o.name ?? t('findings.entry.noOrganisation')} (${o.count})`)
                .join(', '),
          },
          {
            header: t('findings.overview.sources'),
            cell: (theme) =>
              theme.sources
                .map((s) => `${t(`findings.sources.${s.source}`)} (${s.count})`)
                .join(', '),
          },
        ]}
      />
      <div className="ew-two-columns">
        {withQuotes.map((theme) => (
          <section key={theme.themeId} aria-labelledby={`quotes-${theme.themeId}`}>
            <Heading level={3} id={`quotes-${theme.themeId}`}>
              {t('findings.overview.quotes', { theme: label(theme) })}
            </Heading>
            {theme.quotes.slice(0, 3).map((quote) => (
              <blockquote key={quote.findingId} className="utrecht-blockquote">
                <p>“{quote.text}”</p>
                <p className="ew-muted">
                  {[t(`findings.sources.${quote.source}`), quote.organisationName, quote.date]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </blockquote>
            ))}
          </section>
        ))}
      </div>
    </section>
  )
}
