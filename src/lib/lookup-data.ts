/**
 * The lookup island's data file (/data/lookup.json), kept small (see `WireData`): the page slug and the dates that
 * Articles 126 and 127 give are recomputed on the reader's side, and names the matcher finds anyway are left out
 * (`slimNames`). `fromWire(toWire(x))` gives `x` back for the trips made. Also the build-time steps that make the
 * file's trips and visits.
 */
import type { LookupCountry, LookupEvent, LookupOccupation, LookupTrip } from "./lookup-card";
import { article126, article127, type TreatyDates } from "./treaty";
import { createIndex, normalize, withinDistance, type SearchEntry } from "./search";
import type { Trip } from "./trips";
import { countrySlug } from "./country-name";
import type { TimelineEvent } from "../schemas/timeline";

export type LookupEntry = SearchEntry & LookupCountry;

export interface LookupData {
  countries: LookupEntry[];
  trips: LookupTrip[];
  /** Visits to occupied territory, told to the countries they concern. */
  occupied: LookupOccupation[];
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

/**
 * A record as the lookup needs it: its names, its page slug, every date (null where it has none), its caveat, and
 * the UN's name where it differs from the common one.
 */
export function lookupEntry(
  search: SearchEntry,
  record: TreatyDates & { caveat?: string | undefined; unName?: string | undefined },
): LookupEntry {
  const dates = Object.fromEntries(DATE_FIELDS.map((field) => [field, record[field] ?? null]));
  return {
    ...search,
    names: search.names.filter((n) => n !== record.unName),
    slug: countrySlug(search),
    ...(dates as Pick<TreatyDates, (typeof DATE_FIELDS)[number]>),
    ...(record.caveat === undefined ? {} : { caveat: record.caveat }),
    ...(record.unName === undefined || record.unName === search.name ? {} : { unName: record.unName }),
  };
}

/** The fields of a timeline event (as its schema gives them) that the lookup's trips and visits are made from. */
export interface TimelineFields {
  id: string;
  data: Pick<TimelineEvent, "kind" | "title" | "date" | "endDate" | "countries">;
}

const asEvent = (e: TimelineFields): LookupEvent => ({
  id: e.id,
  start: e.data.date,
  end: e.data.endDate ?? e.data.date,
  title: e.data.title,
});

/**
 * Putin's visits to occupied territory: `war` events whose id names a visit of his (`YYYY-MM-DD-putin-visits-…`),
 * e.g. 2023-03-18-putin-visits-sevastopol-mariupol. They are not foreign trips, so they are not in `trips`.
 */
export function occupiedVisits(events: readonly TimelineFields[]): LookupOccupation[] {
  return events
    .filter((e) => e.data.kind === "war" && /^\d{4}-\d\d-\d\d-putin-visits-/.test(e.id))
    .map((e) => ({ ...asEvent(e), countries: [...e.data.countries] }));
}

/**
 * The trips as the lookup tells them: which was his first since the warrant and his first to a State Party, and for
 * each trip made, the court events after it that concern its host and Russia, up to his next trip there (the ICC's
 * finding that Mongolia failed to arrest him follows his visit of September 2024).
 */
export function lookupTrips(trips: readonly Trip[], events: readonly TimelineFields[]): LookupTrip[] {
  const made = trips.filter((t) => t.status === "made" && t.sinceWarrant);
  const firstTrip = made[0]?.id;
  const firstParty = made.find((t) => t.hostStatusAtTime === "party" || t.hostStatusAtTime === "withdrawing")?.id;
  return trips.map((t) => {
    const next = made.find((n) => n.iso2 === t.iso2 && n.start > t.end)?.start ?? "9999-12-31";
    const later =
      t.status === "made"
        ? events
            .filter(
              (e) =>
                e.data.kind === "court" &&
                e.data.date > t.end &&
                e.data.date < next &&
                e.data.countries.includes(t.iso2) &&
                e.data.countries.includes("RU"),
            )
            .map(asEvent)
        : [];
    const first = t.id === firstTrip ? "trip" : t.id === firstParty ? "party" : undefined;
    return {
      id: t.id,
      iso2: t.iso2,
      start: t.start,
      end: t.end,
      cities: t.cities,
      status: t.status,
      sinceWarrant: t.sinceWarrant,
      ...(first === undefined ? {} : { first }),
      ...(later.length === 0 ? {} : { later }),
    };
  });
}

/**
 * Names the matcher finds anyway, left out of the file: a name a letter or two from another name of the same country
 * (the Ukrainian "Україна" beside the Russian "Украина") is found by the typo pass. A name is left out only if, with
 * it gone, a search for it still puts its country first; so every name still finds its country, as tested.
 */
export function slimNames(entries: readonly SearchEntry[]): SearchEntry[] {
  const tolerance = (n: number) => (n < 4 ? -1 : n < 7 ? 1 : 2);
  const dropped = new Map<string, Set<string>>();
  for (const e of entries) {
    const kept = [normalize(e.name)];
    const out = new Set<string>();
    for (const name of e.names) {
      const key = normalize(name);
      if (kept.some((k) => withinDistance(key, k, tolerance(key.length)) >= 0)) out.add(name);
      else kept.push(key);
    }
    dropped.set(e.iso2, out);
  }
  // Put back any name whose search no longer finds its country first, until none is left to put back.
  for (let changed = true; changed;) {
    changed = false;
    const slim = entries.map((e) => ({ ...e, names: e.names.filter((n) => !dropped.get(e.iso2)?.has(n)) }));
    const index = createIndex(slim);
    for (const [iso2, names] of dropped) {
      for (const name of names) {
        if (index.find(name, 1)[0]?.iso2 !== iso2) {
          names.delete(name);
          changed = true;
        }
      }
    }
  }
  return entries.map((e) => ({ ...e, names: e.names.filter((n) => !dropped.get(e.iso2)?.has(n)) }));
}

/**
 * Names in scripts a query must itself be written in to match (Arabic, Chinese): they travel in a second file,
 * /data/lookup-names.json, which the island asks for only when a query has such letters (normalize() never maps
 * one script onto another, so no other query could match them).
 */
export const LATE_SCRIPTS = /[\p{Script=Arabic}\p{Script=Han}]/u;

/** The entries without their late-script names, and those names by alpha-2 code (joined by "|"). */
export function splitNames(entries: readonly SearchEntry[]): { entries: SearchEntry[]; late: Record<string, string> } {
  const late: Record<string, string> = {};
  const early = entries.map((e) => {
    const names = e.names.filter((n) => LATE_SCRIPTS.test(n));
    if (names.length > 0) late[e.iso2] = names.join("|");
    return { ...e, names: e.names.filter((n) => !LATE_SCRIPTS.test(n)) };
  });
  return { entries: early, late };
}

/**
 * The file's form: each country a list in a fixed order, an empty field as 0 and trailing ones left out, its names
 * joined by "|"; a trip's end 0 when it is its start. Entry into force and a withdrawal's effect are left out where
 * Articles 126 and 127 give them (the reader's side computes them the same way).
 */
export type WireCountry = (string | 0)[];
/** [id, iso2, start, end or 0, cities joined by "|", since the warrant 1 or 0, first ("trip", "party") or 0, later]. */
export type WireTrip = [string, string, string, string | 0, string, 0 | 1, string | 0, WireEvent[]?];
/** [id, start, end or 0, title], and for a visit to occupied territory the countries it concerns, joined by "|". */
export type WireEvent = [string, string, string | 0, string, string?];

export interface WireData {
  countries: WireCountry[];
  trips: WireTrip[];
  occupied: WireEvent[];
}

const COUNTRY_FIELDS = [
  "iso2",
  "iso3",
  "name",
  "names",
  "signed",
  "signatureWithdrawn",
  "deposited",
  "depositType",
  "depositWithdrawn",
  "entryIntoForce",
  "withdrawalNotified",
  "withdrawalEffective",
  "withdrawalRevoked",
  "caveat",
  "unName",
] as const;

const trim = <T>(list: (T | 0)[]): (T | 0)[] => {
  while (list.length > 0 && list.at(-1) === 0) list.pop();
  return list;
};
const event = (e: LookupEvent): WireEvent => [e.id, e.start, e.end === e.start ? 0 : e.end, e.title];

export function toWire(data: LookupData): WireData {
  const countries = data.countries.map((c) => {
    const computed: Partial<Record<string, string | null>> = {
      entryIntoForce: c.deposited === null ? null : article126(c.deposited),
      withdrawalEffective: c.withdrawalNotified === null ? null : article127(c.withdrawalNotified),
    };
    return trim(
      COUNTRY_FIELDS.map((field) => {
        const value = field === "names" ? c.names.join("|") : c[field];
        return value === null || value === undefined || value === "" || computed[field] === value ? 0 : value;
      }),
    );
  });
  const trips = data.trips
    .filter((t) => t.status === "made")
    .map((t): WireTrip => {
      const wire: WireTrip = [
        t.id,
        t.iso2,
        t.start,
        t.end === t.start ? 0 : t.end,
        t.cities.join("|"),
        t.sinceWarrant ? 1 : 0,
        t.first ?? 0,
      ];
      if (t.later) wire.push(t.later.map(event));
      return wire;
    });
  const occupied = data.occupied.map((o): WireEvent => [
    o.id,
    o.start,
    o.end === o.start ? 0 : o.end,
    o.title,
    o.countries.join("|"),
  ]);
  return { countries, trips, occupied };
}

/** The file read back; only the trips made are in it (the card tells of no other). */
export function fromWire(wire: WireData): LookupData {
  const countries = wire.countries.map((row) => {
    const entry: Record<string, unknown> = {};
    COUNTRY_FIELDS.forEach((field, i) => {
      const value = row[i] ?? 0;
      entry[field] = field === "names" ? (value === 0 ? [] : value.split("|")) : value === 0 ? null : value;
    });
    const deposited = entry["deposited"] as string | null;
    const notified = entry["withdrawalNotified"] as string | null;
    entry["entryIntoForce"] ??= deposited === null ? null : article126(deposited);
    entry["withdrawalEffective"] ??= notified === null ? null : article127(notified);
    if (entry["caveat"] === null) delete entry["caveat"];
    if (entry["unName"] === null) delete entry["unName"];
    entry["slug"] = countrySlug(entry as { name: string });
    return entry as unknown as LookupEntry;
  });
  const asEvent = ([id, start, end]: WireEvent) => ({ id, start, end: end === 0 ? start : end });
  const trips = wire.trips.map(([id, iso2, start, end, cities, since, first, later]): LookupTrip => ({
    id,
    iso2,
    start,
    end: end === 0 ? start : end,
    cities: cities.split("|"),
    status: "made",
    sinceWarrant: since === 1,
    ...(first === "trip" || first === "party" ? { first } : {}),
    ...(later ? { later: later.map((e) => ({ ...asEvent(e), title: e[3] })) } : {}),
  }));
  const occupied = wire.occupied.map((e) => ({ ...asEvent(e), title: e[3], countries: (e[4] ?? "").split("|") }));
  return { countries, trips, occupied };
}

/**
 * What an edition's page hands the lookup (`data-names`), the data being English and one set for every edition: the
 * countries' names (`c`, alpha-2 code → name), the trips' cities (`p`, English → edition) and the titles of the events
 * the card links (`e`, id → title).
 */
export interface EditionNames {
  c: Record<string, string>;
  p: Record<string, string>;
  e: Record<string, string>;
}

/**
 * The data in an edition's names: a country's English names stay searchable, and the UN's English name is not shown
 * beside the edition's.
 */
export function inEdition(data: LookupData, names: EditionNames): LookupData {
  const title = <T extends LookupEvent>(e: T): T => ({ ...e, title: names.e[e.id] ?? e.title });
  return {
    countries: data.countries.map((c) => {
      const name = names.c[c.iso2];
      if (name === undefined) return c;
      const { unName, ...rest } = c;
      return { ...rest, name, names: [c.name, ...c.names, ...(unName ?? "").split("|").filter((n) => n !== "")] };
    }),
    trips: data.trips.map((t) => ({
      ...t,
      cities: t.cities.map((p) => names.p[p] ?? p),
      ...(t.later ? { later: t.later.map(title) } : {}),
    })),
    occupied: data.occupied.map(title),
  };
}
