import { testEveryFunctionHasExample, testExamples } from '../../../test/tsdoc-examples.js'
import * as privacy from './index.js'

const here = new URL('./', import.meta.url)
testEveryFunctionHasExample(here, privacy)
testExamples(here, privacy)
