export type { NearestMatch } from './nearest.js'
export { matchNearest } from './nearest.js'
