/**
 * Build time: a country's name in an edition. English keeps the record's common name; every other edition takes
 * CLDR's (`Intl.DisplayNames`, which Node carries in full) unless content/editions/<code>/country-names.json gives
 * the name the region's press uses instead («Кыргызстан», not CLDR's «Киргизия»).
 */
import { byEdition } from "./by-edition";
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from "../lib/locales";

const files = import.meta.glob<Record<string, string>>("../../content/editions/*/country-names.json", {
  eager: true,
  import: "default",
});

const overrides = byEdition(files);

const display = new Map<Locale, Intl.DisplayNames>();

/** The name of the country `iso2` in `locale`; `english` (the record's common name) in the default edition. */
export function countryName(iso2: string, english: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return english;
  const own = overrides.get(locale)?.[iso2.toUpperCase()];
  if (own !== undefined) return own;
  let names = display.get(locale);
  if (names === undefined) {
    names = new Intl.DisplayNames([LOCALE_INFO[locale].tag], { type: "region", fallback: "none" });
    display.set(locale, names);
  }
  const name = names.of(iso2.toUpperCase());
  if (name === undefined)
    throw new Error(`no ${locale} name for ${iso2}: add it to content/editions/${locale}/country-names.json`);
  return name;
}

/** A state's name in the Russian and Ukrainian editions, for the open data's `name_ru` and `name_uk`. */
export const editionNames = (state: { iso2: string; name: string }): { name_ru: string; name_uk: string } => ({
  name_ru: countryName(state.iso2, state.name, "ru"),
  name_uk: countryName(state.iso2, state.name, "uk"),
});
