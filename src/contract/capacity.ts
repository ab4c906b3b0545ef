import {
  capacityResponseSchema,
  capacitySettingsSchema,
  idParamsSchema,
  userContractsRequestSchema,
  userContractsResponseSchema,
  vacanciesRequestSchema,
  vacanciesResponseSchema,
} from '../domain/index.js'
import { route } from './route.js'

export const capacity = {
  monitor: route({
    method: 'GET',
    url: '/api/v1/projects/:id/capacity',
    summary:
      "The capacity monitor: per team of the project's organisations and per month, open cases per FTE (with a warning above the project's threshold), part-time share, pilot and own-organisation hours, joiners and leavers, average tenure, vacancies and the waiting time from referral to first contact; with the pilot's phase changes",
    params: idParamsSchema,
    response: { 200: capacityResponseSchema },
    access: 'capacity.read',
    data: 'aggregate',
  }),
  setThreshold: route({
    method: 'PUT',
    url: '/api/v1/projects/:id/capacity/threshold',
    summary: 'Sets the open cases per FTE above which the capacity monitor warns',
    params: idParamsSchema,
    body: capacitySettingsSchema,
    response: { 200: capacityResponseSchema },
    example: () => ({ body: { maxCasesPerFte: 25 } }),
    access: 'projects.write',
    data: 'none',
  }),
  contracts: route({
    method: 'GET',
    url: '/api/v1/users/:id/contracts',
    summary:
      "A user's contracts (hours per week, start and end date) as the administrator keeps them",
    params: idParamsSchema,
    response: { 200: userContractsResponseSchema },
    access: 'administration',
    data: 'none',
  }),
  setContracts: route({
    method: 'PUT',
    url: '/api/v1/users/:id/contracts',
    summary:
      "Replaces a user's contracts; each counts for the user's organisation and team in the capacity monitor",
    params: idParamsSchema,
    body: userContractsRequestSchema,
    response: { 200: userContractsResponseSchema },
    example: () => ({
      body: { contracts: [{ hoursPerWeek: 32, startDate: '2025-09-01', endDate: null }] },
    }),
    access: 'administration',
    data: 'none',
  }),
  vacancies: route({
    method: 'GET',
    url: '/api/v1/organisations/:id/vacancies',
    summary: "An organisation's open and filled posts per team",
    params: idParamsSchema,
    response: { 200: vacanciesResponseSchema },
    access: 'administration',
    data: 'none',
  }),
  setVacancies: route({
    method: 'PUT',
    url: '/api/v1/organisations/:id/vacancies',
    summary: "Replaces an organisation's posts (team, hours per week, opened, filled)",
    params: idParamsSchema,
    body: vacanciesRequestSchema,
    response: { 200: vacanciesResponseSchema },
    example: () => ({
      body: {
        vacancies: [{ team: 'Noord', hoursPerWeek: 36, openedOn: '2026-02-01', filledOn: null }],
      },
    }),
    access: 'administration',
    data: 'none',
  }),
}
