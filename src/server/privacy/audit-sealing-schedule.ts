import {
  appendAuditCheckpoint,
  type ChainHead,
  openCheckpointFile,
  sealAllAuditEntries,
} from '../../db/index.js'
import type { AppServices } from '../services.js'

/** How often pending audit entries are chained (requests never wait for it). */
const SEAL_EVERY_MS = 1000
/** How often, at most, a checkpoint of the chain's head is sealed to the file. */
const CHECKPOINT_EVERY_MS = 10_000

/**
 * The background writer of the audit chain (issue 11): every second it chains what requests
 * appended, and every ten seconds (and when the app closes) it appends a sealed checkpoint of
 * the head to `checkpointFile`, when one is configured and the head moved. A file that cannot
 * be written stops the start (SetupError).
 */
export function scheduleAuditSealing(
  services: Pick<AppServices, 'db' | 'now' | 'secretBox'>,
  checkpointFile: string | undefined,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  if (checkpointFile) openCheckpointFile(checkpointFile)
  let checkpointed: { seq: number; at: number } | undefined
  let running: Promise<void> = Promise.resolve()
  const checkpoint = (head: ChainHead, force: boolean) => {
    if (!checkpointFile || checkpointed?.seq === head.lastSeq) return
    const now = services.now()
    if (!force && checkpointed && now.getTime() - checkpointed.at < CHECKPOINT_EVERY_MS) return
    appendAuditCheckpoint(checkpointFile, services.secretBox, head, now)
    checkpointed = { seq: head.lastSeq, at: now.getTime() }
  }
  const round = (force: boolean) => {
    running = running
      .then(async () => {
        const outcome = await sealAllAuditEntries(services.db)
        if (outcome) checkpoint(outcome.head, force)
      })
      .catch(onError)
    return running
  }
  const timer = setInterval(() => void round(false), SEAL_EVERY_MS)
  timer.unref()
  return {
    stop: async () => {
      clearInterval(timer)
      await round(true)
    },
  }
}
