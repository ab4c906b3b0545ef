import { z } from 'zod'
import {
  codeBookResponseSchema,
  findingFilterSchema,
  findingInputSchema,
  findingListResponseSchema,
  findingResponseSchema,
  findingsOverviewResponseSchema,
  idParamsSchema,
  lessonInputSchema,
  lessonSchema,
  lessonsResponseSchema,
  themeInputSchema,
  themeMergeSchema,
  themeSchema,
  themeUpdateSchema,
} from '../domain/index.js'
import { route } from './route.js'

const findingExample = (ids: {
  theme2: string
  quotedConversation: string
  organisation: string
}) => ({
  text: 'De korte lijn met de consulent maakte dat er binnen een week een plan lag.',
  source: 'table-conversation' as const,
  date: '2026-03-12',
  organisationId: ids.organisation,
  themeIds: [ids.theme2],
  quote: true,
  conversationId: ids.quotedConversation,
})

/** The findings export: CSV with codes, or a REFI-QDA project (.qdpx). */
export const findingsExportQuerySchema = z
  .object({ format: z.enum(['csv', 'qdpx']).default('csv') })
  .strict()

/**
 * Process evaluation's qualitative half (issue 16): the project's code book, its findings coded
 * by theme, the overview per theme, lessons per Minkman phase, and the export for qualitative
 * analysis. Findings may quote a resident's table conversation (linked by id), so every read
 * and write of them is audited.
 */
export const findings = {
  codeBook: route({
    method: 'GET',
    url: '/api/v1/projects/:id/code-book',
    summary:
      "The project's code book: the starter themes and the ones it added, with retired and merged ones marked",
    params: idParamsSchema,
    response: { 200: codeBookResponseSchema },
    access: 'findings.read',
    data: 'none',
  }),
  addTheme: route({
    method: 'POST',
    url: '/api/v1/projects/:id/code-book',
    summary: 'Adds a theme to the code book (409 when a theme of that Dutch label is in it)',
    params: idParamsSchema,
    body: themeInputSchema,
    response: { 201: themeSchema },
    errors: [409],
    example: () => ({ body: { labelNl: 'Regie', labelEn: 'Coordination' } }),
    access: 'findings.write',
    data: 'none',
  }),
  updateTheme: route({
    method: 'PATCH',
    url: '/api/v1/themes/:id',
    summary:
      'Renames a theme, or retires it (it stays on its findings, new findings cannot take it) or brings it back; 409 for a merged theme',
    params: idParamsSchema,
    body: themeUpdateSchema,
    response: { 200: themeSchema },
    errors: [409],
    example: () => ({ body: { labelEn: 'Trust between partners' } }),
    access: 'findings.write',
    data: 'none',
  }),
  list: route({
    method: 'GET',
    url: '/api/v1/projects/:id/findings',
    summary:
      "The project's findings, newest first, filtered by theme, organisation or kind of source",
    params: idParamsSchema,
    query: findingFilterSchema,
    response: { 200: findingListResponseSchema },
    access: 'findings.read',
    data: 'none',
  }),
  overview: route({
    method: 'GET',
    url: '/api/v1/projects/:id/findings/overview',
    summary:
      'Per theme: how many findings, across which partner organisations and kinds of source, with its quotes',
    params: idParamsSchema,
    response: { 200: findingsOverviewResponseSchema },
    access: 'findings.read',
    data: 'none',
  }),
  export: route({
    method: 'GET',
    url: '/api/v1/projects/:id/findings/export',
    summary:
      "The project's findings for qualitative analysis: CSV with one 0/1 column per theme (formula-guarded), or a REFI-QDA project exchange file (.qdpx, standard 1.0)",
    params: idParamsSchema,
    query: findingsExportQuerySchema,
    response: { 200: z.union([z.string(), z.instanceof(Uint8Array)]) },
    contentType: 'text/csv; charset=utf-8',
    access: 'findings.read',
    data: 'none',
  }),
  create: route({
    method: 'POST',
    url: '/api/v1/projects/:id/findings',
    summary:
      'Records a finding coded with one or more themes; a quote may link a table conversation of the same project by id. A text naming a resident (a pseudonym) is refused; one that seems to name someone is saved with a warning',
    params: idParamsSchema,
    body: findingInputSchema,
    response: { 201: findingResponseSchema },
    example: (ids) => ({ body: findingExample(ids) }),
    access: 'findings.write',
    data: 'none',
  }),
  update: route({
    method: 'PUT',
    url: '/api/v1/findings/:id',
    summary: 'Replaces a finding (text, source, themes, quote, link); 409 for a removed one',
    params: idParamsSchema,
    body: findingInputSchema,
    response: { 200: findingResponseSchema },
    errors: [409],
    example: (ids) => ({ body: findingExample(ids) }),
    access: 'findings.write',
    data: 'none',
  }),
  lessons: route({
    method: 'GET',
    url: '/api/v1/projects/:id/lessons',
    summary:
      "The project's lessons learned and recommendations per Minkman phase, each with the findings it rests on",
    params: idParamsSchema,
    response: { 200: lessonsResponseSchema },
    access: 'findings.read',
    data: 'none',
  }),
  addLesson: route({
    method: 'POST',
    url: '/api/v1/projects/:id/lessons',
    summary: 'Records a lesson or recommendation for a phase, with the findings it rests on',
    params: idParamsSchema,
    body: lessonInputSchema,
    response: { 201: lessonSchema },
    example: (ids) => ({
      body: {
        phase: 'experiment',
        kind: 'lesson',
        text: 'Een vaste contactpersoon per partner maakte de korte lijnen.',
        findingIds: [ids.finding],
      },
    }),
    access: 'findings.write',
    data: 'none',
  }),
  updateLesson: route({
    method: 'PUT',
    url: '/api/v1/lessons/:id',
    summary: 'Replaces a lesson or recommendation; 409 for a removed one',
    params: idParamsSchema,
    body: lessonInputSchema,
    response: { 200: lessonSchema },
    errors: [409],
    example: (ids) => ({
      body: {
        phase: 'design',
        kind: 'recommendation',
        text: 'Leg aan het begin samen vast wat integraal werken betekent.',
        findingIds: [ids.finding],
      },
    }),
    access: 'findings.write',
    data: 'none',
  }),
  removeLesson: route({
    method: 'DELETE',
    url: '/api/v1/lessons/:id',
    summary: 'Removes a lesson; 409 when it was removed already',
    params: idParamsSchema,
    response: { 204: z.null() },
    errors: [409],
    access: 'findings.write',
    data: 'none',
  }),
  remove: route({
    method: 'DELETE',
    url: '/api/v1/findings/:id',
    summary:
      'Removes a finding: its text, codes and link are deleted, the row keeps who removed it when; 409 when it was removed already',
    params: idParamsSchema,
    response: { 204: z.null() },
    errors: [409],
    access: 'findings.write',
    data: 'none',
  }),
  mergeTheme: route({
    method: 'POST',
    url: '/api/v1/themes/:id/merge',
    summary:
      'Merges a theme into another of the same code book: every finding coded with it is recoded, and it is retired pointing at the other; 409 when it is merged already',
    params: idParamsSchema,
    body: themeMergeSchema,
    response: { 200: z.object({ theme: themeSchema, recoded: z.number().int() }) },
    errors: [409],
    example: (ids) => ({ body: { into: ids.theme2 } }),
    access: 'findings.write',
    data: 'none',
  }),
}
