import {
  checkInRequestSchema,
  dueFollowUpsQuerySchema,
  dueFollowUpsResponseSchema,
  followUpListResponseSchema,
  followUpResponseSchema,
  idParamsSchema,
  planFollowUpsRequestSchema,
  relapseQuerySchema,
  relapseResponseSchema,
  rescheduleRequestSchema,
} from '../domain/index.js'
import { route } from './route.js'

export const followUps = {
  plan: route({
    method: 'POST',
    url: '/api/v1/follow-ups',
    summary:
      'Plans light check-ins after a trajectory, benefit or enrolment ended (default after 1, 3 and 6 months)',
    body: planFollowUpsRequestSchema,
    response: { 201: followUpListResponseSchema },
    access: 'participants.write',
    data: 'participant',
    example: () => ({ body: { outflow: 'trajectory', endedOn: '2026-05-01' } }),
  }),
  due: route({
    method: 'GET',
    url: '/api/v1/follow-ups',
    summary:
      "Check-ins due in a week (default this one) and every overdue one: the user's own or the team's",
    query: dueFollowUpsQuerySchema,
    response: { 200: dueFollowUpsResponseSchema },
    access: 'participants.read',
    data: 'participant',
  }),
  ofParticipant: route({
    method: 'GET',
    url: '/api/v1/participants/:id/follow-ups',
    summary: "A participant's check-ins after outflow, done and to do",
    params: idParamsSchema,
    response: { 200: followUpListResponseSchema },
    access: 'participants.read',
    data: 'participant',
  }),
  checkIn: route({
    method: 'POST',
    url: '/api/v1/follow-ups/:id/check-in',
    summary:
      'Records how a check-in went (good, concerns, support reopened) with an optional note, and optionally plans the next one',
    params: idParamsSchema,
    body: checkInRequestSchema,
    response: { 200: followUpListResponseSchema },
    access: 'participants.write',
    data: 'participant',
    example: () => ({ body: { outcome: 'good', note: 'Gaat goed, werkt nu vier dagen.' } }),
  }),
  reschedule: route({
    method: 'PATCH',
    url: '/api/v1/follow-ups/:id',
    summary: 'Moves a check-in still to do to another date (adjusted per case)',
    params: idParamsSchema,
    body: rescheduleRequestSchema,
    response: { 200: followUpResponseSchema },
    access: 'participants.write',
    data: 'participant',
    example: () => ({ body: { dueDate: '2027-02-15' } }),
  }),
  relapse: route({
    method: 'GET',
    url: '/api/v1/follow-ups/relapse',
    summary:
      'Relapse after outflow in a project: participants by their latest check-in (reopened support is relapse); small cells suppressed',
    query: relapseQuerySchema,
    response: { 200: relapseResponseSchema },
    access: 'participants.aggregate',
    data: 'aggregate',
  }),
}
