import { z } from 'zod'
import {
  idParamsSchema,
  openedRoundSchema,
  openRoundSchema,
  roundActionSchema,
  roundParamsSchema,
  STARTFOTO_TEMPLATE,
  startfotoAnswersSchema,
  startfotoExportQuerySchema,
  startfotoQuestionsSchema,
  startfotoReceivedSchema,
  startfotoResponseSchema,
  startfotoTemplateSchema,
  tokenParamsSchema,
} from '../domain/index.js'
import { route } from './route.js'

/**
 * The startfoto (issue 16): the pilot manager's side under the project, and the public side a
 * partner's staff reach by their organisation's link, without an account.
 */
export const startfoto = {
  get: route({
    method: 'GET',
    url: '/api/v1/projects/:id/startfoto',
    summary:
      "The project's startfoto: its questionnaire, its rounds with the responses per organisation, per statement the distribution and mean per organisation (only from 5 answers, and never derivable from the whole), the open answers per question, and the change from the first round to the last",
    params: idParamsSchema,
    response: { 200: startfotoResponseSchema },
    access: 'startfoto.read',
    data: 'aggregate',
  }),
  saveTemplate: route({
    method: 'PUT',
    url: '/api/v1/projects/:id/startfoto',
    summary:
      "Saves the project's adaptation of the startfoto questionnaire; once an answer has come in, questions may only be added (else 409)",
    params: idParamsSchema,
    body: startfotoTemplateSchema,
    response: { 200: startfotoResponseSchema },
    errors: [409],
    example: () => ({ body: STARTFOTO_TEMPLATE }),
    access: 'startfoto.manage',
    data: 'none',
  }),
  openRound: route({
    method: 'POST',
    url: '/api/v1/projects/:id/startfoto/rounds',
    summary:
      'Opens the next round (the first is the baseline) with a new link per organisation; the links are in this answer only. 409 while another round is open',
    params: idParamsSchema,
    body: openRoundSchema,
    response: { 201: openedRoundSchema },
    errors: [409],
    example: () => ({ body: {} }),
    access: 'startfoto.manage',
    data: 'none',
  }),
  closeRound: route({
    method: 'POST',
    url: '/api/v1/projects/:id/startfoto/rounds/:number/close',
    summary: 'Closes a round: its links then show that it is closed and take no more answers',
    params: roundParamsSchema,
    body: roundActionSchema,
    response: { 200: startfotoResponseSchema },
    errors: [409],
    example: () => ({ params: { number: '2' }, body: {} }),
    access: 'startfoto.manage',
    data: 'none',
  }),
  renewLinks: route({
    method: 'POST',
    url: '/api/v1/projects/:id/startfoto/rounds/:number/links',
    summary:
      'New links for every organisation of an open round, when one was lost or passed on: the old links stop working, the answers given stay; the new links are in this answer only',
    params: roundParamsSchema,
    body: roundActionSchema,
    response: { 201: openedRoundSchema },
    errors: [409],
    example: () => ({ params: { number: '2' }, body: {} }),
    access: 'startfoto.manage',
    data: 'none',
  }),
  exportTexts: route({
    method: 'GET',
    url: '/api/v1/projects/:id/startfoto/export',
    summary:
      'The open answers of every round as CSV or XLSX for qualitative analysis (round, question, organisation where its group is shown, theme, answer); text a spreadsheet would run as a formula is written with a leading quote',
    params: idParamsSchema,
    query: startfotoExportQuerySchema,
    response: { 200: z.union([z.string(), z.instanceof(Uint8Array)]) },
    contentType: 'text/csv; charset=utf-8',
    access: 'startfoto.read',
    data: 'aggregate',
  }),
  questions: route({
    method: 'GET',
    url: '/api/v1/startfoto/:token',
    summary:
      "Public, by an organisation's link: the round's questions in Dutch and English (no account; 404 for an unknown link)",
    params: tokenParamsSchema,
    response: { 200: startfotoQuestionsSchema },
    access: 'anyone',
    data: 'none',
  }),
  answer: route({
    method: 'POST',
    url: '/api/v1/startfoto/:token/answers',
    summary:
      "Public, by an organisation's link: one anonymous response (stored with its organisation and day only; no account, IP address or browser). 409 when the round is closed, 429 past the link's limit",
    params: tokenParamsSchema,
    body: startfotoAnswersSchema,
    response: { 201: startfotoReceivedSchema },
    errors: [409, 429],
    example: () => ({ body: { ratings: { 'one-plan': 4 }, texts: { learn: 'Samen plannen' } } }),
    access: 'anyone',
    data: 'none',
  }),
}
