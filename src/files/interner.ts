/**
 * One column's cells as text, built from bytes: a cell whose bytes were
 * seen before costs a hash and a compare, and becomes the same string as before, so a million
 * cells of a few dozen distinct values make a few dozen strings, not a million.
 */
const HASHED_TEXTS = 1 << 12

export class ColumnInterner {
  private codes: Int32Array
  private size = 0
  /** Distinct texts, in order of first appearance. */
  private readonly texts: string[] = []
  /**
   * The same texts as keys: V8 computes a string's hash once and keeps it on the string, with
   * the number an integer text such as '45' stands for; every later lookup of a cell in a Map,
   * and every Number(cell), then reads it instead of hashing or parsing the text again. Only
   * the first HASHED_TEXTS: in a column of mostly distinct values (an id) a text is met once.
   */
  private readonly hashed = new Set<string>()
  /** Open addressing: code + 1 per slot, 0 = empty. */
  private slots = new Int32Array(64)
  private hashes = new Int32Array(32)
  private keyStarts = new Int32Array(32)
  private keyEnds = new Int32Array(32)
  private keys = new Uint8Array(1024)
  private keysUsed = 0

  /**
   * `capacity`: the number of cells to make room for (more grow the store). Room the cells do not
   * take costs address space only: the pages of a zeroed buffer are mapped when first written.
   */
  constructor(capacity: number) {
    this.codes = new Int32Array(Math.max(capacity, 16))
  }

  /** Appends the cell whose text is the UTF-8 `bytes[start, end)`. */
  add(bytes: Buffer, start: number, end: number): void {
    // FNV-1a over the bytes.
    let hash = 0x811c9dc5 | 0
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193)
    const mask = this.slots.length - 1
    let slot = hash & mask
    let code = -1
    for (;;) {
      const found = this.slots[slot] as number
      if (found === 0) break
      if (this.hashes[found - 1] === hash && this.sameKey(found - 1, bytes, start, end)) {
        code = found - 1
        break
      }
      slot = (slot + 1) & mask
    }
    if (code === -1) code = this.insert(slot, hash, bytes, start, end)
    if (this.size === this.codes.length) this.codes = grow(this.codes, this.size * 2)
    this.codes[this.size++] = code
  }

  /** The cells so far, as text. */
  cells(): string[] {
    const out = new Array<string>(this.size)
    for (let i = 0; i < this.size; i++) out[i] = this.texts[this.codes[i] as number] as string
    return out
  }

  private sameKey(code: number, bytes: Buffer, start: number, end: number): boolean {
    const from = this.keyStarts[code] as number
    if ((this.keyEnds[code] as number) - from !== end - start) return false
    for (let i = start, j = from; i < end; i++, j++) if (bytes[i] !== this.keys[j]) return false
    return true
  }

  private insert(slot: number, hash: number, bytes: Buffer, start: number, end: number): number {
    const code = this.texts.length
    const text = bytes.toString('utf8', start, end)
    this.texts.push(text)
    if (code < HASHED_TEXTS) this.hashed.add(text)
    if (code === this.hashes.length) {
      this.hashes = grow(this.hashes, code * 2)
      this.keyStarts = grow(this.keyStarts, code * 2)
      this.keyEnds = grow(this.keyEnds, code * 2)
    }
    const length = end - start
    if (this.keysUsed + length > this.keys.length) {
      const keys = new Uint8Array(Math.max(this.keys.length * 2, this.keysUsed + length))
      keys.set(this.keys)
      this.keys = keys
    }
    for (let i = 0; i < length; i++) this.keys[this.keysUsed + i] = bytes[start + i] as number
    this.hashes[code] = hash
    this.keyStarts[code] = this.keysUsed
    this.keysUsed += length
    this.keyEnds[code] = this.keysUsed
    this.slots[slot] = code + 1
    // Kept at most half full, so probes stay short.
    if (this.texts.length * 2 > this.slots.length) this.rehash()
    return code
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2)
    const mask = this.slots.length - 1
    for (let code = 0; code < this.texts.length; code++) {
      let slot = (this.hashes[code] as number) & mask
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask
      this.slots[slot] = code + 1
    }
  }
}

function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(size)
  grown.set(a)
  return grown
}
