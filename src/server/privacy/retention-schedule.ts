import { checkRetention, lastRetentionCheck } from '../../db/index.js'
import { todayInAmsterdam } from '../../domain/index.js'
import type { AppServices } from '../services.js'

/** How often the server looks whether the day's retention check has run (it runs once a day). */
const LOOK_EVERY_MS = 60 * 60 * 1000

/**
 * Runs the daily retention check when the clock's date (Europe/Amsterdam) is past the last
 * check's, so a clock moved forward in a test, or a server that slept, checks at once. It
 * lists what is due for the privacy officer and never destroys. Returns whether it ran.
 */
export async function checkRetentionIfNewDay(
  services: Pick<AppServices, 'db' | 'now'>,
): Promise<boolean> {
  const now = services.now()
  const first = await services.db.selectFrom('municipalities').select('id').executeTakeFirst()
  if (!first) return false
  const last = await lastRetentionCheck(services.db, first.id)
  if (last && todayInAmsterdam(new Date(last.at)) >= todayInAmsterdam(now)) return false
  await services.db.transaction().execute((trx) => checkRetention(trx, now))
  return true
}

/** Starts the hourly look (server start only; stopped when the app closes). */
export function scheduleRetentionChecks(
  services: AppServices,
  onError: (error: unknown) => void,
): { stop(): void } {
  const look = () => void checkRetentionIfNewDay(services).catch(onError)
  look()
  const timer = setInterval(look, LOOK_EVERY_MS)
  timer.unref()
  return { stop: () => clearInterval(timer) }
}
