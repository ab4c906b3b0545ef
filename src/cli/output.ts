import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import { numberProblemText, parseNumber } from '../domain/index.js'
import { htmlToPdf } from '../report/index.js'

/** Writes the named files into `dir` (created if needed) and returns their paths. */
export async function writeOutputs(
  dir: string,
  files: Readonly<Record<string, string | Uint8Array>>,
): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const paths: string[] = []
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name)
    await writeFile(path, content)
    paths.push(path)
  }
  return paths
}

/** JSON with a trailing newline, as every results.json is written. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

/** Parses an integer option, or fails with a message naming the option. */
export function parseIntegerOption(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < min) {
      throw Object.assign(new Error(`${name} must be an integer ≥ ${min} (got "${value}")`), {
        exitCode: 2,
      })
    }
    return n
  }
}

/**
 * A commander parser for a number option, read by the app's one number rule (`4,5` and `4.5`
 * alike) and checked by `schema`; a refusal exits with code 2 and says why in both languages.
 */
export function parseNumberOption(
  name: string,
  schema: z.ZodType<number>,
  range: { readonly nl: string; readonly en: string },
) {
  return (value: string): number => {
    const parsed = parseNumber(value)
    const checked = parsed.ok ? schema.safeParse(parsed.value) : undefined
    if (parsed.ok && checked?.success) return checked.data
    const why = parsed.ok ? range : numberProblemText(parsed.reason)
    throw Object.assign(new Error(`${name} "${value}": ${why.en} / ${why.nl}`), { exitCode: 2 })
  }
}

/**
 * Writes results.json, report.html, the workbook and — unless `pdf` is false — report.pdf
 * (printed by Chromium; if it is missing a warning says so and the rest is still written).
 */
export async function writeReportOutputs(
  dir: string,
  outputs: {
    results: unknown
    html: string
    workbookName: string
    workbook: Uint8Array
    pdf: boolean
  },
): Promise<string[]> {
  const files: Record<string, string | Uint8Array> = {
    'results.json': toJson(outputs.results),
    'report.html': outputs.html,
    [outputs.workbookName]: outputs.workbook,
  }
  if (outputs.pdf) {
    try {
      files['report.pdf'] = await htmlToPdf(outputs.html)
    } catch (error) {
      console.error(
        `warning: no PDF written (${error instanceof Error ? error.message : String(error)})`,
      )
    }
  }
  return writeOutputs(dir, files)
}
