import type { ReactNode } from 'react'
import { type Role, whoCan } from '../../domain/index.js'
import { lazyPage } from './lazy-page.js'

// One chunk per page: the entry holds the shell (session, layout, router) only.
const AnalysesPage = lazyPage(() => import('../features/analyses/analyses-page.js'), 'AnalysesPage')
const TwoAnswersPage = lazyPage(
  () => import('../features/analyses/two-answers-page.js'),
  'TwoAnswersPage',
)
const AnalysisPage = lazyPage(() => import('../features/analyses/analysis-page.js'), 'AnalysisPage')
const AuditPage = lazyPage(() => import('../features/admin/audit-page.js'), 'AuditPage')
const OrganisationsPage = lazyPage(
  () => import('../features/admin/organisations-page.js'),
  'OrganisationsPage',
)
const UsersPage = lazyPage(() => import('../features/admin/users-page.js'), 'UsersPage')
const ConferenceListPage = lazyPage(
  () => import('../features/case-conferences/conference-list-page.js'),
  'ConferenceListPage',
)
const ConferencePage = lazyPage(
  () => import('../features/case-conferences/conference-page.js'),
  'ConferencePage',
)
const MinutesPage = lazyPage(
  () => import('../features/case-conferences/minutes-page.js'),
  'MinutesPage',
)
const MyActionsPage = lazyPage(
  () => import('../features/case-conferences/my-actions-page.js'),
  'MyActionsPage',
)
const ConversationPage = lazyPage(
  () => import('../features/conversations/conversation-page.js'),
  'ConversationPage',
)
const ProjectConversationsPage = lazyPage(
  () => import('../features/conversations/project-conversations-page.js'),
  'ProjectConversationsPage',
)
const MkbaPage = lazyPage(() => import('../features/cost-benefit/mkba-page.js'), 'MkbaPage')
const ParticipantDetailPage = lazyPage(
  () => import('../features/participants/participant-detail-page.js'),
  'ParticipantDetailPage',
)
const ParticipantListPage = lazyPage(
  () => import('../features/participants/participant-list-page.js'),
  'ParticipantListPage',
)
const PlanPage = lazyPage(() => import('../features/plans/plan-page.js'), 'PlanPage')
const FollowUpPage = lazyPage(() => import('../features/plans/follow-up-page.js'), 'FollowUpPage')
const ProjectOutcomesPage = lazyPage(
  () => import('../features/plans/project-outcomes-page.js'),
  'ProjectOutcomesPage',
)
const PriceListPage = lazyPage(
  () => import('../features/price-list/price-list-page.js'),
  'PriceListPage',
)
const PrivacyPage = lazyPage(() => import('../features/privacy/privacy-page.js'), 'PrivacyPage')
const ResidentPrivacyPage = lazyPage(
  () => import('../features/privacy/resident-page.js'),
  'ResidentPrivacyPage',
)
const ProjectDetailPage = lazyPage(
  () => import('../features/projects/project-detail-page.js'),
  'ProjectDetailPage',
)
const ProjectListPage = lazyPage(
  () => import('../features/projects/project-list-page.js'),
  'ProjectListPage',
)

const TimeWeekPage = lazyPage(() => import('../features/time/time-week-page.js'), 'TimeWeekPage')
const BudgetPage = lazyPage(() => import('../features/time/budget-page.js'), 'BudgetPage')
const CapacityPage = lazyPage(() => import('../features/time/capacity-page.js'), 'CapacityPage')
const FindingsPage = lazyPage(() => import('../features/findings/findings-page.js'), 'FindingsPage')
const PilotDesignPage = lazyPage(
  () => import('../features/pilot-design/pilot-design-page.js'),
  'PilotDesignPage',
)
const StartfotoPage = lazyPage(
  () => import('../features/startfoto/startfoto-page.js'),
  'StartfotoPage',
)

export interface AppRoute {
  readonly path: string
  /** i18n key of the navigation label; routes without one are not in the navigation. */
  readonly nav?: string
  /** Who sees the page: the roles of its permissions (domain/user/permissions.ts). */
  readonly roles: readonly Role[]
  readonly render: (params: Record<string, string>) => ReactNode
}

/** Every page of the app. Add a page: one entry here (and its nav key in the catalogues). */
export const ROUTES: readonly AppRoute[] = [
  {
    path: '/',
    nav: 'nav.projects',
    roles: whoCan('projects.read'),
    render: () => <ProjectListPage />,
  },
  {
    path: '/projects/:id',
    roles: whoCan('projects.read'),
    render: (p) => <ProjectDetailPage id={p.id ?? ''} />,
  },
  {
    path: '/projects/:id/mkba',
    roles: whoCan('mkba.use'),
    render: (p) => <MkbaPage id={p.id ?? ''} />,
  },
  {
    path: '/projects/:id/analyses',
    roles: whoCan('analyses.read'),
    render: (p) => <AnalysesPage id={p.id ?? ''} />,
  },
  {
    path: '/projects/:id/two-answers',
    roles: whoCan('analyses.read').filter((role) => whoCan('businessCase.read').includes(role)),
    render: (p) => <TwoAnswersPage id={p.id ?? ''} />,
  },
  {
    path: '/analyses/:id',
    roles: whoCan('analyses.read'),
    render: (p) => <AnalysisPage id={p.id ?? ''} />,
  },
  {
    path: '/projects/:id/conversations',
    roles: whoCan('conversations.read', 'businessCase.read'),
    render: (p) => <ProjectConversationsPage id={p.id ?? ''} />,
  },
  {
    path: '/conversations/:id',
    roles: whoCan('conversations.read'),
    render: (p) => <ConversationPage id={p.id ?? ''} />,
  },
  {
    path: '/participants',
    nav: 'nav.participants',
    roles: whoCan('participants.read', 'participants.aggregate'),
    render: () => <ParticipantListPage />,
  },
  {
    path: '/participants/:id',
    roles: whoCan('participants.read', 'participants.aggregate'),
    render: (p) => <ParticipantDetailPage id={p.id ?? ''} />,
  },
  {
    path: '/participants/:id/plan',
    roles: whoCan('participants.read'),
    render: (p) => <PlanPage id={p.id ?? ''} />,
  },
  {
    path: '/follow-ups',
    nav: 'plans.navFollowUps',
    roles: whoCan('participants.read'),
    render: () => <FollowUpPage />,
  },
  {
    path: '/projects/:id/outcomes',
    roles: whoCan('participants.aggregate'),
    render: (p) => <ProjectOutcomesPage id={p.id ?? ''} />,
  },
  {
    path: '/case-conferences',
    nav: 'caseConferences.nav.list',
    roles: whoCan('conferences.read', 'conferences.attendance'),
    render: () => <ConferenceListPage />,
  },
  {
    path: '/case-conferences/:id',
    roles: whoCan('conferences.read'),
    render: (p) => <ConferencePage id={p.id ?? ''} />,
  },
  {
    path: '/case-conferences/:id/minutes',
    roles: whoCan('conferences.read'),
    render: (p) => <MinutesPage id={p.id ?? ''} />,
  },
  {
    path: '/my-actions',
    nav: 'caseConferences.nav.myActions',
    roles: whoCan('conferences.write'),
    render: () => <MyActionsPage />,
  },
  {
    path: '/price-list',
    nav: 'nav.priceList',
    roles: whoCan('priceList.read'),
    render: () => <PriceListPage />,
  },
  {
    path: '/time',
    nav: 'time.nav',
    roles: whoCan('time.record'),
    render: () => <TimeWeekPage />,
  },
  {
    path: '/projects/:id/budget',
    roles: whoCan('budget.read'),
    render: (p) => <BudgetPage id={p.id ?? ''} />,
  },
  {
    path: '/projects/:id/capacity',
    roles: whoCan('capacity.read'),
    render: (p) => <CapacityPage id={p.id ?? ''} />,
  },
  {
    path: '/projects/:id/findings',
    roles: whoCan('findings.read'),
    render: (p) => <FindingsPage id={p.id ?? ''} />,
  },
  {
    path: '/projects/:id/pilot-design',
    roles: whoCan('projects.read'),
    render: (p) => <PilotDesignPage id={p.id ?? ''} />,
  },
  {
    path: '/projects/:id/startfoto',
    roles: whoCan('startfoto.read'),
    render: (p) => <StartfotoPage id={p.id ?? ''} />,
  },
  {
    path: '/admin/organisations',
    nav: 'nav.organisations',
    roles: whoCan('administration'),
    render: () => <OrganisationsPage />,
  },
  {
    path: '/admin/users',
    nav: 'nav.users',
    roles: whoCan('administration'),
    render: () => <UsersPage />,
  },
  {
    path: '/privacy',
    nav: 'privacy.nav',
    roles: whoCan('privacy.requests', 'privacy.retention'),
    render: () => <PrivacyPage />,
  },
  {
    path: '/privacy/residents/:id',
    roles: whoCan('privacy.inspect'),
    render: (p) => <ResidentPrivacyPage id={p.id ?? ''} />,
  },
  {
    path: '/admin/audit',
    nav: 'nav.audit',
    roles: whoCan('audit.read'),
    render: () => <AuditPage />,
  },
]
