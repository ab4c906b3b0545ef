import {
  checklistTickRequestSchema,
  idParamsSchema,
  organisationPhaseChangeRequestSchema,
  pilotPhasesResponseSchema,
} from '../domain/index.js'
import { route } from './route.js'

/** The pilot's Minkman phase per participating organisation, and the per-phase checklist (issue 16). */
export const pilotPhases = {
  get: route({
    method: 'GET',
    url: '/api/v1/projects/:id/phases',
    summary:
      "The project's phase timeline (one row for the whole project, one per participating organisation, each change with its date and reason) and the per-phase checklist with what was ticked done, when and by whom",
    params: idParamsSchema,
    response: { 200: pilotPhasesResponseSchema },
    access: 'projects.read',
    data: 'none',
  }),
  changeOrganisation: route({
    method: 'POST',
    url: '/api/v1/projects/:id/phases',
    summary:
      "Records a participating organisation's new Minkman phase with the date it took effect (not before the project start or the organisation's previous change) and the reason",
    params: idParamsSchema,
    body: organisationPhaseChangeRequestSchema,
    response: { 201: pilotPhasesResponseSchema },
    example: (ids) => ({
      body: {
        organisationId: ids.organisation,
        phase: 'experiment',
        date: '2026-06-01',
        reason: 'De eerste casussen zijn samen opgepakt',
      },
    }),
    access: 'projects.write',
    data: 'none',
  }),
  tick: route({
    method: 'PUT',
    url: '/api/v1/projects/:id/checklist',
    summary:
      'Ticks an item of the per-phase checklist done on a date (recorded with who), or takes the tick back',
    params: idParamsSchema,
    body: checklistTickRequestSchema,
    response: { 200: pilotPhasesResponseSchema },
    example: () => ({ body: { item: 'startfoto', done: true, date: '2026-02-01' } }),
    access: 'projects.write',
    data: 'none',
  }),
}
