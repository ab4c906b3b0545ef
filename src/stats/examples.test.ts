// The @example blocks in the doc comments of the public functions, run and checked (issue 9).
import { testEveryFunctionHasExample, testExamples } from '../../test/tsdoc-examples.js'
import * as stats from './index.js'

const here = new URL('./', import.meta.url)
testEveryFunctionHasExample(here, stats)
testExamples(here, stats)
