import { contract } from '../../../contract/index.js'
import type {
  AddActionRequest,
  UpdateActionRequest,
  UpdateCaseRequest,
  UpdateConferenceRequest,
} from '../../../domain/index.js'
import { callRoute } from '../../api/call-route.js'
import { browserQueue } from '../../offline/browser-queue.js'

/**
 * A write made at the conference table. Its queue id names what it changes (one case record,
 * one attendance list, one action's status), so a later change replaces a queued one; a new
 * action is queued under the id the client made for it, which the server adds once.
 */
export type ConferenceWrite =
  | {
      readonly id: string
      readonly kind: 'record'
      readonly caseId: string
      readonly body: UpdateCaseRequest
    }
  | {
      readonly id: string
      readonly kind: 'attendance'
      readonly conferenceId: string
      readonly body: UpdateConferenceRequest
    }
  | {
      readonly id: string
      readonly kind: 'add-action'
      readonly caseId: string
      readonly body: AddActionRequest & { readonly id: string }
    }
  | {
      readonly id: string
      readonly kind: 'action'
      readonly actionId: string
      readonly body: UpdateActionRequest
    }

export const recordWriteId = (caseId: string) => `record:${caseId}`

export const recordWrite = (caseId: string, body: UpdateCaseRequest): ConferenceWrite => ({
  id: recordWriteId(caseId),
  kind: 'record',
  caseId,
  body,
})

export const attendanceWriteId = (conferenceId: string) => `attendance:${conferenceId}`

export const attendanceWrite = (
  conferenceId: string,
  body: UpdateConferenceRequest,
): ConferenceWrite => ({
  id: attendanceWriteId(conferenceId),
  kind: 'attendance',
  conferenceId,
  body,
})

export const addActionWrite = (caseId: string, body: AddActionRequest): ConferenceWrite => {
  const id = crypto.randomUUID()
  return { id, kind: 'add-action', caseId, body: { ...body, id } }
}

export const actionWriteId = (actionId: string) => `action:${actionId}`

export const actionWrite = (actionId: string, body: UpdateActionRequest): ConferenceWrite => ({
  id: actionWriteId(actionId),
  kind: 'action',
  actionId,
  body,
})

function send(write: ConferenceWrite): Promise<unknown> {
  const { caseConferences } = contract
  switch (write.kind) {
    case 'record':
      return callRoute(caseConferences.updateCase, {
        params: { id: write.caseId },
        body: write.body,
      })
    case 'attendance':
      return callRoute(caseConferences.update, {
        params: { id: write.conferenceId },
        body: write.body,
      })
    case 'add-action':
      return callRoute(caseConferences.addAction, {
        params: { id: write.caseId },
        body: write.body,
      })
    case 'action':
      return callRoute(caseConferences.updateAction, {
        params: { id: write.actionId },
        body: write.body,
      })
  }
}

/** The tab's queue of conference writes, so a meeting room without a network loses none. */
export function conferenceQueue() {
  return browserQueue<ConferenceWrite>({
    key: 'effectwijzer.case-conference-writes',
    send: ([write]) => send(write as ConferenceWrite),
    idOf: (write) => write.id,
  })
}

/**
 * The write queued under `id`: what a screen shows until it is sent (also after a reload, when
 * the server still has the older value).
 */
export function queuedWrite(id: string): ConferenceWrite | undefined {
  return conferenceQueue()
    .pending()
    .find((w) => w.id === id)
}
