import { z } from 'zod'
import {
  actionResponseSchema,
  addActionRequestSchema,
  addCaseRequestSchema,
  attendanceQuerySchema,
  attendanceResponseSchema,
  caseResponseSchema,
  colleagueListResponseSchema,
  conferenceListQuerySchema,
  conferenceListResponseSchema,
  conferenceResponseSchema,
  createConferenceRequestSchema,
  createConferenceResponseSchema,
  idParamsSchema,
  minutesQuerySchema,
  minutesResponseSchema,
  myActionsQuerySchema,
  myActionsResponseSchema,
  updateActionRequestSchema,
  updateCaseRequestSchema,
  updateConferenceRequestSchema,
} from '../domain/index.js'
import { REPORT_CONTENT_TYPE } from './report.js'
import { route } from './route.js'

/**
 * Case conferences (casuïstiekoverleg): a team's dated conferences, the partners at the table
 * and the cases they bring in. A case's content goes only to users with a basis for the
 * participant (own team, or a share on a law article or a consent still in force).
 */
export const caseConferences = {
  list: route({
    method: 'GET',
    url: '/api/v1/case-conferences',
    summary: "The municipality's case conferences (date, team, chair, how many cases), by date",
    query: conferenceListQuerySchema,
    response: { 200: conferenceListResponseSchema },
    access: 'conferences.read',
    data: 'none',
  }),
  colleagues: route({
    method: 'GET',
    url: '/api/v1/case-conferences/colleagues',
    summary: 'The professionals who can chair, attend or own an action, with their organisation',
    response: { 200: colleagueListResponseSchema },
    access: 'conferences.read',
    data: 'none',
  }),
  create: route({
    method: 'POST',
    url: '/api/v1/case-conferences',
    summary: "Plans a conference of the caller's team, or a weekly or fortnightly series of them",
    body: createConferenceRequestSchema,
    response: { 201: createConferenceResponseSchema },
    access: 'conferences.write',
    data: 'none',
    example: (ids) => ({
      body: {
        date: '2026-06-04',
        chairUserId: ids.user,
        attendees: [{ userId: ids.user, domain: 'wmo' }],
        repeat: { cadence: 'fortnightly', count: 2 },
      },
    }),
  }),
  get: route({
    method: 'GET',
    url: '/api/v1/case-conferences/:id',
    summary:
      'One conference: attendees, the agenda (content only of cases the caller has a basis for) and open actions carried from earlier conferences of its series',
    params: idParamsSchema,
    response: { 200: conferenceResponseSchema },
    access: 'conferences.read',
    data: 'participant',
  }),
  update: route({
    method: 'PATCH',
    url: '/api/v1/case-conferences/:id',
    summary: "Changes a conference's date, chair or attendees (and who was there)",
    params: idParamsSchema,
    body: updateConferenceRequestSchema,
    response: { 200: conferenceResponseSchema },
    access: 'conferences.write',
    data: 'participant',
    example: (ids) => ({ body: { chairUserId: ids.user } }),
  }),
  agenda: route({
    method: 'GET',
    url: '/api/v1/case-conferences/:id/agenda',
    summary: 'The printable agenda: pseudonyms, partners and domains only, no questions',
    params: idParamsSchema,
    response: { 200: z.string() },
    contentType: REPORT_CONTENT_TYPE,
    access: 'conferences.read',
    data: 'participant',
  }),
  minutes: route({
    method: 'GET',
    url: '/api/v1/case-conferences/:id/minutes',
    summary:
      'The minutes for one attendee: only the cases both the attendee and the caller have a basis for carry content',
    params: idParamsSchema,
    query: minutesQuerySchema,
    response: { 200: minutesResponseSchema },
    access: 'conferences.read',
    data: 'participant',
  }),
  addCase: route({
    method: 'POST',
    url: '/api/v1/case-conferences/:id/cases',
    summary:
      'Brings a case in with a question: refused (403, audited) without a basis for the participant',
    params: idParamsSchema,
    body: addCaseRequestSchema,
    response: { 201: caseResponseSchema },
    access: 'conferences.write',
    data: 'participant',
    example: (ids) => ({
      body: {
        participantId: ids.participant,
        question: 'Kan re-integratie samen op met de schuldhulp?',
      },
    }),
  }),
  updateCase: route({
    method: 'PATCH',
    url: '/api/v1/case-conferences/cases/:id',
    summary: "Records a case's discussion and decisions",
    params: idParamsSchema,
    body: updateCaseRequestSchema,
    response: { 200: caseResponseSchema },
    access: 'conferences.write',
    data: 'participant',
    example: () => ({ body: { discussion: 'Besproken met wijkteam en Werk & Inkomen.' } }),
  }),
  addAction: route({
    method: 'POST',
    url: '/api/v1/case-conferences/cases/:id/actions',
    summary:
      'Adds an action to a case: an owner with a basis for it, a due date; it starts open. Under an id the client made, sent again, it is added once (200 with the action)',
    params: idParamsSchema,
    body: addActionRequestSchema,
    response: { 200: actionResponseSchema, 201: actionResponseSchema },
    errors: [409],
    access: 'conferences.write',
    data: 'participant',
    example: (ids) => ({
      body: {
        description: 'Intake schuldhulp plannen',
        ownerUserId: ids.user,
        dueDate: '2026-06-18',
      },
    }),
  }),
  updateAction: route({
    method: 'PATCH',
    url: '/api/v1/case-conferences/actions/:id',
    summary: "Changes an action's status (open, done, cancelled), due date or description",
    params: idParamsSchema,
    body: updateActionRequestSchema,
    response: { 200: actionResponseSchema },
    access: 'conferences.write',
    data: 'participant',
    example: () => ({ body: { status: 'open' } }),
  }),
  myActions: route({
    method: 'GET',
    url: '/api/v1/case-conferences/my-actions',
    summary: "The caller's actions across conferences (open ones by default), by due date",
    query: myActionsQuerySchema,
    response: { 200: myActionsResponseSchema },
    access: 'conferences.read',
    data: 'participant',
  }),
  attendance: route({
    method: 'GET',
    url: '/api/v1/case-conferences/attendance',
    summary:
      "Who was at the table: per month, the project's conferences, and per partner and domain the conferences attended and the cases brought in (small cells suppressed)",
    query: attendanceQuerySchema,
    response: { 200: attendanceResponseSchema },
    access: 'conferences.attendance',
    data: 'aggregate',
  }),
}
