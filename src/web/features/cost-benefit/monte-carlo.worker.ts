import { compileModel, type MkbaModel, monteCarlo } from '../../../mkba/index.js'

/** A request of the builder: the model as it stands, and which request this is. */
export interface MonteCarloRequest {
  readonly id: number
  readonly model: MkbaModel
  readonly draws: number
  readonly seed: number
}

// Runs the Monte Carlo off the page's thread: a model with many uncertain inputs takes tens of
// milliseconds per 10,000 draws, which would otherwise delay every keystroke.
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<MonteCarloRequest>) => void) | null
  postMessage: (message: unknown) => void
}
scope.onmessage = ({ data }) => {
  const result = monteCarlo(compileModel(data.model), { draws: data.draws, seed: data.seed })
  scope.postMessage({ id: data.id, result })
}
