import {
  budgetLedgerResponseSchema,
  budgetPotSchema,
  budgetSpendRequestSchema,
  idParamsSchema,
} from '../domain/index.js'
import { route } from './route.js'

export const budget = {
  ledger: route({
    method: 'GET',
    url: '/api/v1/projects/:id/budget',
    summary:
      "The project's unshielded budget: the pot, the append-only ledger with each spend's corrections, the balance, spend per domain and per case, and the spends without a purpose or goal flagged",
    params: idParamsSchema,
    response: { 200: budgetLedgerResponseSchema },
    access: 'budget.read',
    data: 'participant',
  }),
  setPot: route({
    method: 'PUT',
    url: '/api/v1/projects/:id/budget',
    summary:
      "Sets the project's one pot across domains: its amount, period, and the threshold above which a spend needs a second person's approval",
    params: idParamsSchema,
    body: budgetPotSchema,
    response: { 200: budgetLedgerResponseSchema },
    example: () => ({
      body: {
        amountCents: 25_000_000,
        periodStart: '2026-01-01',
        periodEnd: '2027-06-30',
        approvalThresholdCents: 100_000,
      },
    }),
    access: 'budget.spend',
    data: 'participant',
  }),
  spend: route({
    method: 'POST',
    url: '/api/v1/projects/:id/budget/spends',
    summary:
      'Appends a spend for a case (amount, date, purpose, goal, the domain whose provision it replaces, approver above the threshold), or with `corrects` a correction of an earlier spend: the ledger never changes a row',
    params: idParamsSchema,
    body: budgetSpendRequestSchema,
    response: { 201: budgetLedgerResponseSchema },
    errors: [409],
    example: (ids) => ({
      body: {
        participantId: ids.participant,
        amountCents: 4_500,
        date: '2026-03-04',
        purpose: 'OV-kaart voor de eerste maand werk',
        goal: 'Zelf naar het werk reizen',
        replacesDomain: 'participatiewet',
      },
    }),
    access: 'budget.spend',
    data: 'participant',
  }),
}
