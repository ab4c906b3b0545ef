import { z } from 'zod'
import {
  createProjectRequestSchema,
  emptyQuerySchema,
  endEnrolmentRequestSchema,
  enrolRequestSchema,
  idParamsSchema,
  organisationRefSchema,
  participantImportRequestSchema,
  participantImportResponseSchema,
  projectEnrolmentListResponseSchema,
  projectEnrolmentResponseSchema,
  projectListResponseSchema,
  projectResponseSchema,
  updateProjectRequestSchema,
} from '../domain/index.js'
import { route } from './route.js'

/** A valid new project, for the authorization matrix and fuzz tests. */
const PROJECT_EXAMPLE = {
  name: 'Schuldhulp in de wijk',
  periodStart: '2026-09-01',
  periodEnd: '2027-08-31',
  targetGroup: 'Huishoudens met beginnende betalingsachterstanden',
  theoryOfChange: 'Vroeg erop af voorkomt dat achterstanden uitgroeien tot schulden.',
}

export const projects = {
  list: route({
    method: 'GET',
    url: '/api/v1/projects',
    summary: "The projects (pilots) of the user's municipality",
    response: { 200: projectListResponseSchema },
    access: 'projects.read',
    data: 'none',
  }),
  get: route({
    method: 'GET',
    url: '/api/v1/projects/:id',
    summary: 'One project with its theory of change, participating organisations and phase history',
    params: idParamsSchema,
    response: { 200: projectResponseSchema },
    access: 'projects.read',
    data: 'none',
  }),
  create: route({
    method: 'POST',
    url: '/api/v1/projects',
    summary:
      'Creates a project (pilot) of the municipality with its period, target group, theory of change, participating organisations and starting Minkman phase',
    body: createProjectRequestSchema,
    response: { 201: projectResponseSchema },
    example: () => ({ body: PROJECT_EXAMPLE }),
    access: 'projects.write',
    data: 'none',
  }),
  update: route({
    method: 'PATCH',
    url: '/api/v1/projects/:id',
    summary:
      'Changes a project; a new Minkman phase is recorded in its phase history with the date it took effect and the reason',
    params: idParamsSchema,
    body: updateProjectRequestSchema,
    response: { 200: projectResponseSchema },
    example: () => ({
      body: { phase: 'extension-monitoring', phaseDate: '2026-10-01', phaseReason: 'Opschalen' },
    }),
    access: 'projects.write',
    data: 'none',
  }),
  partners: route({
    method: 'GET',
    url: '/api/v1/projects/partners',
    summary: "The municipality's organisations a project can name as participating organisations",
    query: emptyQuerySchema,
    response: { 200: z.object({ organisations: z.array(organisationRefSchema) }) },
    access: 'projects.write',
    data: 'none',
  }),
  enrolments: route({
    method: 'GET',
    url: '/api/v1/projects/:id/enrolments',
    summary:
      "The project's enrolments of the participants the user may see, with the end date and reason of ended ones",
    params: idParamsSchema,
    query: emptyQuerySchema,
    response: { 200: projectEnrolmentListResponseSchema },
    access: 'participants.read',
    data: 'participant',
  }),
  enrol: route({
    method: 'POST',
    url: '/api/v1/projects/:id/enrolments',
    summary:
      'Enrols a participant in the project: an existing one (participantId) or a new one registered with the minimal set (participant)',
    params: idParamsSchema,
    body: enrolRequestSchema,
    response: { 201: projectEnrolmentResponseSchema },
    example: (ids) => ({ body: { participantId: ids.participant, startDate: '2026-04-01' } }),
    access: 'enrolments.write',
    data: 'participant',
  }),
  endEnrolment: route({
    method: 'POST',
    url: '/api/v1/projects/:id/enrolments/end',
    summary: "Ends a participant's enrolment in the project on a date, with the reason",
    params: idParamsSchema,
    body: endEnrolmentRequestSchema,
    response: { 200: projectEnrolmentResponseSchema },
    example: (ids) => ({
      body: { participantId: ids.participant, endDate: '2026-12-31', reason: 'Doel bereikt' },
    }),
    access: 'enrolments.write',
    data: 'participant',
  }),
  importParticipants: route({
    method: 'POST',
    url: '/api/v1/projects/:id/participants/import',
    summary:
      'Registers and enrols the participants of a CSV or XLSX file: every row is checked (row and column named), and one wrong row rejects the whole file',
    params: idParamsSchema,
    body: participantImportRequestSchema,
    response: { 201: participantImportResponseSchema },
    access: 'enrolments.write',
    data: 'participant',
  }),
}
