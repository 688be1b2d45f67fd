/**
 * Every address on the site, built by one function each: pages, their sections, the data files and the feed. A link
 * in a page, a card, a download or the feed is made here, never by hand, so a renamed page changes in one place.
 *
 * Every path passes through `at`, the one place an edition's prefix will be added (`/ru/timeline/`): each builder
 * takes the locale last, defaulting to the site's own language, which keeps the addresses it has today (Astro's
 * `i18n` with `prefixDefaultLocale: false`). Callers that pass no locale will not change when editions come.
 * Pure, no Astro import: the lookup's island builds its links with it too.
 */

import { DEFAULT_LOCALE, type Locale } from "./locales";

export { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";

/** The open-data files under /data/ (see the about page), and the lookup's own two. */
export const DATA_FILES = [
  "icc-states.json",
  "icc-states.csv",
  "timeline.json",
  "trips.json",
  "lookup.json",
  "lookup-names.json",
] as const;
export type DataFile = (typeof DATA_FILES)[number];

/** A site path in a locale's edition: "/timeline/" stays "/timeline/" in the default language. */
export function at(path: string, locale: Locale = DEFAULT_LOCALE): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/** `#id` for a fragment, or nothing. */
const hash = (fragment?: string): string => (fragment === undefined || fragment === "" ? "" : `#${fragment}`);

/** The explainer, "/", or one of its sections: "/#updates". */
export const home = (section?: string, locale?: Locale): string => at(`/${hash(section)}`, locale);

/** The timeline, "/timeline/", or an event's place on it: "/timeline/#2023-03-17-icc-issues-putin-warrant". */
export const timeline = (eventId?: string, locale?: Locale): string => at(`/timeline/${hash(eventId)}`, locale);

/** An event's own page: "/timeline/2023-10-12-visit-kyrgyzstan/". */
export const event = (id: string, locale?: Locale): string => at(`/timeline/${id}/`, locale);

/** The travel map, "/map/". */
export const map = (locale?: Locale): string => at("/map/", locale);

/** The countries page with the lookup and the table, "/countries/". */
export const countries = (locale?: Locale): string => at("/countries/", locale);

/** A country's page by its slug (`countrySlug`): "/countries/kyrgyzstan/". */
export const country = (slug: string, locale?: Locale): string => at(`/countries/${slug}/`, locale);

/**
 * The countries page answering for a country on a day, as a shared lookup opens: "/countries/?country=kg&date=2023-10-12"
 * (the query `lookupSearch` of lookup-state.ts writes; a null date is today).
 */
export function countryOn(iso2: string, date: string | null, locale?: Locale): string {
  const params = new URLSearchParams({ country: iso2.toLowerCase() });
  if (date !== null) params.set("date", date);
  return `${countries(locale)}?${params.toString()}`;
}

/** The about page, "/about/", or a section of it: "/about/#data-trips". */
export const about = (section?: string, locale?: Locale): string => at(`/about/${hash(section)}`, locale);

/** An open-data file: "/data/trips.json". Data is one set for every edition, so it takes no locale. */
export const data = (file: DataFile): string => `/data/${file}`;

/** The RSS feed of updates and timeline events, "/rss.xml". */
export const feed = (locale?: Locale): string => at("/rss.xml", locale);

/** An app icon drawn at build time (src/pages/icons): "/icons/icon-512.png". One set for every edition. */
export const icon = (size: 192 | 512): string => `/icons/icon-${String(size)}.png`;

/** The embeds other sites frame: the lookup (or one country's answer, by its page slug) and the travel map. */
export const embedLookup = (slug?: string, locale?: Locale): string =>
  at(slug === undefined ? "/embed/lookup/" : `/embed/lookup/${slug}/`, locale);
export const embedMap = (locale?: Locale): string => at("/embed/map/", locale);
