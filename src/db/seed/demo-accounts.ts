import { join } from 'node:path'
import { isInMemory, prepareDataFolder, writePrivateFile } from '../data-folder.js'
import type { DemoAccount } from './demo.js'

export const DEMO_ACCOUNTS_FILE = 'demo-accounts.txt'

/**
 * One line per account: e-mail, role, password and, where MFA applies, the base32 TOTP secret
 * (for an authenticator app). The lines the first start prints and the file keeps.
 */
export function formatDemoAccounts(accounts: readonly DemoAccount[]): string[] {
  return accounts.map((account) =>
    [account.email.padEnd(42), account.role.padEnd(14), account.password, account.totpSecret ?? '']
      .join(' ')
      .trimEnd(),
  )
}

/**
 * Writes the accounts to `demo-accounts.txt` in the data folder, readable by its owner only
 * (0600): the one place the demo's passwords and TOTP secrets are kept. Returns its path, or
 * undefined for an in-memory database, which has no folder to keep them in.
 */
export function writeDemoAccounts(
  dataDir: string,
  accounts: readonly DemoAccount[],
): string | undefined {
  if (isInMemory(dataDir)) return undefined
  prepareDataFolder(dataDir)
  const path = join(dataDir, DEMO_ACCOUNTS_FILE)
  const header = [
    '# Effectwijzer demo accounts (fictional data). Never use the demo in production.',
    '# e-mail  role  password  TOTP secret (base32, for an authenticator app; every role that sees personal data)',
  ]
  writePrivateFile(path, `${[...header, ...formatDemoAccounts(accounts)].join('\n')}\n`)
  return path
}
