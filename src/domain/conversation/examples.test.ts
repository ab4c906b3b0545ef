// The @example blocks in the doc comments of the conversation module's functions, run and checked.
import { testExamples } from '../../../test/tsdoc-examples.js'
import * as api from './index.js'

testExamples(new URL('./', import.meta.url), api)
