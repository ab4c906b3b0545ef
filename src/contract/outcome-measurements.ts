import { z } from 'zod'
import {
  outcomeAggregateQuerySchema,
  outcomeAggregateResponseSchema,
  outcomePointResponseSchema,
  outcomeSeriesQuerySchema,
  outcomeSeriesResponseSchema,
  recordMeasurementRequestSchema,
} from '../domain/index.js'
import { route } from './route.js'

export const outcomeMeasurements = {
  record: route({
    method: 'POST',
    url: '/api/v1/outcome-measurements',
    summary:
      'Records an outcome measurement at a moment of the professional’s choosing: Participatieladder rung, ZRM scores, trust, progress on own goals',
    body: recordMeasurementRequestSchema,
    response: { 201: outcomePointResponseSchema },
    access: 'participants.write',
    data: 'participant',
    example: () => ({
      body: { date: '2026-05-01', moment: 'Na drie maanden', ladderRung: 3, zrm: { financien: 3 } },
    }),
  }),
  series: route({
    method: 'GET',
    url: '/api/v1/outcome-measurements',
    summary:
      "A participant's one outcome series: the measurements taken and the T0/T1 outcomes of the table conversations, in time order",
    query: outcomeSeriesQuerySchema,
    response: { 200: outcomeSeriesResponseSchema },
    access: 'participants.read',
    data: 'participant',
  }),
  aggregate: route({
    method: 'GET',
    url: '/api/v1/outcome-measurements/aggregate',
    summary:
      "A project's change from first to last measurement: ladder transitions and ZRM scores per domain before and after; small cells suppressed",
    query: outcomeAggregateQuerySchema,
    response: { 200: outcomeAggregateResponseSchema },
    access: 'participants.aggregate',
    data: 'aggregate',
  }),
  export: route({
    method: 'GET',
    url: '/api/v1/outcome-measurements/export',
    summary:
      'For researchers: one row per participant of the project under a keyed research pseudonym (no pseudonym of the app, no BSN), with plan, follow-up, outcome and fidelity columns (CSV)',
    query: outcomeAggregateQuerySchema,
    response: { 200: z.string() },
    contentType: 'text/csv; charset=utf-8',
    access: 'research.export',
    data: 'participant',
  }),
}
