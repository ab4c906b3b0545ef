/**
 * The CSV dialect read here, on bytes: RFC 4180 quoting (fields may hold the delimiter, doubled
 * quotes and line breaks), CRLF, LF or CR between records (mixed too), and records of any length
 * (the caller decides whether a short row is an error). A quote inside an unquoted field is kept
 * as text, as Excel does. It is csv-parse's reading with `relax_quotes` (the library this module
 * replaced, kept as the reference in csv-scan.test.ts), including its one odd case: a closing
 * quote followed by text (`"ab"c`) makes the whole field text, `"ab"c`, up to the next delimiter.
 *
 * Records are scanned in place: a field is a byte span and a kind, decoded to text only when the
 * caller wants its text, so a reader can skip the columns it does not need.
 */

const QUOTE = 0x22
const LF = 0x0a
const CR = 0x0d

/** A field as it stands in the file: the bytes are its text. */
export const PLAIN = 0
/** `"…"` without doubled quotes: the text is the bytes between the quotes. */
export const QUOTED = 1
/** `"…""…"`: the text is between the quotes, each `""` read as `"`. */
export const ESCAPED = 2
/** `"…"text`: csv-parse's relaxed reading, `"` + unescaped quoted part + `"` + the rest as is. */
export const BROKEN = 3

/** `scan` needs more bytes to finish the record. */
export const INCOMPLETE = -1
/** `scan` reached the end of the input inside a quoted field. */
export const UNCLOSED = -2

/** The byte-order mark UTF-8 files from Excel start with. */
export function bomLength(bytes: Uint8Array): number {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
}

/** Scans one record at a time; the last record's fields are in `starts`, `ends`, `kinds`. */
export class RecordScanner {
  /** Number of fields of the last scanned record. */
  count = 0
  starts = new Int32Array(64)
  ends = new Int32Array(64)
  kinds = new Uint8Array(64)

  constructor(private readonly delimiter: number) {}

  /**
   * Scans the record starting at `pos` in `bytes[0, end)`. Returns the position after its line
   * break, INCOMPLETE when the record (or its CR's possible LF) runs past `end` and more input
   * follows, or UNCLOSED when `final` and a quote is still open. When `final`, `end` ends the
   * last record; call it only while `pos < end`.
   */
  scan(bytes: Uint8Array, pos: number, end: number, final: boolean): number {
    const delimiter = this.delimiter
    let n = 0
    let i = pos
    for (;;) {
      if (n === this.starts.length) this.grow()
      const start = i
      let kind = PLAIN
      if (i < end && bytes[i] === QUOTE) {
        kind = QUOTED
        i++
        for (;;) {
          if (i >= end) return final ? UNCLOSED : INCOMPLETE
          if (bytes[i] !== QUOTE) {
            i++
            continue
          }
          // A quote: doubled (text), or closing; which one needs the next byte.
          if (i + 1 >= end && !final) return INCOMPLETE
          if (i + 1 < end && bytes[i + 1] === QUOTE) {
            kind = ESCAPED
            i += 2
            continue
          }
          i++
          break
        }
        if (i < end) {
          const c = bytes[i]
          if (c !== delimiter && c !== LF && c !== CR) {
            kind = BROKEN
            i = unquotedEnd(bytes, i, end, delimiter)
          }
        }
      } else {
        i = unquotedEnd(bytes, i, end, delimiter)
      }
      this.starts[n] = start
      this.ends[n] = i
      this.kinds[n] = kind
      n++
      if (i >= end) {
        if (!final) return INCOMPLETE
        this.count = n
        return end
      }
      if (bytes[i] === delimiter) {
        i++
        continue
      }
      this.count = n
      if (bytes[i] === LF) return i + 1
      // CR, alone or as CRLF: the next byte decides.
      if (i + 1 >= end) return final ? end : INCOMPLETE
      return bytes[i + 1] === LF ? i + 2 : i + 1
    }
  }

  /** The last scanned record's fields as text. */
  texts(bytes: Buffer): string[] {
    const out: string[] = []
    for (let f = 0; f < this.count; f++)
      out.push(
        fieldText(bytes, this.starts[f] as number, this.ends[f] as number, this.kinds[f] as number),
      )
    return out
  }

  private grow(): void {
    const size = this.starts.length * 2
    const starts = new Int32Array(size)
    const ends = new Int32Array(size)
    const kinds = new Uint8Array(size)
    starts.set(this.starts)
    ends.set(this.ends)
    kinds.set(this.kinds)
    this.starts = starts
    this.ends = ends
    this.kinds = kinds
  }
}

function unquotedEnd(bytes: Uint8Array, from: number, end: number, delimiter: number): number {
  let i = from
  while (i < end) {
    const c = bytes[i]
    if (c === delimiter || c === LF || c === CR) break
    i++
  }
  return i
}

/**
 * The text bytes of an ESCAPED or BROKEN field span written into `out` (large enough: a field's
 * text is never longer than its bytes plus one); returns their length.
 */
export function unescapeField(
  bytes: Uint8Array,
  start: number,
  end: number,
  kind: number,
  out: Uint8Array,
): number {
  let o = 0
  if (kind === BROKEN) out[o++] = QUOTE
  let i = start + 1
  for (; i < end; i++) {
    if (bytes[i] !== QUOTE) out[o++] = bytes[i] as number
    else if (i + 1 < end && bytes[i + 1] === QUOTE) out[o++] = bytes[i++] as number
    else break
  }
  // i is at the closing quote (or, for ESCAPED, at end − 1).
  if (kind === BROKEN) for (; i < end; i++) out[o++] = bytes[i] as number
  return o
}

/** A field's text. */
export function fieldText(bytes: Buffer, start: number, end: number, kind: number): string {
  if (kind === PLAIN) return bytes.toString('utf8', start, end)
  if (kind === QUOTED) return bytes.toString('utf8', start + 1, end - 1)
  const out = Buffer.allocUnsafe(end - start + 1)
  return out.toString('utf8', 0, unescapeField(bytes, start, end, kind, out))
}
