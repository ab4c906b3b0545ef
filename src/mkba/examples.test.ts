// The @example blocks in the doc comments of the public functions, run and checked (issue 9).
import { testExamples } from '../../test/tsdoc-examples.js'
import * as mkba from './index.js'

testExamples(new URL('./', import.meta.url), mkba)
