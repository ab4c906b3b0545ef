export type { CodeBookResponse, Theme, ThemeInput, ThemeUpdate } from './code-book.js'
export {
  codeBookResponseSchema,
  STARTER_THEMES,
  themeInputSchema,
  themeMergeSchema,
  themeSchema,
  themeUpdateSchema,
} from './code-book.js'
export type { QdeInput } from './export.js'
export { findingsCsvRows, QDE_NAMESPACE, qdeXml, qdpxTextPath } from './export.js'
export type { Finding, FindingFilter, FindingInput, FindingSource } from './finding.js'
export {
  FINDING_SOURCE_LABELS,
  FINDING_SOURCES,
  FINDING_TEXT_LIMIT,
  FINDINGS_MESSAGES,
  findingFilterSchema,
  findingInputSchema,
  findingListResponseSchema,
  findingResponseSchema,
  findingSchema,
  residentNameProblem,
  residentNameWarnings,
} from './finding.js'
export type { Lesson, LessonInput, LessonsResponse } from './lessons.js'
export {
  LESSON_KINDS,
  lessonInputSchema,
  lessonSchema,
  lessonsByPhase,
  lessonsResponseSchema,
} from './lessons.js'
export type { FindingsOverview, ThemeOverview } from './overview.js'
export {
  findingsOverview,
  findingsOverviewResponseSchema,
  themeOverviewSchema,
} from './overview.js'
