/**
 * The lookup island's data file (/data/lookup.json), kept small: a field that is null is left out,
 * and the page slug is recomputed from the name on the reader's side. `fromWire(toWire(x))` gives `x` back.
 */
import type { LookupCountry, LookupTrip } from "./lookup-card";
import type { TreatyDates } from "./treaty";
import type { SearchEntry } from "./search";
import { slugify } from "./slug";

export type LookupEntry = SearchEntry & LookupCountry;

export interface LookupData {
  countries: LookupEntry[];
  trips: LookupTrip[];
}

/** The dates of a record, in the order the card reads them; each is null where the record has none. */
const DATE_FIELDS = [
  "signed",
  "signatureWithdrawn",
  "deposited",
  "depositWithdrawn",
  "entryIntoForce",
  "withdrawalNotified",
  "withdrawalEffective",
  "withdrawalRevoked",
  "depositType",
] as const;

/** A record as the lookup needs it: its names, its page slug, every date (null where it has none), its caveat. */
export function lookupEntry(search: SearchEntry, record: TreatyDates & { caveat?: string | undefined }): LookupEntry {
  const dates = Object.fromEntries(DATE_FIELDS.map((field) => [field, record[field] ?? null]));
  return {
    ...search,
    slug: slugify(search.name),
    ...(dates as Pick<TreatyDates, (typeof DATE_FIELDS)[number]>),
    ...(record.caveat === undefined ? {} : { caveat: record.caveat }),
  };
}

type WireCountry = Omit<LookupEntry, "slug" | (typeof DATE_FIELDS)[number]> &
  Partial<Record<(typeof DATE_FIELDS)[number], string>>;

export interface WireData {
  countries: WireCountry[];
  trips: LookupTrip[];
}

export function toWire(data: LookupData): WireData {
  const countries = data.countries.map((country) => {
    const wire: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(country)) {
      if (key !== "slug" && value !== null && value !== undefined) wire[key] = value;
    }
    return wire as WireCountry;
  });
  return { countries, trips: data.trips };
}

export function fromWire(wire: WireData): LookupData {
  const countries = wire.countries.map((country) => {
    const entry = { ...country, slug: slugify(country.name) } as Record<string, unknown>;
    for (const field of DATE_FIELDS) entry[field] ??= null;
    return entry as unknown as LookupEntry;
  });
  return { countries, trips: wire.trips };
}
