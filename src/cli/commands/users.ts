import type { Command } from 'commander'
import {
  createUser,
  currentTotp,
  ensureSecretKeyMatches,
  findUserByEmail,
  hashPassword,
  migrateToLatest,
  newTotpSecret,
  totpUri,
} from '../../db/index.js'
import { passwordSchema, ROLES, requiresMfa, roleSchema } from '../../domain/index.js'
import { checkedSecretBox, secretBoxFromEnv, usageError, withDatabase } from './with-database.js'

interface AddOptions {
  email: string
  name: string
  role: string
  organisation: string
  team?: string
  password?: string
}

export function registerUsersCommand(program: Command): void {
  const users = program.command('users').description('Local accounts')
  users
    .command('add')
    .description(
      'Add a local account; every role that sees personal data gets a TOTP secret (printed once)',
    )
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role>', ROLES.join(' | '))
    .requiredOption('--organisation <id>', 'organisation id (see GET /api/v1/organisations)')
    .option('--team <team>', 'team within the organisation')
    .option('--password <password>', 'at least 12 characters (default: EFFECTWIJZER_NEW_PASSWORD)')
    .action((options: AddOptions) =>
      withDatabase(async ({ db }) => {
        const role = roleSchema.safeParse(options.role)
        if (!role.success)
          throw usageError(`--role must be one of ${roleSchema.options.join(', ')}`)
        const password = passwordSchema.safeParse(
          options.password ?? process.env.EFFECTWIJZER_NEW_PASSWORD,
        )
        if (!password.success)
          throw usageError('--password (or EFFECTWIJZER_NEW_PASSWORD) needs at least 12 characters')
        const secretBox = secretBoxFromEnv()
        await migrateToLatest(db, { secretBox })
        await ensureSecretKeyMatches(db, secretBox)
        const organisation = await db
          .selectFrom('organisations')
          .select('id')
          .where('id', '=', options.organisation)
          .executeTakeFirst()
          .catch(() => undefined)
        if (!organisation) throw usageError(`no organisation with id ${options.organisation}`)
        if (await findUserByEmail(db, options.email))
          throw usageError(`${options.email} already has an account`)
        const totpSecret = requiresMfa(role.data) ? newTotpSecret() : null
        await createUser(db, {
          email: options.email,
          name: options.name,
          role: role.data,
          organisationId: organisation.id,
          team: options.team ?? null,
          passwordHash: await hashPassword(password.data),
          sealedTotpSecret: totpSecret ? secretBox.seal(totpSecret) : null,
        })
        console.log(`added ${options.email} (${role.data})`)
        if (totpSecret)
          console.log(`TOTP secret: ${totpSecret}\n${totpUri(totpSecret, options.email)}`)
      }),
    )
  users
    .command('totp <email>')
    .description(
      "Print the account's current TOTP code (for operators; opens the database, so with the embedded one the server must be stopped)",
    )
    .action((email: string) =>
      withDatabase(async (handle) => {
        const user = await findUserByEmail(handle.db, email)
        if (!user?.sealedTotpSecret) throw usageError(`${email} has no TOTP secret`)
        const secretBox = await checkedSecretBox(handle)
        console.log(currentTotp(secretBox.open(user.sealedTotpSecret), new Date()))
      }),
    )
}
