import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract } from '../../../contract/index.js'
import type { StartfotoResponse } from '../../../domain/index.js'
import { callRoute, type RouteAnswer } from '../../api/call-route.js'
import {
  Alert,
  Button,
  CheckboxGroup,
  Heading,
  IssueList,
  Paragraph,
  TextField,
} from '../../ui/index.js'

type Opened = RouteAnswer<typeof contract.startfoto.openRound>

/** The address a partner's staff open: the public answer page with the link's token. */
export function answerUrl(token: string): string {
  return `${window.location.origin}/startfoto/${token}`
}

/**
 * Open the next round (a link per partner, shown once: only their hashes are kept) or close
 * the open one.
 */
export function RoundControls(props: {
  projectId: string
  startfoto: StartfotoResponse
  onChange: (next: StartfotoResponse | undefined) => void
}) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState<Opened | undefined>()
  const [problem, setProblem] = useState<Error | undefined>()
  const [copied, setCopied] = useState<string | undefined>()
  const open = props.startfoto.rounds.find((round) => round.closedOn === null)
  const last = props.startfoto.rounds.at(-1)
  const next = (last?.number ?? 0) + 1
  // the partners of the last round, so that rounds compare like with like; at first all of them
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () =>
      new Set(
        last
          ? last.responses.map((r) => r.organisationId)
          : props.startfoto.organisations.map((o) => o.id),
      ),
  )
  const toggle = (id: string, on: boolean) => {
    const nextChosen = new Set(chosen)
    if (on) nextChosen.add(id)
    else nextChosen.delete(id)
    setChosen(nextChosen)
  }
  const run = async (action: () => Promise<void>) => {
    setProblem(undefined)
    try {
      await action()
    } catch (error) {
      setProblem(error as Error)
    }
  }
  const openRound = () =>
    run(async () => {
      const answer = await callRoute(contract.startfoto.openRound, {
        params: { id: props.projectId },
        body: {
          organisationIds: props.startfoto.organisations
            .map((o) => o.id)
            .filter((id) => chosen.has(id)),
        },
      })
      setOpened(answer)
      props.onChange(undefined)
    })
  const renewLinks = (number: number) =>
    run(async () => {
      setOpened(
        await callRoute(contract.startfoto.renewLinks, {
          params: { id: props.projectId, number },
          body: {},
        }),
      )
    })
  const closeRound = (number: number) =>
    run(async () => {
      const answer = await callRoute(contract.startfoto.closeRound, {
        params: { id: props.projectId, number },
        body: {},
      })
      setOpened(undefined)
      props.onChange(answer)
    })
  const copy = async (organisationId: string, token: string) => {
    await navigator.clipboard?.writeText(answerUrl(token)).catch(() => undefined)
    setCopied(organisationId)
  }
  return (
    <section aria-labelledby="startfoto-rounds">
      <Heading level={2} id="startfoto-rounds">
        {t('startfoto.rounds.heading')}
      </Heading>
      {open ? (
        <>
          <Paragraph>{t('startfoto.rounds.isOpen', { number: open.number })}</Paragraph>
          <Button appearance="secondary" onClick={() => void closeRound(open.number)}>
            {t('startfoto.rounds.close', { number: open.number })}
          </Button>{' '}
          <Button appearance="subtle" onClick={() => void renewLinks(open.number)}>
            {t('startfoto.rounds.renew', { number: open.number })}
          </Button>
          <Paragraph>{t('startfoto.rounds.renewNote')}</Paragraph>
        </>
      ) : (
        <>
          <Paragraph>
            {next === 1 ? t('startfoto.rounds.firstIsBaseline') : t('startfoto.rounds.later')}
          </Paragraph>
          <CheckboxGroup
            legend={t('startfoto.rounds.who')}
            options={props.startfoto.organisations.map((o) => ({ value: o.id, label: o.name }))}
            isChecked={(id) => chosen.has(id)}
            onToggle={toggle}
          />
          <Button onClick={() => void openRound()} disabled={chosen.size === 0}>
            {t('startfoto.rounds.open', { number: next })}
          </Button>
        </>
      )}
      {problem && <IssueList error={problem} />}
      {opened && (
        <div data-testid="startfoto-links">
          <Alert type="warning">{t('startfoto.rounds.linksOnce')}</Alert>
          <ul className="ew-startfoto-links">
            {opened.links.map((link) => (
              <li key={link.organisationId}>
                <TextField
                  label={t('startfoto.rounds.linkFor', { name: link.name })}
                  value={answerUrl(link.token)}
                  readOnly
                  onFocus={(event) => event.currentTarget.select()}
                  data-organisation={link.name}
                />
                <Button
                  appearance="subtle"
                  onClick={() => void copy(link.organisationId, link.token)}
                >
                  {copied === link.organisationId
                    ? t('startfoto.rounds.copied')
                    : t('startfoto.rounds.copy', { name: link.name })}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
