/** Dates are calendar days written `YYYY-MM-DD`; they are compared as strings and shown in UTC. */

// The check of a written day lives in real-date.ts, which the islands that only check a day import alone.
export { ISO_DATE, isRealDate } from "./real-date";

/** The day's midnight UTC, for date arithmetic: "2023-10-12" → 2023-10-12T00:00:00Z. */
export const utcDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** The calendar day (UTC) of a moment, `YYYY-MM-DD`. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

const LONG = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "2023-10-12" → "12 October 2023". */
export function formatDate(day: string): string {
  return LONG.format(utcDay(day));
}

/** "2023-10-12", "2023-10-13" → "12–13 October 2023"; spans across months or years keep both parts. */
export function formatSpan(start: string, end?: string): string {
  if (end === undefined || end === start) return formatDate(start);
  const [sy, sm] = start.split("-");
  const [ey, em] = end.split("-");
  const a = formatDate(start).split(" ");
  const b = formatDate(end);
  if (sy === ey && sm === em) return `${a[0]}–${b}`;
  if (sy === ey) return `${a[0]} ${a[1]} – ${b}`;
  return `${formatDate(start)} – ${b}`;
}

/** How much of a date is known: the day, or only the month or the year. */
export type DatePrecision = "day" | "month" | "year";

// Pure: a bundle that never calls formatWhen (the lookup's, the map's) leaves it out.
const MONTH = /* @__PURE__ */ new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** A span as precisely as it is known: "12–13 October 2023", "November 2026" or "2026". */
export function formatWhen(start: string, end?: string, precision: DatePrecision = "day"): string {
  if (precision === "year") return start.slice(0, 4);
  if (precision === "month") return MONTH.format(utcDay(start));
  return formatSpan(start, end);
}

/**
 * The day to sort an event by: its date, or for an event known only to the month or the year, the last day of it,
 * so that "November 2026" comes after every dated event of that November and "2026" after the whole year.
 */
export function sortDay(day: string, precision: DatePrecision = "day"): string {
  if (precision === "year") return `${day.slice(0, 4)}-12-31`;
  if (precision === "month") {
    const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
  }
  return day;
}

/** The wall clock's day in UTC as `YYYY-MM-DD`. Build-time code wants the build's as-of day instead: `asOf()` (as-of.ts). */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
