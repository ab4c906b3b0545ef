import { createDb } from '/work/wt/suite/src/db/create-db.js'
import { migrateToLatest } from '/work/wt/suite/src/db/migrate.js'
import { loadDemo } from '/work/wt/suite/src/db/index.js'
import { PGlite } from '@electric-sql/pglite'
let t = performance.now()
const lap = (l: string) => { const n = performance.now(); console.log(l, (n - t).toFixed(0), 'ms'); t = n }
const h = createDb({ dataDir: 'memory://' })
await h.db.selectNoFrom((eb) => eb.val(1).as('x')).execute().catch(() => {})
lap('boot')
await migrateToLatest(h.db)
lap('migrate')
await loadDemo(h.db)
lap('demo')
await h.close()
const h2 = createDb({ dataDir: 'memory://' })
await migrateToLatest(h2.db)
lap('boot+migrate 2nd')
const pg = new PGlite('memory://')
await pg.waitReady
lap('raw pglite boot')
const dump = await pg.dumpDataDir('none')
lap('dump')
const pg2 = new PGlite({ loadDataDir: dump })
await pg2.waitReady
lap('load from dump')
