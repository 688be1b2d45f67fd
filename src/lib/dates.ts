/** Dates are calendar days written `YYYY-MM-DD`; they are compared as strings and shown in UTC. */

// The check of a written day lives in real-date.ts, which the islands that only check a day import alone.
export { ISO_DATE, isRealDate } from "./real-date";

/** The day's midnight UTC, for date arithmetic: "2023-10-12" → 2023-10-12T00:00:00Z. */
export const utcDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** The calendar day (UTC) of a moment, `YYYY-MM-DD`. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * How an edition writes the year after a day or a month: English "12 October 2023"; Russian "12 октября 2023 года"
 * and Ukrainian "12 жовтня 2023 року", the full form the region's press writes, where `Intl` would abbreviate
 * ("2023 г."). Other editions write what `Intl` writes for their code, with the year after it.
 */
const YEAR_WORD: Record<string, string> = { ru: " года", uk: " року" };

const formats: Record<string, Intl.DateTimeFormat> = {};
/** The day-and-month format of an edition ("12 October", "12 октября"), or its month alone ("October"), made once. */
const format = (locale: string, monthOnly = false): Intl.DateTimeFormat =>
  (formats[locale + String(monthOnly)] ??= new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
    ...(monthOnly ? {} : { day: "numeric" }),
    month: "long",
    timeZone: "UTC",
  }));

const withYear = (words: string, day: string, locale: string): string =>
  `${words} ${day.slice(0, 4)}${YEAR_WORD[locale] ?? ""}`;

/** "2023-10-12" → "12 October 2023" ("12 октября 2023 года" in Russian). */
export function formatDate(day: string, locale = "en"): string {
  return withYear(format(locale).format(utcDay(day)), day, locale);
}

/** "2023-10-12", "2023-10-13" → "12–13 October 2023"; spans across months or years keep both parts. */
export function formatSpan(start: string, end?: string, locale = "en"): string {
  if (end === undefined || end === start) return formatDate(start, locale);
  const b = formatDate(end, locale);
  if (start.slice(0, 7) === end.slice(0, 7)) return `${String(Number(start.slice(8)))}–${b}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${format(locale).format(utcDay(start))} – ${b}`;
  return `${formatDate(start, locale)} – ${b}`;
}

/** How much of a date is known: the day, or only the month or the year. */
export type DatePrecision = "day" | "month" | "year";

/** A span as precisely as it is known: "12–13 October 2023", "November 2026" or "2026". */
export function formatWhen(start: string, end?: string, precision: DatePrecision = "day", locale = "en"): string {
  if (precision === "year") return start.slice(0, 4);
  if (precision === "month") return withYear(format(locale, true).format(utcDay(start)), start, locale);
  return formatSpan(start, end, locale);
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
