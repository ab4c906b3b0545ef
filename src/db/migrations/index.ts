import type { Migration, MigrationProvider } from 'kysely/migration'
import type { SecretBox } from '../credentials/secret-box.js'
import * as m0001 from './0001_tenancy.js'
import * as m0002 from './0002_projects_and_participants.js'
import * as m0003 from './0003_audit_log.js'
import * as m0004bsn from './0004_bsn_hash_per_municipality.js'
import { sealTotpSecretsMigration } from './0004_sealed_totp_secrets.js'
import * as m0004 from './0004_sign_in_hardening.js'
import * as m0101 from './0101_table_conversations.js'
import * as m0102 from './0102_price_list_versions.js'
import * as m0201 from './0201_mkba_models.js'
import * as m0202 from './0202_mkba_model_versions.js'
import * as m0301 from './0301_projects_made_in_the_app.js'
import * as m0401 from './0401_case_conferences.js'
import * as m0402 from './0402_plans_follow_ups_outcomes.js'
import * as m0501 from './0501_time_budget_capacity.js'
import * as m0601 from './0601_resident_rights.js'
import * as m0602 from './0602_ledger_destruction.js'
import * as m0701 from './0701_effect_analyses.js'
import * as m0702 from './0702_analysis_linked_residents.js'
import * as m0801 from './0801_pilot_design.js'
import * as m0901 from './0901_pilot_phases.js'
import * as m0902 from './0902_startfoto.js'
import * as m0903 from './0903_findings.js'
import * as m1001 from './1001_user_lifecycle.js'
import * as m1002 from './1002_staff_names_policy.js'
import * as m1003 from './1003_mfa_exemptions.js'
import * as m1006 from './1006_audit_sealing.js'

/**
 * Every migration, imported statically so the compiled app finds them in dist/ without
 * scanning the file system. Add a line per new file (`01xx_…`, `02xx_…`, `03xx_…`); names sort in order.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001_tenancy': m0001,
  '0002_projects_and_participants': m0002,
  '0003_audit_log': m0003,
  '0004_bsn_hash_per_municipality': m0004bsn,
  '0004_sign_in_hardening': m0004,
  '0101_table_conversations': m0101,
  '0102_price_list_versions': m0102,
  '0201_mkba_models': m0201,
  '0202_mkba_model_versions': m0202,
  '0301_projects_made_in_the_app': m0301,
  '0401_case_conferences': m0401,
  '0402_plans_follow_ups_outcomes': m0402,
  '0501_time_budget_capacity': m0501,
  '0601_resident_rights': m0601,
  '0602_ledger_destruction': m0602,
  '0701_effect_analyses': m0701,
  '0702_analysis_linked_residents': m0702,
  '0801_pilot_design': m0801,
  '0901_pilot_phases': m0901,
  '1001_user_lifecycle': m1001,
  '1002_staff_names_policy': m1002,
  '1003_mfa_exemptions': m1003,
  '1006_audit_sealing': m1006,
  '0903_findings': m0903,
  '0902_startfoto': m0902,
}

/** The migrations; those that transform stored secrets get the secret key (when there is one). */
export function migrationProvider(secretBox: SecretBox | undefined): MigrationProvider {
  return {
    getMigrations: async () => ({
      ...MIGRATIONS,
      '0004_sealed_totp_secrets': sealTotpSecretsMigration(secretBox),
    }),
  }
}
