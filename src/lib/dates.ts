/** Dates are calendar days written `YYYY-MM-DD`; they are compared as strings and shown in UTC. */

// The check of a written day lives in real-date.ts, which the islands that only check a day import alone.
export { ISO_DATE, isRealDate } from "./real-date";

/** The day's midnight UTC, for date arithmetic: "2023-10-12" → 2023-10-12T00:00:00Z. */
export const utcDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** The calendar day (UTC) of a moment, `YYYY-MM-DD`. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * How an edition writes a date, for `Intl` (its tag) and for the year: English "12 October 2023"; Russian
 * "12 октября 2023 года" and Ukrainian "12 жовтня 2023 року", the full form the region's press writes, where `Intl`
 * would abbreviate the year ("2023 г."). An edition not listed writes dates as `Intl` does for its code.
 */
const DATE_STYLE: Record<string, { tag: string; year: string }> = {
  en: { tag: "en-GB", year: "" },
  ru: { tag: "ru", year: " года" },
  uk: { tag: "uk", year: " року" },
};
const style = (locale: string) => DATE_STYLE[locale] ?? { tag: locale, year: "" };

const formats = new Map<string, Intl.DateTimeFormat>();
/** A day-and-month (`dm`) or month (`m`) format of an edition, made once. */
function format(locale: string, part: "dm" | "m"): Intl.DateTimeFormat {
  const key = `${locale} ${part}`;
  let f = formats.get(key);
  if (f === undefined) {
    const options: Intl.DateTimeFormatOptions =
      part === "dm" ? { day: "numeric", month: "long", timeZone: "UTC" } : { month: "long", timeZone: "UTC" };
    f = new Intl.DateTimeFormat(style(locale).tag, options);
    formats.set(key, f);
  }
  return f;
}

const yearOf = (day: string, locale: string): string => `${String(Number(day.slice(0, 4)))}${style(locale).year}`;

/** "2023-10-12" → "12 October 2023" ("12 октября 2023 года" in Russian). */
export function formatDate(day: string, locale = "en"): string {
  return `${format(locale, "dm").format(utcDay(day))} ${yearOf(day, locale)}`;
}

/** "2023-10-12", "2023-10-13" → "12–13 October 2023"; spans across months or years keep both parts. */
export function formatSpan(start: string, end?: string, locale = "en"): string {
  if (end === undefined || end === start) return formatDate(start, locale);
  const [sy, sm] = start.split("-");
  const [ey, em] = end.split("-");
  const b = formatDate(end, locale);
  if (sy === ey && sm === em) return `${String(Number(start.slice(8, 10)))}–${b}`;
  if (sy === ey) return `${format(locale, "dm").format(utcDay(start))} – ${b}`;
  return `${formatDate(start, locale)} – ${b}`;
}

/** How much of a date is known: the day, or only the month or the year. */
export type DatePrecision = "day" | "month" | "year";

/** A span as precisely as it is known: "12–13 October 2023", "November 2026" or "2026". */
export function formatWhen(start: string, end?: string, precision: DatePrecision = "day", locale = "en"): string {
  if (precision === "year") return start.slice(0, 4);
  if (precision === "month") return `${format(locale, "m").format(utcDay(start))} ${yearOf(start, locale)}`;
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
