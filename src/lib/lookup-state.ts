/** The lookup's state in the address bar: `?country=kg&date=2023-10-12`. Parsing never trusts its input. */
import { isRealDate } from "./dates";

export interface LookupState {
  /** Lower-case alpha-2 code of a known country, or null. */
  country: string | null;
  /** A real day `YYYY-MM-DD`, or null for today. */
  date: string | null;
  /** Calm messages about parameters that were ignored. */
  ignored: string[];
}

/** Earliest and latest days the lookup answers for: the Statute's adoption, and far enough ahead. */
export const FIRST_DAY = "1998-07-17";
export const LAST_DAY = "2099-12-31";

/** Reads `?country=` and `?date=`; anything unknown or malformed is dropped with a note. */
export function parseLookupParams(search: string, isKnown: (code: string) => boolean): LookupState {
  const state: LookupState = { country: null, date: null, ignored: [] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...state, ignored: ["The address could not be read, so it was ignored."] };
  }
  const country = params.get("country");
  if (country !== null && country !== "") {
    const code = country.trim().toLowerCase();
    if (/^[a-z]{2}$/.test(code) && isKnown(code)) state.country = code;
    else state.ignored.push("The country in the address is not one we know, so it was ignored.");
  }
  const date = params.get("date");
  if (date !== null && date !== "") {
    if (isRealDate(date) && date >= FIRST_DAY && date <= LAST_DAY) state.date = date;
    else state.ignored.push("The date in the address is not a date we can answer for, so today is shown.");
  }
  return state;
}

/** The query string for a state: `?country=kg&date=2023-10-12` (date left out when it is today). */
export function lookupSearch(country: string | null, date: string | null): string {
  const params = new URLSearchParams();
  if (country !== null) params.set("country", country.toLowerCase());
  if (date !== null) params.set("date", date);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}
