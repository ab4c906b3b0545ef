import type { DatabaseConnection, Driver, TransactionSettings } from 'kysely'

/** A queue of one: take() resolves when every earlier caller has released its turn. */
export class Turns {
  #queue: Promise<void> = Promise.resolve()

  async take(): Promise<() => void> {
    let release = () => {}
    const turn = new Promise<void>((resolve) => {
      release = resolve
    })
    const previous = this.#queue
    this.#queue = previous.then(() => turn)
    await previous
    return release
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.take()
    try {
      return await work()
    } finally {
      release()
    }
  }
}

/**
 * Kysely's PGlite driver hands its single connection to every caller at once: a query issued
 * while another caller's transaction is open would run inside that transaction. This driver
 * wraps it so one caller holds the connection at a time, as a pool of one would; callers wait
 * in `turns` (several drivers may share one queue when they share one PGlite instance).
 */
export class SerialDriver implements Driver {
  readonly #inner: Driver
  readonly #turns: Turns
  readonly #releases = new Map<DatabaseConnection, () => void>()

  constructor(inner: Driver, turns = new Turns()) {
    this.#inner = inner
    this.#turns = turns
  }

  /** Runs when a caller's turn has come, before it gets the connection. */
  protected async onTurn(): Promise<void> {}

  init(): Promise<void> {
    return this.#inner.init()
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.#turns.take()
    try {
      await this.onTurn()
      const connection = await this.#inner.acquireConnection()
      this.#releases.set(connection, release)
      return connection
    } catch (error) {
      release()
      throw error
    }
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    await this.#inner.releaseConnection(connection)
    this.#releases.get(connection)?.()
    this.#releases.delete(connection)
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.#inner.beginTransaction(connection, settings)
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.commitTransaction(connection)
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.rollbackTransaction(connection)
  }

  destroy(): Promise<void> {
    return this.#inner.destroy()
  }
}
