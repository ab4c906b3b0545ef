import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { precompressDir } from './src/server/precompress.js'

/**
 * Modules imported for their exports only, never for an effect: stdlib's CommonJS packages
 * (pure functions) and our own core, whose module level only builds constants and zod schemas.
 * A bundler must otherwise assume every imported module has effects, so one function taken
 * from a barrel (whoCan, parseNumber, normalQuantile) would drag in the whole barrel: every
 * schema of domain/index.ts into the app shell, every stdlib distribution into the worker.
 */
const PURE_MODULES = [/\/node_modules\/@stdlib\//, /\/src\/(stats|mkba|domain)\/.+\.ts$/]
const treeshake = {
  moduleSideEffects: (id: string) => !PURE_MODULES.some((pattern) => pattern.test(id)),
}

/** After the build is written: brotli and gzip copies beside each asset (src/server/web.ts). */
function precompress(): Plugin {
  let outDir = ''
  return {
    name: 'effectwijzer-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      precompressDir(outDir)
    },
  }
}

// The browser app: src/web → dist/web, served by the Fastify server in production.
// In development (`npm run dev:web`) API calls go to the server on port 3000.
export default defineConfig({
  root: 'src/web',
  plugins: [react(), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Strict CSP (script-src 'self'): no inline module preload polyfill.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 400,
    rolldownOptions: { treeshake },
  },
  // The Monte Carlo worker is bundled on its own, with its own options.
  worker: { rolldownOptions: { treeshake } },
  server: { proxy: { '/api': 'http://localhost:3000' } },
})
