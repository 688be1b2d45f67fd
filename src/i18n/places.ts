/**
 * Build time: a city or place in an edition. The timeline's `place` and the trips' `cities` are English in the
 * content; content/editions/<code>/places.json names each in that edition (English → edition, the glossary's
 * spelling where it gives one: «Бишкек» / «Бішкек»). A place missing from an edition's table fails the build,
 * naming the place and the file, so a new English place cannot reach a page untranslated.
 */
import { byEdition } from "./by-edition";
import { DEFAULT_LOCALE, type Locale } from "../lib/locales";

const files = import.meta.glob<Record<string, string>>("../../content/editions/*/places.json", {
  eager: true,
  import: "default",
});

const tables = byEdition(files);

/** The name of the place `english` ("Bishkek") in `locale` ("Бишкек"); the English itself in the default edition. */
export function placeName(english: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return english;
  const own = tables.get(locale)?.[english];
  if (own === undefined)
    throw new Error(`no ${locale} name for the place "${english}": add it to content/editions/${locale}/places.json`);
  return own;
}
