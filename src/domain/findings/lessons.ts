import { z } from 'zod'
import { idSchema } from '../api/common.js'
import { MINKMAN_PHASES, minkmanPhaseSchema } from '../project/project.js'
import { findingText } from './finding.js'

/** A lesson learned (what went as it did, and why) or a recommendation (what to do next). */
export const LESSON_KINDS = ['lesson', 'recommendation'] as const

/** A lesson or recommendation for one Minkman phase, with the findings it rests on. */
export const lessonInputSchema = z
  .object({
    phase: minkmanPhaseSchema,
    kind: z.enum(LESSON_KINDS),
    text: findingText(),
    findingIds: z
      .array(idSchema)
      .max(50)
      .default([])
      .refine((ids) => new Set(ids).size === ids.length, { message: 'finding-themes-unique' }),
  })
  .strict()
export type LessonInput = z.infer<typeof lessonInputSchema>

export const lessonSchema = z.object({
  id: z.string(),
  phase: minkmanPhaseSchema,
  kind: z.enum(LESSON_KINDS),
  text: z.string(),
  findingIds: z.array(z.string()),
})
export type Lesson = z.infer<typeof lessonSchema>

/** The project's lessons per phase, every phase present (in Minkman's order), perhaps empty. */
export const lessonsResponseSchema = z.object({
  phases: z.array(z.object({ phase: minkmanPhaseSchema, lessons: z.array(lessonSchema) })),
})
export type LessonsResponse = z.infer<typeof lessonsResponseSchema>

/**
 * Lessons grouped by phase in Minkman's order (Minkman 2017: design, experiment, extension and
 * monitoring, sustainment), each phase listed even without lessons so a gap shows.
 * @example
 * ```ts
 * const grouped = lessonsByPhase([{ id: 'l1', phase: 'experiment', kind: 'lesson', text: 'x', findingIds: [] }])
 * grouped.phases.map((p) => p.lessons.length)  // → [0, 1, 0, 0]
 * ```
 */
export function lessonsByPhase(lessons: readonly Lesson[]): LessonsResponse {
  return {
    phases: MINKMAN_PHASES.map((phase) => ({
      phase,
      lessons: lessons.filter((lesson) => lesson.phase === phase),
    })),
  }
}
