import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** Text formats worth compressing; images and fonts in the bundle are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.map', '.txt'])
/** Below this a compressed copy saves less than its own headers cost. */
const MIN_BYTES = 1024

/**
 * Writes `file.br` (brotli, quality 11) and `file.gz` (gzip, level 9) beside every text file of
 * the built web app, once at build time: the server sends them with @fastify/static's
 * `preCompressed`, so no request spends CPU on compression and the best (slowest) levels are
 * affordable. Returns the files it compressed, relative to `dir`.
 */
export function precompressDir(dir: string): string[] {
  const done: string[] = []
  const walk = (relative: string) => {
    for (const name of readdirSync(join(dir, relative))) {
      const path = join(relative, name)
      const full = join(dir, path)
      if (statSync(full).isDirectory()) walk(path)
      else if (COMPRESSIBLE.has(extname(name)) && statSync(full).size >= MIN_BYTES) {
        const content = readFileSync(full)
        writeFileSync(
          `${full}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        )
        writeFileSync(`${full}.gz`, gzipSync(content, { level: 9 }))
        done.push(path)
      }
    }
  }
  walk('')
  return done
}
