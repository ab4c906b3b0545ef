import { z } from 'zod'
import {
  archiveRequestSchema,
  conversationEditsRequestSchema,
  conversationEditsResponseSchema,
  conversationFileSchema,
  conversationListResponseSchema,
  conversationStateSchema,
  createConversationRequestSchema,
  emptyQuerySchema,
  idParamsSchema,
  reopenRequestSchema,
  reportQuerySchema,
  signOffRequestSchema,
  tableConversationSchema,
} from '../domain/index.js'
import { REPORT_CONTENT_TYPE, REPORT_ERRORS, REPORT_RESPONSE } from './report.js'
import { route } from './route.js'

const EXAMPLE_CARD = {
  type: 'activity',
  id: 'voorbeeld-1',
  item: 'WIJKTEAM-UUR',
  start: '2026-03-01',
  quantity: 2,
}

const exportQuerySchema = z
  .object({ names: z.enum(['labels', 'pseudonyms']).default('labels') })
  .strict()

export const conversations = {
  list: route({
    method: 'GET',
    url: '/api/v1/projects/:id/conversations',
    summary:
      "The project's table conversations the user may see, with each case's difference (referentie − interventie)",
    params: idParamsSchema,
    query: emptyQuerySchema,
    response: { 200: conversationListResponseSchema },
    access: 'conversations.read',
    data: 'participant',
  }),
  create: route({
    method: 'POST',
    url: '/api/v1/conversations',
    summary:
      'Starts a table conversation for a case (a participant enrolled in the project) and moment; 409 for a participant not enrolled',
    body: createConversationRequestSchema,
    response: { 201: conversationStateSchema },
    access: 'conversations.edit',
    data: 'participant',
    example: (ids) => ({ body: { projectId: ids.project, measurement: 'T9' } }),
  }),
  get: route({
    method: 'GET',
    url: '/api/v1/conversations/:id',
    summary: 'One table conversation with the prices it is computed with',
    params: idParamsSchema,
    response: { 200: conversationStateSchema },
    access: 'conversations.read',
    data: 'participant',
  }),
  edit: route({
    method: 'POST',
    url: '/api/v1/conversations/:id/edits',
    summary:
      'Applies queued edits in order: each is applied, a duplicate (sent before), or a conflict (someone changed the same target)',
    params: idParamsSchema,
    body: conversationEditsRequestSchema,
    response: { 200: conversationEditsResponseSchema },
    access: 'conversations.edit',
    data: 'participant',
    example: () => ({
      body: {
        edits: [
          {
            id: '00000000-0000-4000-8000-000000000001',
            kind: 'put-card',
            scenario: 'interventie',
            card: EXAMPLE_CARD,
            base: null,
          },
        ],
      },
    }),
  }),
  signOff: route({
    method: 'POST',
    url: '/api/v1/conversations/:id/sign-off',
    summary:
      'A controller signs the case off: its document and result are stored as a locked version',
    params: idParamsSchema,
    body: signOffRequestSchema,
    response: { 200: conversationStateSchema },
    access: 'conversations.signOff',
    data: 'participant',
    example: () => ({ body: { note: 'Gecontroleerd' } }),
  }),
  reopen: route({
    method: 'POST',
    url: '/api/v1/conversations/:id/reopen',
    summary: 'A controller reopens a signed-off case for editing; its signed-off versions remain',
    params: idParamsSchema,
    body: reopenRequestSchema,
    response: { 200: conversationStateSchema },
    access: 'conversations.signOff',
    data: 'participant',
    example: () => ({ body: { reason: 'Nagesprek met de inwoner' } }),
  }),
  report: route({
    method: 'GET',
    url: '/api/v1/conversations/:id/report',
    summary:
      'The case report: a printable page with the timeline, who pays and who gains, and the outcomes (html), or as a PDF or a workbook',
    params: idParamsSchema,
    query: reportQuerySchema,
    response: REPORT_RESPONSE,
    errors: REPORT_ERRORS,
    contentType: REPORT_CONTENT_TYPE,
    access: 'conversations.read',
    data: 'participant',
  }),
  export: route({
    method: 'GET',
    url: '/api/v1/projects/:id/conversations/export',
    summary:
      "The project's table conversations as the documented JSON file, with the price list they use; cases as `casus 1…n` (for sharing) or by pseudonym (for the municipality's own archive)",
    params: idParamsSchema,
    query: exportQuerySchema,
    // An export may hold no cases (a team without conversations); an import needs at least one.
    response: {
      200: conversationFileSchema.extend({
        cases: z.array(tableConversationSchema),
        /** Conversations left out: their resident restricted use or objected (AVG art. 18, 21). */
        leftOut: z.object({ restricted: z.number().int() }),
      }),
    },
    access: 'conversations.export',
    data: 'participant',
  }),
  import: route({
    method: 'POST',
    url: '/api/v1/projects/:id/conversations/import',
    summary:
      "Imports a table-conversations file into the project: each case id is a participant's pseudonym (or id) in the user's team; all cases or none",
    params: idParamsSchema,
    body: conversationFileSchema,
    response: { 201: z.object({ imported: z.number().int() }) },
    access: 'conversations.edit',
    data: 'participant',
    example: (ids) => ({
      body: {
        format: 'effectwijzer-table-conversations',
        version: 1,
        baseYear: 2024,
        // no cards, so no prices: the web, which loads this module, never loads the starter list
        priceList: { id: 'voorbeeld', version: '1', items: [] },
        cases: [
          {
            caseId: ids.participant,
            measurement: 'T8',
            scenarios: {
              interventie: { cards: [] },
              referentie: { kind: 'former-approach', cards: [] },
            },
          },
        ],
      },
    }),
  }),
  archive: route({
    method: 'POST',
    url: '/api/v1/conversations/:id/archive',
    summary:
      'Archives a table conversation started by mistake, with the reason: it is kept and readable, but hidden from every list and the business case, and locked',
    params: idParamsSchema,
    body: archiveRequestSchema,
    response: { 200: conversationStateSchema },
    example: () => ({ body: { reason: 'Per ongeluk bij de verkeerde deelnemer gestart' } }),
    access: 'conversations.edit',
    data: 'participant',
  }),
}
