/**
 * The build's "as of" day: the one day every page counts States Parties on, calls "today" and dates the downloads by.
 * It is the day of the build (UTC), or AS_OF=YYYY-MM-DD to build the site as it stood, or will stand, on another day
 * (a reproducible build, a check of a day to come). Read once, so a build that runs past midnight keeps one day.
 */
import { FIRST_DAY, LAST_DAY } from "./lookup-state";
import { isRealDate, isoDay } from "./dates";

/**
 * The as-of day for a value of AS_OF: the value, when it is a real day from FIRST_DAY to LAST_DAY; the day of `now`
 * when it is unset or blank; otherwise an error that names the variable and the form it needs.
 */
export function parseAsOf(value: string | undefined, now: Date = new Date()): string {
  const day = value?.trim() ?? "";
  if (day === "") return isoDay(now);
  if (!isRealDate(day) || day < FIRST_DAY || day > LAST_DAY)
    throw new Error(
      `AS_OF must be a real day written YYYY-MM-DD from ${FIRST_DAY} to ${LAST_DAY} (e.g. AS_OF=2023-10-12), not ${JSON.stringify(value)}`,
    );
  return day;
}

let day: string | undefined;

/** The build's as-of day, `YYYY-MM-DD` (build-time code only: it reads AS_OF from the environment). */
export function asOf(): string {
  day ??= parseAsOf(typeof process === "undefined" ? undefined : process.env["AS_OF"]);
  return day;
}
