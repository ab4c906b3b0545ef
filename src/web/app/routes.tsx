import type { ReactNode } from 'react'
import type { Role } from '../../domain/index.js'
import { AuditPage } from '../features/admin/audit-page.js'
import { OrganisationsPage } from '../features/admin/organisations-page.js'
import { UsersPage } from '../features/admin/users-page.js'
import { ConversationPage } from '../features/conversations/conversation-page.js'
import { ProjectConversationsPage } from '../features/conversations/project-conversations-page.js'
import { MkbaPage } from '../features/cost-benefit/mkba-page.js'
import { ParticipantDetailPage } from '../features/participants/participant-detail-page.js'
import { ParticipantListPage } from '../features/participants/participant-list-page.js'
import { PriceListPage } from '../features/price-list/price-list-page.js'
import { ProjectDetailPage } from '../features/projects/project-detail-page.js'
import { ProjectListPage } from '../features/projects/project-list-page.js'

export interface AppRoute {
  readonly path: string
  /** i18n key of the navigation label; routes without one are not in the navigation. */
  readonly nav?: string
  readonly roles: readonly Role[]
  readonly render: (params: Record<string, string>) => ReactNode
}

const EVERYONE: readonly Role[] = [
  'administrator',
  'pilot-manager',
  'researcher',
  'professional',
  'facilitator',
  'controller',
]
const CASEWORK: readonly Role[] = ['pilot-manager', 'professional', 'facilitator', 'researcher']

/** Every page of the app. Add a page: one entry here (and its nav key in the catalogues). */
export const ROUTES: readonly AppRoute[] = [
  { path: '/', nav: 'nav.projects', roles: EVERYONE, render: () => <ProjectListPage /> },
  { path: '/projects/:id', roles: EVERYONE, render: (p) => <ProjectDetailPage id={p.id ?? ''} /> },
  {
    path: '/projects/:id/mkba',
    roles: ['pilot-manager', 'researcher'],
    render: (p) => <MkbaPage id={p.id ?? ''} />,
  },
  {
    path: '/projects/:id/conversations',
    roles: ['pilot-manager', 'researcher', 'professional', 'facilitator', 'controller'],
    render: (p) => <ProjectConversationsPage id={p.id ?? ''} />,
  },
  {
    path: '/conversations/:id',
    roles: ['pilot-manager', 'professional', 'facilitator', 'controller'],
    render: (p) => <ConversationPage id={p.id ?? ''} />,
  },
  {
    path: '/participants',
    nav: 'nav.participants',
    roles: CASEWORK,
    render: () => <ParticipantListPage />,
  },
  {
    path: '/participants/:id',
    roles: CASEWORK,
    render: (p) => <ParticipantDetailPage id={p.id ?? ''} />,
  },
  { path: '/price-list', nav: 'nav.priceList', roles: EVERYONE, render: () => <PriceListPage /> },
  {
    path: '/admin/organisations',
    nav: 'nav.organisations',
    roles: ['administrator'],
    render: () => <OrganisationsPage />,
  },
  { path: '/admin/users', nav: 'nav.users', roles: ['administrator'], render: () => <UsersPage /> },
  { path: '/admin/audit', nav: 'nav.audit', roles: ['administrator'], render: () => <AuditPage /> },
]
