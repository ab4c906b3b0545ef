export type {
  ActivityCard,
  Card,
  ConversationFile,
  ConversationFileInput,
  EventCard,
  Rate,
  TableConversation,
} from './conversation.js'
export {
  activityCardSchema,
  cardSchema,
  conversationFileSchema,
  eventCardSchema,
  REFERENCE_KINDS,
  rateSchema,
  tableConversationSchema,
  ZRM_DOMAINS,
  type ZrmDomain,
  zrmDomainName,
} from './conversation.js'
export type {
  ConversationEdit,
  ConversationEditInput,
  EditOutcome,
  LiveConversation,
  ScenarioName,
} from './edits.js'
export {
  applyEdit,
  conversationEditSchema,
  editTarget,
  findCard,
  referenceOf,
  SCENARIOS,
  sessionOf,
} from './edits.js'
export { expandRate, periodEnd } from './rate.js'
export type { PlacedCard, TimeRange } from './timeline-layout.js'
export {
  daysPerPercent,
  layoutLane,
  monthTicks,
  moveCard,
  stretchCard,
  timeRange,
} from './timeline-layout.js'
