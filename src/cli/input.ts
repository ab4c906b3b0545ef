import { readFile } from 'node:fs/promises'
import { formatIssue, ValidationError } from '../domain/index.js'

/** Reads a JSON file; a parse error exits with code 2 and names the file. */
export async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8')
  try {
    return JSON.parse(text)
  } catch (error) {
    throw Object.assign(new Error(`${path} is not valid JSON: ${(error as Error).message}`), {
      exitCode: 2,
    })
  }
}

/** Runs a validation; a ValidationError exits with code 2, every problem listed in English and Dutch. */
export function validated<T>(what: { en: string; nl: string }, run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (error instanceof ValidationError) {
      const lines = error.issues.map(
        (i) => `  - ${formatIssue(i, 'en')}\n    ${formatIssue(i, 'nl')}`,
      )
      throw Object.assign(
        new Error(`invalid ${what.en} / ongeldig ${what.nl}:\n${lines.join('\n')}`),
        {
          exitCode: 2,
        },
      )
    }
    throw error
  }
}
