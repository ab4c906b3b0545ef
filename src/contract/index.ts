import { admin } from './admin.js'
import { analyses } from './analyses.js'
import { audit } from './audit.js'
import { budget } from './budget.js'
import { businessCase } from './business-case.js'
import { capacity } from './capacity.js'
import { caseConferences } from './case-conferences.js'
import { conversations } from './conversations.js'
import { findings } from './findings.js'
import { followUps } from './follow-ups.js'
import { meta } from './meta.js'
import { mfa } from './mfa.js'
import { mkba } from './mkba.js'
import { outcomeMeasurements } from './outcome-measurements.js'
import { participants } from './participants.js'
import { pilotDesign } from './pilot-design.js'
import { pilotPhases } from './pilot-phases.js'
import { pilotReport } from './pilot-report.js'
import { plans } from './plans.js'
import { priceList } from './price-list.js'
import { privacy } from './privacy.js'
import { projects } from './projects.js'
import { research } from './research.js'
import type { AnyRouteContract } from './route.js'
import { session } from './session.js'
import { startfoto } from './startfoto.js'
import { time } from './time.js'

export { REPORT_CONTENT_TYPE, REPORT_ERRORS, REPORT_RESPONSE } from './report.js'
export type {
  Access,
  AnyRouteContract,
  DataKind,
  ErrorStatus,
  Example,
  ExampleIds,
  Method,
  Parsed,
  Responses,
  RouteContract,
  Sent,
} from './route.js'
export { route, routeKey } from './route.js'

/**
 * Every route of the HTTP API, once, by concept: the server implements each entry, the web
 * calls them (src/web/api/call-route.ts), and src/contract/contract.test.ts checks that the
 * server registers exactly these.
 */
export const contract = {
  meta,
  session,
  projects,
  participants,
  research,
  admin,
  mfa,
  audit,
  mkba,
  conversations,
  businessCase,
  priceList,
  plans,
  followUps,
  outcomeMeasurements,
  caseConferences,
  time,
  budget,
  capacity,
  privacy,
  analyses,
  pilotDesign,
  pilotPhases,
  pilotReport,
  findings,
  startfoto,
}

/** The contract as one list, for whoever walks every route (policy, tests). */
export const CONTRACT_ROUTES: readonly AnyRouteContract[] = Object.values(contract).flatMap(
  (group) => Object.values(group),
)
