#!/usr/bin/env node
// Runs the analysts' CLI straight from the TypeScript sources (Node 20 cannot strip types itself).
import { register } from 'tsx/esm/api'

register()
await import('../src/cli/main.js')
