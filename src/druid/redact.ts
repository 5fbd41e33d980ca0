/**
 * Scrubs known secret values from text before it leaves the client (error messages, Druid
 * bodies that echo a header, transport errors). Longer secrets first, so a secret that contains
 * another is replaced whole.
 */
export const REDACTED = '***';

export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret !== '') result = result.split(secret).join(REDACTED);
  }
  return result;
}
