import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import { can, type StartfotoResponse } from '../../../domain/index.js'
import { callRoute, routeUrl } from '../../api/call-route.js'
import { Link } from '../../app/router.js'
import { useSession } from '../../app/session.js'
import { Alert, Heading, Paragraph, SelectField } from '../../ui/index.js'
import { RoundControls } from './round-controls.js'
import { RoundChange, RoundResults } from './round-results.js'
import { TemplateEditor } from './template-editor.js'

/**
 * The startfoto of a project (issue 16): rounds and their links, results per round with the
 * chart of where partners differ, the change since the baseline, and the questionnaire.
 */
export function StartfotoPage(props: { id: string }) {
  const { t } = useTranslation()
  const role = useSession().data?.role
  const manages = can(role, 'startfoto.manage')
  const client = useQueryClient()
  const key = ['startfoto', props.id]
  const query = useQuery({
    queryKey: key,
    queryFn: () => callRoute(contract.startfoto.get, { params: { id: props.id } }),
  })
  const [chosen, setChosen] = useState<number | undefined>()
  if (query.isError) return <Alert type="error">{query.error.message}</Alert>
  if (!query.data) return <p>{t('common.loading')}</p>
  const startfoto = query.data
  const update = (next: StartfotoResponse | undefined) =>
    next ? client.setQueryData(key, next) : void client.invalidateQueries({ queryKey: key })
  const shown = startfoto.rounds.find((round) => round.number === chosen) ?? startfoto.rounds.at(-1)
  // a later round shown with its change since the baseline
  const comparison = startfoto.comparisons.find((c) => c.to === shown?.number)
  return (
    <>
      <p>
        <Link to={`/projects/${props.id}`}>{t('startfoto.back')}</Link>
      </p>
      <Heading level={1}>{t('startfoto.title')}</Heading>
      <Paragraph lead>{t('startfoto.intro')}</Paragraph>
      <Paragraph>{t('startfoto.privacy')}</Paragraph>
      {manages && <RoundControls projectId={props.id} startfoto={startfoto} onChange={update} />}
      {startfoto.rounds.length === 0 ? (
        <Paragraph>{t('startfoto.noRounds')}</Paragraph>
      ) : (
        <>
          {startfoto.rounds.length > 1 && (
            <SelectField
              label={t('startfoto.chooseRound')}
              value={String(shown?.number ?? '')}
              options={startfoto.rounds.map((round) => ({
                value: String(round.number),
                label: t('startfoto.round.heading', { number: round.number }),
              }))}
              onChange={(e) => setChosen(Number(e.target.value))}
            />
          )}
          {shown && <RoundResults round={shown} />}
          {comparison && <RoundChange comparison={comparison} />}
          <p>
            <a
              href={routeUrl(contract.startfoto.exportTexts, { params: { id: props.id } })}
              download
            >
              {t('startfoto.export')}
            </a>
          </p>
        </>
      )}
      {manages && (
        <TemplateEditor
          key={JSON.stringify(startfoto.template)}
          projectId={props.id}
          startfoto={startfoto}
          onSaved={update}
        />
      )}
    </>
  )
}
