import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The browser app: src/web → dist/web, served by the Fastify server in production.
// In development (`npm run dev:web`) API calls go to the server on port 3000.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Strict CSP (script-src 'self'): no inline module preload polyfill.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
})
