import type { Kysely } from 'kysely'
import { contract } from '../../contract/index.js'
import {
  appendLedgerRow,
  type Database,
  findBudgetPot,
  findEnrolment,
  findUserById,
  listLedger,
  listUsers,
  saveBudgetPot,
} from '../../db/index.js'
import {
  approvalProblem,
  ConflictError,
  can,
  summariseLedger,
  ValidationError,
  withinPeriod,
} from '../../domain/index.js'
import type { RoleActor } from '../actor.js'
import { implement } from '../route.js'
import { visibleParticipant } from './participant-routes.js'
import { ownProject } from './project-scope.js'

/** The ledger, with who may be named as the second person (anyone but the actor). */
async function ledgerOf(db: Kysely<Database>, actor: RoleActor, projectId: string) {
  const summary = summariseLedger(
    (await findBudgetPot(db, projectId)) ?? null,
    await listLedger(db, projectId),
  )
  const approvers = (await listUsers(db, actor.municipality.id))
    .filter((u) => u.id !== actor.userId && can(u.role, 'budget.approve'))
    .map((u) => ({ id: u.id, name: u.name }))
  return { ...summary, approvers }
}

const invalid = (field: string, nl: string, en: string) =>
  new ValidationError([{ field, message: { nl, en } }])

/** The approver must be another user of the municipality who may approve spends. */
async function checkApprover(
  db: Kysely<Database>,
  actor: RoleActor,
  approverId: string | undefined,
) {
  if (approverId === undefined || approverId === actor.userId) return
  const approver = await findUserById(db, approverId)
  if (approver?.municipalityId !== actor.municipality.id || !can(approver.role, 'budget.approve'))
    throw invalid(
      'body.approverId',
      'is geen pilotleider of controller van deze gemeente',
      'is not a pilot manager or controller of this municipality',
    )
}

export const budgetLedgerRoute = implement(contract.budget.ledger, {
  handler: async ({ actor, db, params, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    return { status: 200, body: await ledgerOf(db, actor, project.id) }
  },
})

export const setBudgetPotRoute = implement(contract.budget.setPot, {
  handler: async ({ actor, db, params, body, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    await saveBudgetPot(db, project.id, body, actor.userId)
    return { status: 200, body: await ledgerOf(db, actor, project.id) }
  },
})

export const budgetSpendRoute = implement(contract.budget.spend, {
  handler: async ({ actor, db, params, body, audit }) => {
    const project = await ownProject(db, actor, params.id, audit)
    const pot = await findBudgetPot(db, project.id)
    if (!pot)
      throw new ConflictError({
        nl: 'Dit project heeft nog geen ontschot budget: stel eerst de pot in.',
        en: 'This project has no unshielded budget yet: set the pot first.',
      })
    const participant = await visibleParticipant(db, actor, body.participantId, audit)
    audit.objectId = project.id
    if (!(await findEnrolment(db, participant.id, project.id)))
      throw new ConflictError({
        nl: 'Deze deelnemer is niet ingeschreven in dit project.',
        en: 'This participant is not enrolled in this project.',
      })
    if (!withinPeriod(body.date, { start: pot.periodStart, end: pot.periodEnd }))
      throw invalid(
        'body.date',
        `valt buiten de looptijd van het budget (${pot.periodStart} – ${pot.periodEnd})`,
        `is outside the budget's period (${pot.periodStart} – ${pot.periodEnd})`,
      )
    await checkApprover(db, actor, body.approverId)
    const ledger = summariseLedger(pot, await listLedger(db, project.id))
    let corrected: (typeof ledger.spends)[number] | undefined
    if (body.corrects !== undefined) {
      corrected = ledger.spends.find((s) => s.id === body.corrects)
      if (!corrected || corrected.participantId !== participant.id)
        throw invalid(
          'body.corrects',
          'is geen uitgave van deze deelnemer in dit budget',
          'is not a spend of this participant in this budget',
        )
      if (body.purpose === '')
        throw invalid(
          'body.purpose',
          'een correctie vraagt een reden',
          'a correction needs a reason',
        )
    }
    // A correction's row is the change it makes; the two-person rule weighs that change.
    const amountCents = corrected ? body.amountCents - corrected.effectiveCents : body.amountCents
    const problem = approvalProblem(
      Math.abs(amountCents),
      pot.approvalThresholdCents,
      actor.userId,
      body.approverId,
    )
    if (problem) throw new ValidationError([{ field: 'body.approverId', message: problem }])
    await appendLedgerRow(db, {
      projectId: project.id,
      participantId: participant.id,
      amountCents,
      date: body.date,
      purpose: body.purpose,
      goal: corrected ? corrected.goal : body.goal,
      replacesDomain: corrected ? corrected.replacesDomain : (body.replacesDomain ?? null),
      recordedBy: actor.userId,
      approvedBy: body.approverId ?? null,
      corrects: corrected?.id ?? null,
    })
    return { status: 201, body: await ledgerOf(db, actor, project.id) }
  },
})

export const BUDGET_ROUTES = [budgetLedgerRoute, setBudgetPotRoute, budgetSpendRoute]
