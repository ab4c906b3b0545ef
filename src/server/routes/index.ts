import type { AnyRoute } from '../route.js'
import { ADMIN_ROUTES } from './admin-routes.js'
import { ANALYSIS_ROUTES } from './analysis-routes.js'
import { AUDIT_ROUTES } from './audit-routes.js'
import { BUDGET_ROUTES } from './budget-routes.js'
import { BUSINESS_CASE_ROUTES } from './business-case-routes.js'
import { CAPACITY_ROUTES } from './capacity-routes.js'
import { CASE_CONFERENCE_ROUTES } from './case-conference-routes.js'
import { CONVERSATION_ARCHIVE_ROUTES } from './conversation-archive-routes.js'
import { CONVERSATION_FILE_ROUTES } from './conversation-file-routes.js'
import { CONVERSATION_ROUTES } from './conversation-routes.js'
import { ENROLMENT_ROUTES } from './enrolment-routes.js'
import { FINDINGS_ROUTES } from './findings-routes.js'
import { FOLLOW_UP_ROUTES } from './follow-up-routes.js'
import { META_ROUTES } from './meta-routes.js'
import { MFA_ROUTES } from './mfa-routes.js'
import { MKBA_ROUTES } from './mkba-routes.js'
import { MKBA_VERSION_ROUTES } from './mkba-version-routes.js'
import { OUTCOME_ROUTES } from './outcome-routes.js'
import { PARTICIPANT_ROUTES } from './participant-routes.js'
import { PILOT_DESIGN_ROUTES } from './pilot-design-routes.js'
import { PILOT_PHASE_ROUTES } from './pilot-phase-routes.js'
import { PILOT_REPORT_ROUTES } from './pilot-report-routes.js'
import { PLAN_ROUTES } from './plan-routes.js'
import { PRICE_LIST_ROUTES } from './price-list-routes.js'
import { PRIVACY_ROUTES } from './privacy-routes.js'
import { PROJECT_ROUTES } from './project-routes.js'
import { PROJECT_WRITE_ROUTES } from './project-write-routes.js'
import { RESEARCH_ROUTES } from './research-routes.js'
import { SESSION_ROUTES } from './session-routes.js'
import { STARTFOTO_ROUTES } from './startfoto-routes.js'
import { TIME_ROUTES } from './time-routes.js'

/** Every API route. Add your module's array here (and its entries to policy.ts). */
export const ROUTES: readonly AnyRoute[] = [
  ...META_ROUTES,
  ...SESSION_ROUTES,
  ...PROJECT_ROUTES,
  ...PARTICIPANT_ROUTES,
  ...RESEARCH_ROUTES,
  ...ADMIN_ROUTES,
  ...MFA_ROUTES,
  ...AUDIT_ROUTES,
  ...MKBA_ROUTES,
  ...MKBA_VERSION_ROUTES,
  ...CONVERSATION_ROUTES,
  ...CONVERSATION_FILE_ROUTES,
  ...BUSINESS_CASE_ROUTES,
  ...PRICE_LIST_ROUTES,
  ...PROJECT_WRITE_ROUTES,
  ...ENROLMENT_ROUTES,
  ...CONVERSATION_ARCHIVE_ROUTES,
  ...PLAN_ROUTES,
  ...FOLLOW_UP_ROUTES,
  ...OUTCOME_ROUTES,
  ...CASE_CONFERENCE_ROUTES,
  ...TIME_ROUTES,
  ...BUDGET_ROUTES,
  ...CAPACITY_ROUTES,
  ...PILOT_DESIGN_ROUTES,
  ...PILOT_PHASE_ROUTES,
  ...PILOT_REPORT_ROUTES,
  ...FINDINGS_ROUTES,
  ...STARTFOTO_ROUTES,
  // last: the authorization test restricts and corrects the demo resident the others use
  ...PRIVACY_ROUTES,
  ...ANALYSIS_ROUTES,
]
