import { useEffect, useRef, useState } from 'react'
import { DEFAULTS } from '../../../domain/index.js'
import type { MkbaModel, MonteCarloResult } from '../../../mkba/index.js'
import type { MonteCarloRequest } from './monte-carlo.worker.js'

/** Draws of the live Monte Carlo (the printed report takes 100,000). */
export const BROWSER_DRAWS = DEFAULTS.liveDraws

/**
 * The Monte Carlo of the model on screen, computed in a worker a moment after the last edit.
 * Answers to older versions of the model are dropped; while a new answer is on its way the
 * last one stays, marked stale, so the chart does not blink on every keystroke.
 */
export function useMonteCarlo(model: MkbaModel | undefined): {
  readonly result: MonteCarloResult | undefined
  readonly stale: boolean
} {
  const worker = useRef<Worker | undefined>(undefined)
  const latest = useRef(0)
  const [answer, setAnswer] = useState<{ id: number; result: MonteCarloResult }>()
  useEffect(() => {
    const w = new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module' })
    w.onmessage = (event: MessageEvent<{ id: number; result: MonteCarloResult }>) => {
      if (event.data.id === latest.current) setAnswer(event.data)
    }
    worker.current = w
    return () => w.terminate()
  }, [])
  useEffect(() => {
    const id = ++latest.current
    if (!model) return
    // A short pause first: while someone types, only the last version is drawn.
    const timer = setTimeout(() => {
      const request: MonteCarloRequest = {
        id,
        model,
        draws: BROWSER_DRAWS,
        seed: DEFAULTS.monteCarloSeed,
      }
      worker.current?.postMessage(request)
    }, 150)
    return () => clearTimeout(timer)
  }, [model])
  return { result: answer?.result, stale: answer?.id !== latest.current }
}
