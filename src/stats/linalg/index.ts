export { cholesky, choleskyInverse, choleskySolve } from './cholesky.js'
