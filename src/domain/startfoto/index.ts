export type { StartfotoAnswers } from './answers.js'
export { answerProblems, keptTexts, startfotoAnswersSchema, storableText } from './answers.js'
export type { RoundComparison, RoundResult, StartfotoResponse, StatementResult } from './api.js'
export {
  agreementSummarySchema,
  openedRoundSchema,
  openRoundSchema,
  roundActionSchema,
  roundComparisonSchema,
  roundParamsSchema,
  roundResultSchema,
  startfotoExportQuerySchema,
  startfotoQuestionsSchema,
  startfotoReceivedSchema,
  startfotoResponseSchema,
  tokenParamsSchema,
} from './api.js'
export type { RoundAnswers, StoredResponse } from './results.js'
export { compareRounds, roundResult, summarise } from './results.js'
export type { GroupVisibility } from './suppress.js'
export { shownGroups } from './suppress.js'
export type {
  StartfotoKind,
  StartfotoQuestion,
  StartfotoSection,
  StartfotoTemplate,
  TemplateChangeProblem,
} from './template.js'
export {
  AGREEMENT_SCALE,
  STARTFOTO_KINDS,
  STARTFOTO_LIMITS,
  STARTFOTO_MESSAGES,
  STARTFOTO_SECTIONS,
  STARTFOTO_TEMPLATE,
  startfotoQuestionSchema,
  startfotoTemplateSchema,
  templateChangeProblems,
} from './template.js'
