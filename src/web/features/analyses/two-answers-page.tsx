import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { formatNumber, type Language, shownCount } from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { Link } from '../../app/router.js'
import { Alert, DataList, Heading, Paragraph, useEuro } from '../../ui/index.js'
import { resultsView } from './results-view.js'
import { agreement, registerEffects } from './two-answers.js'

/**
 * *Twee antwoorden*: the table conversations' business case (case-based) beside the latest
 * finished register analysis, with a sentence on whether they agree and what could explain a
 * difference.
 */
export function TwoAnswersPage(props: { id: string }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as Language
  const euro = useEuro()
  const businessCase = useQuery({
    queryKey: ['business-case', props.id, 'signed-off'],
    queryFn: () =>
      callRoute(contract.businessCase.get, {
        params: { id: props.id },
        query: { cases: 'signed-off' },
      }),
  })
  const list = useQuery({
    queryKey: ['analyses', props.id],
    queryFn: () => callRoute(contract.analyses.list, { params: { id: props.id } }),
  })
  const latest = list.data?.analyses.find((a) => a.status === 'done')
  const analysis = useQuery({
    queryKey: ['analysis', latest?.id],
    queryFn: () => callRoute(contract.analyses.get, { params: { id: latest?.id ?? '' } }),
    enabled: latest !== undefined,
  })
  const project = businessCase.data?.result?.project
  const sent = analysis.data?.analysis
  const results = sent?.results ? resultsView(sent.results, sent.leftOut) : undefined
  const num = (v: number | null) => (v === null ? '—' : formatNumber(v, language, 3))
  const count = (n: number) => formatNumber(n, language, 0)
  const error = businessCase.error ?? list.error ?? analysis.error
  return (
    <>
      <p>
        <Link to={`/projects/${props.id}/analyses`}>{t('analyses.backToList')}</Link>
      </p>
      <Heading level={1}>{t('analyses.twoAnswers')}</Heading>
      {error && <Alert type="error">{error.message}</Alert>}
      <Heading level={2}>{t('analyses.caseBased')}</Heading>
      {project ? (
        <DataList
          items={[
            {
              key: t('analyses.meanSaving'),
              value: t('analyses.withInterval', {
                value: euro(project.meanDifference),
                low: euro(project.ciLow),
                high: euro(project.ciHigh),
              }),
            },
            {
              key: t('analyses.signedOff'),
              value: `${businessCase.data?.signedOff} / ${businessCase.data?.total}`,
            },
          ]}
        />
      ) : (
        businessCase.data && <Paragraph>{t('analyses.noCases')}</Paragraph>
      )}
      <Heading level={2}>{t('analyses.registerBased')}</Heading>
      {results && latest ? (
        <>
          <Paragraph>
            <Link
              to={`/analyses/${latest.id}`}
            >{`${latest.name} (${t('analyses.version')} ${latest.version})`}</Link>
          </Paragraph>
          <DataList
            items={[
              ...results.outcomes.map((o) => ({
                key: o.name,
                value: t('analyses.withInterval', {
                  value: num(o.estimate),
                  low: num(o.ciLow),
                  high: num(o.ciHigh),
                }),
              })),
              {
                key: t('analyses.countMatched'),
                value: shownCount(results.matching?.treated ?? results.n.pilot, count),
              },
            ]}
          />
        </>
      ) : (
        list.data && !latest && <Paragraph>{t('analyses.none')}</Paragraph>
      )}
      {project && results && (
        <Alert type="info">
          <p data-testid="two-answers-verdict">
            {t(`analyses.agreement.${agreement(project, results.outcomes)}`, {
              outcomes: registerEffects(results.outcomes)
                .map((o) => o.name)
                .join(', '),
            })}
          </p>
        </Alert>
      )}
    </>
  )
}
