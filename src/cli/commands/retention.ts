import type { Command } from 'commander'
import type { Kysely } from 'kysely'
import {
  type Database,
  type DueKind,
  destroyDue,
  findDue,
  findUserByEmail,
  listMunicipalities,
  loadRetentionRules,
  saveRetentionRule,
} from '../../db/index.js'
import {
  type Clock,
  clockAt,
  RETENTION_KINDS,
  type RetentionKind,
  retentionKindSchema,
  systemClock,
  todayInAmsterdam,
} from '../../domain/index.js'
import { usageError, withDatabase } from './with-database.js'

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** The clock of a command: the system's, or the day `--now` names (for a dry run ahead). */
function clockOf(now: string | undefined): Clock {
  if (now === undefined) return systemClock
  if (!DATE.test(now) || Number.isNaN(Date.parse(now)))
    throw usageError(
      `--now must be a date YYYY-MM-DD (--now moet een datum JJJJ-MM-DD zijn): ${now}`,
    )
  return clockAt(now)
}

function describe(kind: DueKind): string {
  const rows = Object.entries(kind.rows)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${table} ${n}`)
    .join(', ')
  const unit = kind.unit === 'participants' ? 'resident files' : 'research records'
  return `  ${kind.kind}: ${kind.ids.length} ${unit} (${rows}) — ${kind.rule.years} years from ${kind.rule.startEvent}`
}

async function approver(db: Kysely<Database>, email: string) {
  const user = await findUserByEmail(db, email)
  if (user?.role !== 'privacy-officer' || !user.municipalityId || !user.organisationId)
    throw usageError(
      `--approved-by must be a privacy officer's account (moet een account van een privacyfunctionaris zijn): ${email}`,
    )
  return { ...user, municipalityId: user.municipalityId, organisationId: user.organisationId }
}

export function registerRetentionCommand(program: Command): void {
  const retention = program
    .command('retention')
    .description('Retention periods: what is due for destruction, and destroying it after approval')
  retention
    .command('run')
    .description(
      'List what is due on a day per municipality; with --approved-by, destroy it there and record a destruction statement',
    )
    .option('--now <date>', 'the day to judge by (YYYY-MM-DD; default today)')
    .option('--dry-run', 'only list what is due, even with --approved-by')
    .option(
      '--approved-by <email>',
      "the privacy officer who approves: their municipality's due records are destroyed",
    )
    .action((options: { now?: string; dryRun?: boolean; approvedBy?: string }) =>
      withDatabase(async ({ db }) => {
        const clock = clockOf(options.now)
        const today = todayInAmsterdam(clock())
        const officer = options.approvedBy ? await approver(db, options.approvedBy) : undefined
        for (const municipality of await listMunicipalities(db)) {
          const due = await findDue(db, municipality.id, today)
          console.log(`${municipality.name} — due on ${today}:`)
          if (due.length === 0) console.log('  nothing')
          for (const kind of due) console.log(describe(kind))
          if (due.length === 0 || options.dryRun || officer?.municipalityId !== municipality.id)
            continue
          const statement = await db.transaction().execute((trx) =>
            destroyDue(trx, {
              municipalityId: municipality.id,
              due,
              approvedBy: {
                id: officer.id,
                name: officer.name,
                role: 'privacy-officer',
                organisationId: officer.organisationId,
              },
              referenceDate: today,
              at: clock(),
              origin: 'cli',
            }),
          )
          console.log(
            `  destroyed; destruction statement ${statement?.id} approved by ${officer.email}`,
          )
        }
        if (!officer && !options.dryRun)
          console.log(
            'Nothing destroyed: run again with --approved-by <privacy officer e-mail> to destroy what is listed.',
          )
      }),
    )
  retention
    .command('rules')
    .description("Print a municipality's retention table with its sources")
    .action(() =>
      withDatabase(async ({ db }) => {
        for (const municipality of await listMunicipalities(db)) {
          console.log(`${municipality.name}:`)
          for (const rule of await loadRetentionRules(db, municipality.id))
            console.log(
              `  ${rule.kind}: ${rule.years} years from ${rule.startEvent} — ${rule.source.en}`,
            )
        }
      }),
    )
  retention
    .command('set-rule')
    .description("Set a municipality's own period for a kind, with where it comes from")
    .requiredOption(
      '--approved-by <email>',
      'the privacy officer; their municipality gets the rule',
    )
    .requiredOption('--kind <kind>', RETENTION_KINDS.join(' | '))
    .requiredOption('--years <n>', 'the period in whole years (1–115)')
    .requiredOption(
      '--source <text>',
      'where the period comes from (e.g. the selection list category)',
    )
    .action((options: { approvedBy: string; kind: string; years: string; source: string }) =>
      withDatabase(async ({ db }) => {
        const officer = await approver(db, options.approvedBy)
        const kind = retentionKindSchema.safeParse(options.kind)
        if (!kind.success) throw usageError(`--kind must be one of ${RETENTION_KINDS.join(', ')}`)
        const years = Number(options.years)
        if (!Number.isInteger(years) || years < 1 || years > 115)
          throw usageError(
            `--years must be a whole number from 1 to 115 (1 tot en met 115): ${options.years}`,
          )
        const current = (await loadRetentionRules(db, officer.municipalityId)).find(
          (rule) => rule.kind === (kind.data as RetentionKind),
        )
        await saveRetentionRule(db, {
          municipalityId: officer.municipalityId,
          rule: {
            kind: kind.data,
            years,
            startEvent: current?.startEvent ?? 'file-closed',
            source: { nl: options.source, en: options.source },
          },
          by: officer.id,
        })
        console.log(`${officer.municipalityName}: ${kind.data} is kept ${years} years`)
      }),
    )
}
