import { createHmac } from 'node:crypto'

/**
 * The key under which a participant appears in a research export of one project: a keyed hash
 * (HMAC-SHA256 with the pseudonym key) of the project and participant ids, so the same resident
 * keeps one key across exports of that project, while the export cannot be linked to the app's
 * own pseudonym, to another project's export, or back to the person without the key.
 */
export function researchPseudonym(
  pseudonymKey: string,
  projectId: string,
  participantId: string,
): string {
  const digest = createHmac('sha256', pseudonymKey)
    .update(`research:${projectId}:${participantId}`)
    .digest('hex')
  return `R-${digest.slice(0, 16)}`
}
