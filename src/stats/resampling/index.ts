export { bootstrapMeanInterval, median, quantileSorted } from './bootstrap.js'
