/**
 * The check of a day written `YYYY-MM-DD` (dates.ts re-exports it). A module of its own, so that the scripts that only
 * check a day from an address (the lookup's address sync, the country embed, the map) share this and not the
 * formatters, and the lookup island, which never checks one, does not load it.
 */

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar day written `YYYY-MM-DD` (so 2023-02-30 is false). */
export function isRealDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
