// Runs the @example blocks of a module's doc comments as tests, so an example can never drift
// from what its function returns (issue 9). Used by src/stats/examples.test.ts and
// src/mkba/examples.test.ts; it lives here because the pure modules may not read files.
//
// An example is a ```ts block after @example. Each `// →` line closes a step: the code above it
// (or before it on the same line) must end with an expression, whose value is checked against
// the literal after the arrow. Steps of one block share their variables. Comment lines that
// follow the arrow continue the literal; text after the literal is commentary. An example sees
// only its module's public names (and must type-check against them), so it shows what a caller
// can write.
//
// The literal is a JavaScript-like value: numbers (and NaN), strings, true, false, null,
// undefined, arrays and objects. An object lists only the fields it checks. A number ending in …
// is rounded to the digits shown (toBeCloseTo with that many decimals); any other number must be
// exact. An array ending in … checks its first elements only.

import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

export interface Example {
  /** The exported function whose doc comment holds the example. */
  readonly fn: string
  readonly file: string
  /** The code of the ```ts block, as a reader sees it. */
  readonly code: string
}

type Expected =
  | { readonly kind: 'number'; readonly value: number; readonly decimals: number | undefined }
  | { readonly kind: 'exact'; readonly value: string | boolean | null | undefined }
  | { readonly kind: 'array'; readonly items: readonly Expected[]; readonly prefix: boolean }
  | { readonly kind: 'object'; readonly fields: readonly (readonly [string, Expected])[] }

interface Step {
  readonly code: string
  readonly expected: Expected
}

/** The examples in the doc comments of the exported functions of one source file. */
export function examplesIn(file: string, text: string): Example[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const out: Example[] = []
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue
    if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue
    const comments = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? []
    const doc = comments.filter((c) => text.startsWith('/**', c.pos)).at(-1)
    if (!doc) continue
    const body = text
      .slice(doc.pos + 3, doc.end - 2)
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n')
    for (const m of body.matchAll(/@example\s*```ts\n([\s\S]*?)```/g)) {
      out.push({ fn: statement.name.text, file, code: (m[1] ?? '').trimEnd() })
    }
  }
  return out
}

/** Splits a block into steps at its `// →` lines. */
export function stepsOf(code: string): Step[] {
  const steps: Step[] = []
  const lines = code.split('\n')
  let pending: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const arrow = line.indexOf('// →')
    if (arrow < 0) {
      pending.push(line)
      continue
    }
    pending.push(line.slice(0, arrow))
    let literal = line.slice(arrow + 4)
    while (i + 1 < lines.length && /^\s*\/\//.test(lines[i + 1] ?? '')) {
      i++
      literal += `\n${(lines[i] ?? '').replace(/^\s*\/\//, '')}`
    }
    steps.push({ code: pending.join('\n'), expected: parseExpected(literal) })
    pending = []
  }
  if (pending.some((l) => l.trim() !== '' && !l.trim().startsWith('//'))) {
    throw new Error('code after the last `// →` is never checked')
  }
  if (steps.length === 0) throw new Error('an example needs at least one `// →` result')
  return steps
}

/** Runs the steps with `scope` (the module's exports) in scope and returns each step's value. */
export function runSteps(
  steps: readonly Step[],
  scope: Readonly<Record<string, unknown>>,
): unknown[] {
  const body = steps
    .map(({ code }) => {
      const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true)
      const last = source.statements.at(-1)
      if (!last || !ts.isExpressionStatement(last)) {
        throw new Error(`the code before a \`// →\` must end with an expression:\n${code}`)
      }
      return `${code.slice(0, last.getStart())}\n__out.push((${last.expression.getText()}))\n`
    })
    .join('')
  // Type annotations are stripped; the names in scope are the only ones an example may use.
  const js = ts.transpileModule(`function __run(__out) {\n${body}}`, {
    compilerOptions: { target: ts.ScriptTarget.ES2022 },
  }).outputText
  const names = Object.keys(scope)
  const run = new Function(...names, `${js}\nconst __out = []\n__run(__out)\nreturn __out`)
  return run(...names.map((n) => scope[n])) as unknown[]
}

/** Checks a value against an expected literal; `path` names the part in failure messages. */
export function check(actual: unknown, expected: Expected, path = 'result'): void {
  switch (expected.kind) {
    case 'number':
      expect(typeof actual, path).toBe('number')
      if (Number.isNaN(expected.value)) expect(actual, path).toBeNaN()
      else if (expected.decimals === undefined) expect(actual, path).toBe(expected.value)
      else expect(actual, path).toBeCloseTo(expected.value, expected.decimals)
      return
    case 'exact':
      expect(actual, path).toBe(expected.value)
      return
    case 'array': {
      const isList = Array.isArray(actual) || ArrayBuffer.isView(actual)
      expect(isList, `${path} is an array`).toBe(true)
      const list = actual as ArrayLike<unknown>
      if (expected.prefix)
        expect(list.length, `${path}.length`).toBeGreaterThanOrEqual(expected.items.length)
      else expect(list.length, `${path}.length`).toBe(expected.items.length)
      for (const [i, item] of expected.items.entries()) check(list[i], item, `${path}[${i}]`)
      return
    }
    case 'object': {
      expect(typeof actual === 'object' && actual !== null, `${path} is an object`).toBe(true)
      const record = actual as Record<string, unknown>
      for (const [key, value] of expected.fields) check(record[key], value, `${path}.${key}`)
      return
    }
  }
}

/** Parses the literal after `// →`: one value, then optional commentary after whitespace. */
export function parseExpected(text: string): Expected {
  let at = 0
  const space = () => {
    while (at < text.length && /\s/.test(text[at] ?? '')) at++
  }
  const fail = (what: string): never => {
    throw new Error(`cannot read the result literal at "${text.slice(at, at + 20)}": ${what}`)
  }
  const ahead = (token: string) => {
    space()
    return text.startsWith(token, at)
  }
  const take = (token: string) => {
    if (!ahead(token)) return false
    at += token.length
    return true
  }
  const value = (): Expected => {
    space()
    const number = /^-?\d+(?:\.(\d+))?(?:e([+-]?\d+))?(…)?/.exec(text.slice(at))
    if (number) {
      at += number[0].length
      const [literal, fraction = '', exponent = '0', rounded] = number
      const decimals = rounded ? fraction.length - Number(exponent) : undefined
      return { kind: 'number', value: Number(literal.replace('…', '')), decimals }
    }
    if (take('NaN')) return { kind: 'number', value: Number.NaN, decimals: undefined }
    const string = /^'([^']*)'/.exec(text.slice(at))
    if (string) {
      at += string[0].length
      return { kind: 'exact', value: string[1] ?? '' }
    }
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
      ['undefined', undefined],
    ] as const) {
      if (take(word)) return { kind: 'exact', value: v }
    }
    if (take('[')) {
      const items: Expected[] = []
      let prefix = false
      while (!take(']')) {
        if (take('…')) {
          prefix = true
          if (!take(']')) fail('… must end the array')
          break
        }
        items.push(value())
        if (!take(',') && !ahead(']')) fail('expected , or ]')
      }
      return { kind: 'array', items, prefix }
    }
    if (take('{')) {
      const fields: [string, Expected][] = []
      while (!take('}')) {
        if (take('…')) {
          if (!take('}')) fail('… must end the object')
          break
        }
        space()
        const key = /^[A-Za-z_$][\w$]*/.exec(text.slice(at))?.[0] ?? fail('expected a field name')
        at += key.length
        if (!take(':')) fail('expected :')
        fields.push([key, value()])
        if (!take(',') && !ahead('}')) fail('expected , or }')
      }
      return { kind: 'object', fields }
    }
    return fail('expected a number, NaN, string, true, false, null, undefined, array or object')
  }
  const result = value()
  if (at < text.length && !/\s/.test(text[at] ?? '')) fail('commentary must follow a space')
  return result
}

/** All examples in the non-test sources under a directory. */
export function examplesUnder(dir: URL): Example[] {
  const root = fileURLToPath(dir)
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()
    .flatMap((f) => examplesIn(f, readFileSync(`${root}/${f}`, 'utf8')))
}

/** The names an index.ts re-exports, values and types apart (`export { … } from`). */
function exportedNames(file: string): { values: string[]; types: string[] } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  const values: string[] = []
  const types: string[] = []
  for (const s of source.statements) {
    if (!ts.isExportDeclaration(s) || !s.exportClause || !ts.isNamedExports(s.exportClause))
      continue
    for (const e of s.exportClause.elements)
      (s.isTypeOnly || e.isTypeOnly ? types : values).push(e.name.text)
  }
  return { values, types }
}

/**
 * The type errors of each example, compiled under the repository's tsconfig as a module in
 * `dir` that imports everything the given index files export: a renamed option or a wrong
 * argument fails here even where JavaScript would ignore it.
 */
export function typeErrors(dir: URL, examples: readonly Example[], indexFiles: readonly URL[]) {
  const root = fileURLToPath(dir)
  const header = indexFiles
    .map((url) => {
      const file = fileURLToPath(url)
      const { values, types } = exportedNames(file)
      const from = `./${relative(root, file).replace(/\.ts$/, '.js')}`
      return `import { ${values.join(', ')} } from '${from}'\nimport type { ${types.join(', ')} } from '${from}'\n`
    })
    .join('')
  const files = new Map(examples.map((e, i) => [join(root, `example-${i}.ts`), header + e.code]))
  const config = ts.getParsedCommandLineOfConfigFile(
    fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    { types: [] },
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => fail(d) },
  )
  if (!config) throw new Error('cannot read tsconfig.json')
  const host = ts.createCompilerHost(config.options)
  const read = host.getSourceFile.bind(host)
  host.getSourceFile = (name, language, ...rest) => {
    const text = files.get(name)
    return text === undefined
      ? read(name, language, ...rest)
      : ts.createSourceFile(name, text, language)
  }
  const exists = host.fileExists.bind(host)
  host.fileExists = (name) => files.has(name) || exists(name)
  const program = ts.createProgram([...files.keys()], config.options, host)
  return [...files.keys()].map((name) => {
    const source = program.getSourceFile(name)
    const diagnostics = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ]
    const headerLines = header.split('\n').length - 1
    return diagnostics.map((d) => {
      const line =
        source && d.start !== undefined ? source.getLineAndCharacterOfPosition(d.start).line : 0
      return `line ${line - headerLines + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
    })
  })
}

function fail(d: ts.Diagnostic): never {
  throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

/**
 * Defines the tests of one module: every example type-checks and returns what it shows.
 * Examples see the module's exports, and `extra` names from another module's index (e.g. the
 * stats generator an MKBA example seeds).
 */
export function testExamples(
  dir: URL,
  api: Readonly<Record<string, unknown>>,
  extra?: { readonly index: URL; readonly names: Readonly<Record<string, unknown>> },
): void {
  const examples = examplesUnder(dir)
  const indexFiles = [new URL('index.ts', dir), ...(extra ? [extra.index] : [])]
  let errors: string[][] | undefined
  describe('each @example type-checks and returns what it shows', () => {
    const seen = new Map<string, number>()
    for (const [n, e] of examples.entries()) {
      const k = (seen.get(e.fn) ?? 0) + 1
      seen.set(e.fn, k)
      it(`${e.fn} #${k} (${e.file})`, () => {
        // One program for all examples, built by the first test that needs it.
        errors ??= typeErrors(dir, examples, indexFiles)
        expect(errors[n]?.join('\n'), 'type errors').toBe('')
        const steps = stepsOf(e.code)
        const values = runSteps(steps, { ...extra?.names, ...api })
        for (const [i, s] of steps.entries()) check(values[i], s.expected, `step ${i + 1}`)
      })
    }
  })
}

/** Defines one test per exported function of a module: it has an @example that calls it. */
export function testEveryFunctionHasExample(
  dir: URL,
  api: Readonly<Record<string, unknown>>,
): void {
  const examples = examplesUnder(dir)
  describe('every public function has an @example that calls it', () => {
    for (const fn of Object.keys(api).filter((k) => typeof api[k] === 'function')) {
      it(fn, () => {
        const own = examples.filter((e) => e.fn === fn)
        expect(own.length, `@example blocks on ${fn}`).toBeGreaterThan(0)
        for (const e of own) expect(e.code, `example of ${fn}`).toContain(`${fn}(`)
      })
    }
  })
}
