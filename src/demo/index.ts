// The demo pilot's data: fictional table conversations and an MKBA model. Fixtures for the
// seed (db/seed), the CLI, scripts and tests; kept out of domain so the web app, which reads
// everything from the server, never bundles it.
export { DEMO_CONVERSATIONS } from './conversations.js'
export { DEMO_MKBA_MODEL } from './mkba-model.js'
export { DEMO_STUDY_SPEC } from './study-spec.js'
