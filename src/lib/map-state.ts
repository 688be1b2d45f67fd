/**
 * The travel map's state in the browser: which day the time control shows, read from `?at=` or a
 * `#trip-<id>` address, and each country's status on that day from the short history the page ships.
 * Parsing never trusts its input: anything malformed is ignored.
 */
import { isRealDate } from "./real-date";
import { decodeFragment } from "./hash";

/** `?at=2024-09-03` → "2024-09-03", kept within [first, last]; null when absent or not a real day. */
export function parseAt(search: string, first: string, last: string): string | null {
  let at: string | null;
  try {
    at = new URLSearchParams(search).get("at");
  } catch {
    return null;
  }
  if (at === null) return null;
  at = at.trim();
  if (!isRealDate(at)) return null;
  if (at < first) return first;
  if (at > last) return last;
  return at;
}

/** `#trip-2023-10-12-putin-visits-kyrgyzstan` → the trip id, or null. */
export function tripFromHash(hash: string): string | null {
  const id = decodeFragment(hash);
  if (id === null || !id.startsWith("trip-")) return null;
  const trip = id.slice(5);
  return /^[\w-]+$/.test(trip) ? trip : null;
}

/** A country's status on a day from the short history the page ships (see src/lib/status-history.ts). */
export { statusAt } from "./status-history";

/** The index of the last of the (sorted) days on or before `day`; 0 when `day` comes first. */
export function positionFor(days: readonly string[], day: string): number {
  let index = 0;
  days.forEach((d, i) => {
    if (d <= day) index = i;
  });
  return index;
}

/** How many of the trips (by start day) had begun by `day`. */
export function tripsBy(starts: readonly string[], day: string): number {
  return starts.filter((s) => s <= day).length;
}
