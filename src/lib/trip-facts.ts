/**
 * What the trips add up to, in numbers and in words, and the story notes the map draws, all computed from the
 * trips (never typed by hand). Pure, so tests can check them against the data. The sentences take an optional
 * translator (keys trips.*, story.*): without one they are English, as before.
 */
import { purposeText } from "./map-text";
import { isParty } from "./membership";
import type { Translator } from "./translate";
import type { Trip } from "./trips";

/** The key numbers of the record of trips. */
export interface KeyNumbers {
  /** Trips made since the warrant (the numbered ones). */
  made: number;
  /** Countries those trips went to. */
  countries: number;
  /** Of the trips made, those to a State Party (on the day the trip began). */
  toParties: number;
  /** The States Parties that hosted him, in the order of his first visit. */
  partyHosts: string[];
  /** Trips since the warrant that he skipped, and of them those to a State Party. */
  skipped: number;
  skippedToParties: number;
  /** Trips announced and not yet confirmed either way. */
  announced: number;
  /** Trips made before the warrant, shown as context. */
  before: number;
}

const hostParty = (t: Trip) => isParty(t.hostStatusAtTime);

/** Counts the trips by what became of them; only trips made since the warrant count as trips. */
export function keyNumbers(trips: readonly Trip[]): KeyNumbers {
  const since = trips.filter((t) => t.sinceWarrant);
  const made = since.filter((t) => t.status === "made");
  const skipped = since.filter((t) => t.status === "skipped");
  return {
    made: made.length,
    countries: new Set(made.map((t) => t.iso2)).size,
    toParties: made.filter(hostParty).length,
    partyHosts: [...new Set(made.filter(hostParty).map((t) => t.country))],
    skipped: skipped.length,
    skippedToParties: skipped.filter(hostParty).length,
    announced: trips.filter((t) => t.status === "announced").length,
    before: trips.filter((t) => !t.sinceWarrant && t.status === "made").length,
  };
}

/** "Mongolia and Tajikistan" in the edition's words (`Intl.ListFormat`). */
const listIn = (items: readonly string[], t: Translator): string =>
  new Intl.ListFormat(t.locale, { type: "conjunction" }).format(items);

/** "26 trips to 15 countries since the warrant, 2 of them to States Parties (Mongolia and Tajikistan)." */
export function keySentence(k: KeyNumbers, t: Translator): string {
  const parties =
    k.toParties === 0
      ? t("trips.key.noParties")
      : t("trips.key.parties", { n: k.toParties, hosts: listIn(k.partyHosts, t) });
  return t("trips.key", { made: k.made, countries: k.countries, parties });
}

/**
 * The trips that are not counted, said separately: skipped, announced and (when the map shows them, `context`)
 * those before the warrant.
 */
export function otherTripsSentence(k: KeyNumbers, context: boolean, t: Translator): string {
  const parts: string[] = [];
  if (k.skipped > 0) {
    const to = k.skippedToParties > 0 ? t("trips.other.skippedToParties", { n: k.skippedToParties }) : "";
    parts.push(`${t("trips.other.skipped", { n: k.skipped })}${to}`);
  }
  if (k.announced > 0) parts.push(t("trips.other.announced", { n: k.announced }));
  const counted = parts.length > 0 ? `${parts.join("; ")}. ` : "";
  const before = context && k.before > 0 ? t("trips.other.before", { n: k.before }) : "";
  const uncounted = parts.length > 0 ? `${t(parts.length > 1 ? "trips.other.neither" : "trips.other.those")} ` : "";
  return `${counted}${uncounted}${before}`.trim();
}

/** A story note's line, shown from `date` on (the time control hides it before). */
export interface NoteLine {
  text: string;
  date: string;
}

/**
 * A note on the map that tells the story: a State Party that hosted him (it was bound to arrest him), or a State
 * Party whose summit he stayed away from. One note per host country and kind.
 */
export interface StoryNote {
  kind: "hosted" | "skipped";
  /** The trips it is about, in date order; the first one's marker anchors the note. */
  trips: Trip[];
  /** Bold first line: the host country. */
  title: string;
  /** What happened, then one line per trip. */
  lines: NoteLine[];
  /** The first trip's day: the note shows from then on. */
  date: string;
}

/** "Sept 2024" ("сент. 2024 г." with a Russian translator). */
export const monthYear = (day: string, t: Translator): string =>
  new Intl.DateTimeFormat(t.locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );

/** The usual short name of a summit: "15th BRICS Summit" → "BRICS", "G20 Leaders' Summit" → "G20". */
export function summitShort(trip: Pick<Trip, "summitName" | "purpose">, t: Translator): string {
  const name = purposeText(trip, t);
  const latin = /\b(BRICS|G20|G7|APEC|SCO|CIS|CSTO|ASEAN|EAEU)\b/.exec(name)?.[1];
  if (latin !== undefined) return latin;
  // The editions' names: "XVII саммит БРИКС" → "БРИКС"; the Russian G20 is «Группа двадцати», shortened G20.
  if (/Групп[аы] двадцати/.test(name)) return "G20";
  return /(?<!\p{L})(БРИКС|БРІКС|ШОС|СНГ|СНД|ОДКБ|АТЭС|АТЕС|ЕАЭС|ЄАЕС|АСЕАН)(?!\p{L})/u.exec(name)?.[1] ?? name;
}

/**
 * The notes, from the data: every State Party that hosted him after the warrant, and every State Party whose
 * summit he skipped after the warrant.
 */
export function storyNotes(trips: readonly Trip[], t: Translator): StoryNote[] {
  const month = (day: string) => monthYear(day, t);
  const groups = new Map<string, { kind: StoryNote["kind"]; trips: Trip[] }>();
  for (const x of trips) {
    if (!x.sinceWarrant || !hostParty(x)) continue;
    const kind = x.status === "made" ? "hosted" : x.status === "skipped" && x.purpose === "summit" ? "skipped" : null;
    if (kind === null) continue;
    const key = `${kind} ${x.iso2}`;
    const group = groups.get(key) ?? { kind, trips: [] };
    group.trips.push(x);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ kind, trips: list }) => {
    const first = list[0] as Trip;
    if (kind === "hosted") {
      // One visit: the date goes in the title, to keep the note small; more: a line each.
      const once = list.length === 1;
      return {
        kind,
        trips: list,
        title: once ? `${first.country}, ${month(first.start)}` : first.country,
        lines: [
          { text: t("story.hosted"), date: first.start },
          ...(once ? [] : list.map((x) => ({ text: month(x.start), date: x.start }))),
        ],
        date: first.start,
      };
    }
    return {
      kind,
      trips: list,
      title: first.country,
      lines: [
        { text: t("story.skipped"), date: first.start },
        ...list.map((x) => ({ text: `${summitShort(x, t)}, ${month(x.start)}`, date: x.start })),
      ],
      date: first.start,
    };
  });
}
