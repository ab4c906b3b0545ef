export { chisqCdf, chisqSf } from './chisquare.js'
export { fCdf, fSf } from './f.js'
export { normalCdf, normalQuantile, normalSf } from './normal.js'
export { tCdf, tQuantile, tSf } from './t.js'
