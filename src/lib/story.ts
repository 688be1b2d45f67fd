/**
 * The story's fixed points, in one place: the warrant's day and the facts pages state about the trips around it,
 * which are computed from the trips (never typed), so a corrected trip corrects every sentence that names it.
 */
import { formatDate, formatWhen } from "./dates";
import { STATUTE_ADOPTED } from "./treaty";
import type { Trip } from "./trips";

/** The day the ICC issued its warrant for Putin (timeline: `WARRANT_EVENT`). */
export const WARRANT_ISSUED = "2023-03-17";
/** The timeline event of the warrant; tests check that it is dated `WARRANT_ISSUED`. */
export const WARRANT_EVENT = "2023-03-17-icc-issues-putin-warrant";
/** Putin's own country: going there is not a foreign trip. */
export const PUTIN_COUNTRY = "RU";

/** "1998": the year the Rome Statute was adopted, where the timeline starts. */
export const STATUTE_YEAR = /* @__PURE__ */ STATUTE_ADOPTED.slice(0, 4);

/** "March 2023": the month of the warrant. */
export const warrantMonth = (): string => formatWhen(WARRANT_ISSUED, undefined, "month");

/** "the warrant of 17 March 2023". */
export const warrantOf = (): string => `the warrant of ${formatDate(WARRANT_ISSUED)}`;

type TripFacts = Pick<Trip, "start" | "end" | "status" | "sinceWarrant" | "country" | "number">;

/** The trips made before the warrant, shown as context (without a number). */
export const tripsBeforeWarrant = <T extends TripFacts>(trips: readonly T[]): T[] =>
  trips.filter((t) => t.status === "made" && !t.sinceWarrant);

const WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** "December 2022", "November–December 2022" or "December 2022 – January 2023": the months some trips fall in. */
function monthsOf(trips: readonly TripFacts[]): string {
  const months = [...new Set(trips.flatMap((t) => [t.start.slice(0, 7), t.end.slice(0, 7)]))].sort();
  const first = months[0];
  const last = months.at(-1);
  if (first === undefined || last === undefined) return "";
  const month = (m: string) => formatWhen(`${m}-01`, undefined, "month");
  if (first === last) return month(first);
  if (first.slice(0, 4) === last.slice(0, 4)) return `${month(first).split(" ")[0] ?? ""}–${month(last)}`;
  return `${month(first)} – ${month(last)}`;
}

/** "the two trips of December 2022": the trips before the warrant, counted and dated from the data. */
export function tripsBeforeWarrantPhrase(trips: readonly TripFacts[]): string {
  const before = tripsBeforeWarrant(trips);
  const n = before.length;
  const count = WORDS[n] ?? String(n);
  return n === 0 ? "no trips" : `the ${n === 1 ? "trip" : `${count} trips`} of ${monthsOf(before)}`;
}

/** The first trip made since the warrant (trip 1), or undefined before there is one. */
export const firstTripSinceWarrant = <T extends TripFacts>(trips: readonly T[]): T | undefined =>
  trips.find((t) => t.number === 1);

/** "his trip to Kyrgyzstan in October 2023": the first trip since the warrant, as the about page tells it. */
export function firstTripPhrase(trips: readonly TripFacts[]): string {
  const first = firstTripSinceWarrant(trips);
  return first === undefined
    ? "no foreign trip since"
    : `his trip to ${first.country} in ${formatWhen(first.start, undefined, "month")}`;
}
