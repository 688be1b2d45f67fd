/**
 * The lookup's state in the address bar: `?country=kg&date=2023-10-12`. `country` may be a code or any name the lookup
 * knows ("Kyrgyzstan", "киргизия", "Kyrgyz Republic"): it is where the explainer's form lands when it is sent before
 * its script has loaded. Parsing never trusts its input and never throws.
 */
import type { Translator } from "./translate";
import { isRealDate } from "./real-date";

export interface LookupState {
  /** Lower-case alpha-2 code of the country the address names, or null. */
  country: string | null;
  /** A real day `YYYY-MM-DD`, or null for today. */
  date: string | null;
  /** Alpha-2 codes of close matches to offer when the address named no one country (at most three). */
  close: string[];
  /** Calm messages about parameters that were ignored; they never repeat what the address said. */
  ignored: string[];
}

/** Earliest and latest days the lookup answers for: before 17 July 1998 it says the Statute did not exist yet. */
export const FIRST_DAY = "1900-01-01";
export const LAST_DAY = "2099-12-31";

/** How much of `?country=` is read: more than any name, little enough that a pasted page costs nothing. */
const MAX_PARAM = 200;

/** What the lookup's index answers for a name (see `CountryIndex.resolve` in search.ts). */
export type Resolve = (query: string) => { entry: { iso2: string } | null; close: readonly { iso2: string }[] };

/**
 * Reads `?country=` (a code or a name) and `?date=`; anything unknown or malformed is dropped with a calm note in
 * the edition of `t`.
 */
export function parseLookupParams(search: string, resolve: Resolve, t: Translator): LookupState {
  const state: LookupState = { country: null, date: null, close: [], ignored: [] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.slice(0, 16_384));
  } catch {
    return { ...state, ignored: [t("lookup.address.unreadable")] };
  }
  const country = params.get("country")?.slice(0, MAX_PARAM) ?? "";
  if (country.trim() !== "") {
    const { entry, close } = resolve(country);
    if (entry) state.country = entry.iso2.toLowerCase();
    else {
      state.close = close.slice(0, 3).map((c) => c.iso2.toLowerCase());
      state.ignored.push(state.close.length > 0 ? t("lookup.address.noExact") : t("lookup.address.none"));
    }
  }
  const date = params.get("date");
  if (date !== null && date !== "") {
    if (isRealDate(date) && date >= FIRST_DAY && date <= LAST_DAY) state.date = date;
    else state.ignored.push(t("lookup.address.badDate"));
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
