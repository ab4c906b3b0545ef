import { randomBytes } from 'node:crypto'
import { Writable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import type { ExampleIds } from '../../contract/index.js'
import {
  createSession,
  createUser,
  type DatabaseHandle,
  type DemoFixture,
  loadDemo,
  newSecretKey,
  SecretBox,
  type TestDialect,
} from '../../db/index.js'
import { type BuildAppOptions, buildApp } from '../app.js'
import { readConfig, type ServerConfig } from '../config.js'

export interface TestApp {
  readonly app: FastifyInstance
  readonly handle: DatabaseHandle
  readonly demo: DemoFixture
  /** The password of every demo account in this test database (random per test app). */
  readonly demoPassword: string
  /** The key the app seals and opens TOTP secrets with. */
  readonly secretBox: SecretBox
  /** A signed-in user without a role (as a new OIDC account starts). */
  readonly noRoleUserId: string
  /** Every log line the app wrote. */
  readonly logs: string[]
  /** Headers for a request as this user (a fresh session each call) or anonymously (null). */
  headersFor(userId: string | null): Promise<Record<string, string>>
  close(): Promise<void>
}

export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    ...readConfig({ EFFECTWIJZER_WEB_DIR: '/nonexistent-web-dir', LOG_LEVEL: 'info' }),
    loginAttemptsPerMinute: 10_000,
    ...overrides,
  }
}

/** A fresh database with the two demo municipalities, and the app on it. */
export async function createTestApp(
  dialect: TestDialect,
  options: Partial<Omit<BuildAppOptions, 'db' | 'secretBox'>> = {},
): Promise<TestApp> {
  const handle = await dialect.create()
  const secretBox = new SecretBox(newSecretKey())
  // One password for all accounts, as EFFECTWIJZER_DEMO_PASSWORD gives: hashed once, not 16 times.
  const demoPassword = randomBytes(12).toString('base64url')
  const demo = await loadDemo(handle.db, { secretBox, password: demoPassword })
  const noRole = await createUser(handle.db, {
    email: 'nieuw.oidc@voorbeeldstad.example',
    name: 'Nieuw Account',
    role: null,
    organisationId: null,
    oidcIssuer: 'https://idp.voorbeeldstad.example',
    oidcSubject: 'subject-1',
  })
  const logs: string[] = []
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk))
      done()
    },
  })
  const app = await buildApp({
    db: handle.db,
    config: options.config ?? testConfig(),
    pseudonymKey: 'test-pseudonym-key',
    secretBox,
    logStream,
    ...options,
  })
  await app.ready()
  return {
    app,
    handle,
    demo,
    demoPassword,
    secretBox,
    noRoleUserId: noRole.id,
    logs,
    async headersFor(userId) {
      if (userId === null)
        return { cookie: 'ew_csrf=anonymous-token', 'x-csrf-token': 'anonymous-token' }
      const { sessionId, csrfToken } = await createSession(handle.db, userId, new Date())
      return { cookie: `ew_session=${sessionId}`, 'x-csrf-token': csrfToken }
    },
    async close() {
      await app.close()
      await handle.close()
    },
  }
}

/** Example ids of one tenant: its project, a team-Noord participant, W&I, the professional. */
export function exampleIds(demo: DemoFixture, tenant: 'voorbeeldstad' | 'proefdorp'): ExampleIds {
  const t = demo[tenant]
  return {
    project: t.projectId,
    participant: t.participantIds.Noord[0] as string,
    conversation: t.conversationIds[0] as string,
    organisation: t.organisations.workAndIncome,
    user: t.users.professional,
    followUp: t.followUpId,
    conference: t.conferences.conference,
    conferenceCase: t.conferences.conferenceCase,
    conferenceAction: t.conferences.conferenceAction,
    privacyRequest: t.privacyRequestIds[0] as string,
    analysis: t.analysisId,
    finding: t.findings.findingId,
    quotedConversation: t.conversationIds[1] as string,
    theme: t.findings.themeIds[0],
    theme2: t.findings.themeIds[1],
    lesson: t.findings.lessonId,
    // public: a link is no tenant's object to its caller, so both tenants use the demo pilot's
    startfotoLink: demo.voorbeeldstad.startfotoLink ?? '',
  }
}
