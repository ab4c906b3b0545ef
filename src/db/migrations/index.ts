import type { Migration, MigrationProvider } from 'kysely/migration'
import * as m0001 from './0001_tenancy.js'
import * as m0002 from './0002_projects_and_participants.js'
import * as m0003 from './0003_audit_log.js'
import * as m0004 from './0004_bsn_hash_per_municipality.js'
import * as m0101 from './0101_table_conversations.js'
import * as m0102 from './0102_price_list_versions.js'
import * as m0201 from './0201_mkba_models.js'

/**
 * Every migration, imported statically so the compiled app finds them in dist/ without
 * scanning the file system. Add a line per new file (`01xx_…`, `02xx_…`); names sort in order.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001_tenancy': m0001,
  '0002_projects_and_participants': m0002,
  '0003_audit_log': m0003,
  '0004_bsn_hash_per_municipality': m0004,
  '0101_table_conversations': m0101,
  '0102_price_list_versions': m0102,
  '0201_mkba_models': m0201,
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
}
