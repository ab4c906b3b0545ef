export type { Random } from './xoshiro.js'
export { createRandom } from './xoshiro.js'
