// The @example blocks in the doc comments of the public functions, run and checked (issue 9).
import { testEveryFunctionHasExample, testExamples } from '../../test/tsdoc-examples.js'
import { createRandom } from '../stats/random/index.js'
import * as mkba from './index.js'

const here = new URL('./', import.meta.url)
testEveryFunctionHasExample(here, mkba)
// `sample` takes the seeded generator of stats, so its example may call createRandom.
testExamples(here, mkba, {
  index: new URL('../stats/random/index.ts', here),
  names: { createRandom },
})
