/** Reads the content collections once and hands pages typed, sorted data. */
import { getCollection, getEntry, render, type CollectionEntry } from "astro:content";
import { byEdition } from "../i18n/by-edition";
import { countryName } from "../i18n/countries";
import { noteHash, scopesOf, sourceHash, withScopes } from "../lib/edition-words";
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from "../lib/locales";
import { withCommonName } from "../lib/country-name";
import { sortDay } from "../lib/dates";
import { occupiedVisits } from "../lib/lookup-data";
import type { StateRecord } from "../lib/records";
import { UN_GROUP_IDS } from "../schemas/un-groups";
import { treatyDates } from "../lib/treaty";
import { tripsFrom } from "../lib/trips";

/**
 * Where an edition's text stands against the English: `source` (it is the English), `current` (translated from the
 * English as it is), `stale` (the English has changed since `translated`) or `missing` (not translated yet: the
 * English is shown, marked as such).
 */
export interface Translation {
  state: "source" | "current" | "stale" | "missing";
  /** The day it was last brought up to date with the English, for `current` and `stale`. */
  translated?: string;
}

const SOURCE: Translation = { state: "source" };
const MISSING: Translation = { state: "missing" };

/** Whether a translation still follows its English entry's words (edition-words.ts). */
function translationState(
  english: { data: Readonly<Record<string, unknown>>; body?: string | undefined },
  meta: { translated: string; sourceHash: string },
): Translation {
  const state = sourceHash(english.data, english.body ?? "") === meta.sourceHash ? "current" : "stale";
  return { state, translated: meta.translated };
}

/** The translations of one kind in an edition, by the English entry's id. */
async function translationsOf<C extends "editionArticle" | "editionTimeline">(collection: C, locale: Locale) {
  const prefix = `${locale}/${collection === "editionArticle" ? "article" : "timeline"}/`;
  const all = await getCollection(collection);
  return new Map(all.filter((e) => e.id.startsWith(prefix)).map((e) => [e.id.slice(prefix.length), e]));
}

/**
 * The explainer (there is one), in an edition: its words from the translation, its sources, dates and order from the
 * English; facts and updates the translation lacks stay English and are marked (`lang`).
 */
export async function getArticle(locale: Locale = DEFAULT_LOCALE) {
  const entry = await getEntry("article", "explainer");
  if (!entry) throw new Error("content/article/explainer.mdx is missing");
  if (locale === DEFAULT_LOCALE) return { ...entry, translation: SOURCE, renderable: entry };
  const tr = (await translationsOf("editionArticle", locale)).get("explainer");
  if (tr === undefined) return { ...entry, translation: MISSING, renderable: entry };
  const en = entry.data;
  // Updates are newest first: the translation's oldest matches the English's oldest.
  const offset = en.updates.length - tr.data.updates.length;
  const data = {
    ...en,
    title: tr.data.title,
    standfirst: tr.data.standfirst,
    description: tr.data.description,
    atAGlance: en.atAGlance.map((fact, i) => {
      const text = tr.data.atAGlance[i]?.text;
      return text === undefined ? { ...fact, lang: DEFAULT_LOCALE } : { ...fact, text };
    }),
    updates: en.updates.map((u, i) => {
      const text = i >= offset ? tr.data.updates[i - offset]?.text : undefined;
      return text === undefined ? { ...u, lang: DEFAULT_LOCALE } : { ...u, text };
    }),
  };
  return { ...entry, data, translation: translationState(entry, tr.data), renderable: tr };
}

/** Every timeline event, oldest first (ties keep file order), in an edition's words where it has them. */
export async function getEvents(locale: Locale = DEFAULT_LOCALE) {
  const events = await getCollection("timeline");
  const key = (e: (typeof events)[number]) => sortDay(e.data.date, e.data.datePrecision);
  const sorted = events.sort((a, b) => key(a).localeCompare(key(b)) || a.id.localeCompare(b.id));
  if (locale === DEFAULT_LOCALE) return sorted.map((e) => ({ ...e, translation: SOURCE, renderable: e }));
  const translations = await translationsOf("editionTimeline", locale);
  return sorted.map((e) => {
    const tr = translations.get(e.id);
    if (tr === undefined) return { ...e, translation: MISSING, renderable: e };
    const data = { ...e.data, title: tr.data.title, summary: tr.data.summary };
    if (data.kind === "travel" && tr.data.trip?.summitName !== undefined) {
      data.trip = { ...data.trip, summitName: tr.data.trip.summitName };
    }
    return { ...e, data, translation: translationState(e, tr.data), renderable: tr };
  });
}

/** An entry's body, rendered: the translation's in an edition that has one. */
export const renderEntry = (entry: {
  renderable:
    | CollectionEntry<"article">
    | CollectionEntry<"timeline">
    | CollectionEntry<"editionArticle">
    | CollectionEntry<"editionTimeline">;
}) => render(entry.renderable);

/**
 * Every ICC record, by common name, with the dates that decide its status computed from its actions (the one model).
 * `name` is the common name readers expect ("Bolivia"), `unName` the UN's ("Bolivia (Plurinational State of)").
 */
export async function getStates(locale: Locale = DEFAULT_LOCALE): Promise<StateRecord[]> {
  const states = await getCollection("icc");
  const english = states.map((s) => ({ ...withCommonName(s.data), ...treatyDates(s.data.actions) }));
  if (locale === DEFAULT_LOCALE) return english.sort((a, b) => a.name.localeCompare(b.name, "en"));
  const notes = editionNotes(locale);
  return english
    .map((s): StateRecord => {
      const name = countryName(s.iso2, s.name, locale);
      const own = notes[s.iso2];
      const scopes = scopesOf(s.actions);
      const nothingToSay = s.note === "" && s.caveat === undefined && scopes.length === 0;
      const translated =
        own === undefined
          ? {
              noteState: nothingToSay ? ("current" as const) : ("missing" as const),
              ...withScopes(s.actions, undefined),
            }
          : {
              note: own.note ?? "",
              ...(own.caveat === undefined ? {} : { caveat: own.caveat }),
              ...withScopes(s.actions, own.scopes),
              noteState:
                noteHash(s.note, s.caveat, scopes) === own.sourceHash ? ("current" as const) : ("stale" as const),
            };
      return { ...s, name, unName: name, enName: s.name, enUnName: s.unName, ...translated };
    })
    .sort((a, b) => a.name.localeCompare(b.name, LOCALE_INFO[locale].tag));
}

const noteFiles = import.meta.glob<
  Record<string, { note?: string; caveat?: string; scopes?: string[]; sourceHash?: string }>
>("../../content/editions/*/icc-notes.json", { eager: true, import: "default" });

const notesByEdition = byEdition(noteFiles);

/** An edition's translations of the readers' notes and caveats, by alpha-2 code. */
const editionNotes = (locale: Locale) => notesByEdition.get(locale) ?? {};

/** An ICC record as pages get it (see lib/records). */
export type { StateRecord };

/** Putin's trips (made and skipped), from the timeline's travel events. */
export async function getTrips(locale: Locale = DEFAULT_LOCALE) {
  const [events, states] = await Promise.all([getEvents(locale), getStates(locale)]);
  const travel = events.flatMap((e) => (e.data.kind === "travel" ? [{ id: e.id, data: e.data }] : []));
  return tripsFrom(travel, states, locale);
}

/** Putin's visits to occupied territory (not foreign trips), from the timeline's `war` events: see lib/lookup-data. */
export async function getOccupiedVisits(locale: Locale = DEFAULT_LOCALE) {
  return occupiedVisits(await getEvents(locale));
}

/** How far the record of trips is complete, and when it was last checked. */
export async function getTripsReach() {
  const entry = await getEntry("record", "trips");
  if (!entry) throw new Error('content/data/record.json needs a "trips" entry');
  return entry.data;
}

/** The UN regional groups of Member States, in the UN's order (African States first). */
export async function getUnGroups() {
  const groups = await getCollection("unGroups");
  return groups.map((g) => g.data).sort((a, b) => UN_GROUP_IDS.indexOf(a.id) - UN_GROUP_IDS.indexOf(b.id));
}

/** What getArticle and getEvents return: the entry in an edition (`Edition<"event">` for one timeline event). */
export type Edition<K extends "article" | "event"> = K extends "article"
  ? Awaited<ReturnType<typeof getArticle>>
  : Awaited<ReturnType<typeof getEvents>>[number];
