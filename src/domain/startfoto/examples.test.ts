// The @example blocks in the doc comments of the public functions, run and checked (issue 9).
import { testEveryFunctionHasExample, testExamples } from '../../../test/tsdoc-examples.js'
import * as api from './index.js'

const here = new URL('./', import.meta.url)
testEveryFunctionHasExample(here, api)
testExamples(here, api)
