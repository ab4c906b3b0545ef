// The pilot's phase per organisation (issue 16): when a change may take effect, and its bands.
import { describe, expect, it } from 'vitest'
import { checklistFor, checklistItem, PHASE_CHECKLIST } from './checklist.js'
import { phaseBands, phaseDateProblem } from './phases.js'
import { MINKMAN_PHASES } from './project.js'

describe('phaseDateProblem', () => {
  it('allows the project start itself and any later date after the previous change', () => {
    expect(phaseDateProblem('2026-01-01', '2026-01-01', null)).toBeNull()
    expect(phaseDateProblem('2026-02-01', '2026-01-01', '2026-02-01')).toBeNull()
  })
  it('refuses a date before the project start, also without a previous change', () => {
    expect(phaseDateProblem('2025-12-31', '2026-01-01', null)?.nl).toContain(
      'start van het project',
    )
  })
  it("refuses a date before the row's previous change", () => {
    expect(phaseDateProblem('2026-01-31', '2026-01-01', '2026-02-01')?.en).toContain('previous')
  })
})

describe('phaseBands', () => {
  const changes = [
    { phase: 'design', date: '2026-01-01', reason: null },
    { phase: 'design', date: '2026-03-01', reason: 'te vroeg' },
    { phase: 'experiment', date: '2026-03-01', reason: 'toch' },
    { phase: 'sustainment', date: '2027-01-01', reason: 'later' },
  ] as const
  it('lets each phase run to the next change and the last to the end', () => {
    expect(phaseBands(changes.slice(0, 1), '2026-06-01')).toEqual([
      { phase: 'design', from: '2026-01-01', to: '2026-06-01', reason: null },
    ])
  })
  it('keeps the last change of a day and leaves out changes at or after the end', () => {
    expect(phaseBands(changes, '2026-12-31')).toEqual([
      { phase: 'design', from: '2026-01-01', to: '2026-03-01', reason: null },
      { phase: 'experiment', from: '2026-03-01', to: '2026-12-31', reason: 'toch' },
    ])
  })
  it('has no bands without changes', () => {
    expect(phaseBands([], '2026-12-31')).toEqual([])
  })
})

describe('the phase checklist', () => {
  it('has items for every phase, each with a source and a Dutch and English text', () => {
    for (const phase of MINKMAN_PHASES) expect(checklistFor(phase).length).toBeGreaterThan(0)
    for (const item of PHASE_CHECKLIST) {
      expect(item.source).toMatch(/Minkman/)
      expect(item.text.nl.length).toBeGreaterThan(10)
      expect(item.text.en.length).toBeGreaterThan(10)
    }
  })
  it("has unique ids and the issue's examples in their phases", () => {
    expect(new Set(PHASE_CHECKLIST.map((i) => i.id)).size).toBe(PHASE_CHECKLIST.length)
    expect(checklistItem('shared-definition')?.phase).toBe('design')
    expect(checklistItem('startfoto')?.phase).toBe('design')
    expect(checklistItem('agreed-monitoring')?.phase).toBe('extension-monitoring')
  })
})
