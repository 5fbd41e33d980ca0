/**
 * Whether to follow a redirect from Druid. A non-leader Overlord or Coordinator answers 307 with
 * `Location: <leader><same path and query>`; the client follows it re-sending the same method,
 * body and credentials (undici, like most clients, would drop the Authorization header on a
 * cross-host hop, which is why redirects are followed here rather than by the transport).
 *
 * Credentials go only where the original scheme goes: a hop to another scheme is refused (https
 * to http would send them in clear; http to https means the configured URL is wrong). Hosts may
 * change, because the leader is another machine by design. Loops and long chains are refused.
 */

export const DEFAULT_MAX_REDIRECTS = 3;

export interface RedirectInput {
  status: number;
  location: string | undefined;
  current: URL;
  /** Every URL requested so far for this call, the first one included. */
  visited: readonly string[];
  maxRedirects: number;
}

export type RedirectDecision = { follow: URL } | { refuse: string };

export function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

export function redirectDecision(input: RedirectInput): RedirectDecision {
  const { status, location, current, visited, maxRedirects } = input;
  if (!location) return { refuse: `a ${status} redirect without a Location header` };
  let target: URL;
  try {
    target = new URL(location, current);
  } catch {
    return { refuse: `a ${status} redirect to an invalid Location` };
  }
  const shown = displayUrl(target);
  if (status !== 307 && status !== 308) {
    // Druid's leader redirect is always 307; 301/302/303 come from something else in front of it
    // and may change the method, so point the user at the URL instead of guessing.
    return {
      refuse: `an unexpected ${status} redirect to ${shown}; configure that URL directly if it is right`,
    };
  }
  if (target.protocol !== current.protocol) {
    return {
      refuse: `a redirect from ${current.protocol} to ${shown} was refused: credentials stay on one scheme`,
    };
  }
  if (visited.includes(target.href)) return { refuse: `a redirect loop back to ${shown}` };
  if (visited.length > maxRedirects)
    return { refuse: `more than ${maxRedirects} redirects (last to ${shown})` };
  target.username = '';
  target.password = '';
  return { follow: target };
}

/** A URL fit for messages and logs: no userinfo. */
export function displayUrl(url: URL): string {
  if (!url.username && !url.password) return url.href;
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy.href;
}
