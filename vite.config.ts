import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { precompressDir } from './src/server/precompress.js'

/**
 * stdlib's packages are CommonJS, which a bundler must assume has side effects, so importing
 * one function of a file keeps every stdlib package that file's siblings import. They are pure
 * functions (no import is there for its effect): declaring so lets unused ones drop out.
 */
const treeshake = { moduleSideEffects: (id: string) => !id.includes('/node_modules/@stdlib/') }

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
