/**
 * Every name a country can be looked up by, from i18n-iso-countries (a maintained source of
 * names) in the languages of the story's readers, plus our own alias table. Build time only.
 */
import countries from "i18n-iso-countries";
import ar from "i18n-iso-countries/langs/ar.json" with { type: "json" };
import de from "i18n-iso-countries/langs/de.json" with { type: "json" };
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import es from "i18n-iso-countries/langs/es.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import ky from "i18n-iso-countries/langs/ky.json" with { type: "json" };
import ru from "i18n-iso-countries/langs/ru.json" with { type: "json" };
import uk from "i18n-iso-countries/langs/uk.json" with { type: "json" };
import zh from "i18n-iso-countries/langs/zh.json" with { type: "json" };
import ruNames from "../../content/editions/ru/country-names.json" with { type: "json" };
import ukNames from "../../content/editions/uk/country-names.json" with { type: "json" };
import { ALIASES } from "./aliases";
import { slimNames, splitNames } from "./lookup-data";
import { normalize, type SearchEntry } from "./search";

/** English, Russian, Ukrainian, Kyrgyz, French, German, Spanish, Arabic, Chinese. */
export const LANGUAGES = ["en", "ru", "uk", "ky", "fr", "de", "es", "ar", "zh"] as const;
for (const locale of [en, ru, uk, ky, fr, de, es, ar, zh]) countries.registerLocale(locale);

/** The override names of each edition other than the English (content/editions/<lang>/country-names.json). */
const EDITION_NAMES = [
  ["ru", ruNames],
  ["uk", ukNames],
] as const;

/**
 * The search entry for a country: its display name (the common one) first, then every other name it is known by,
 * the UN's among them.
 */
export function searchEntry(state: { iso2: string; iso3: string; name: string; unName?: string }): SearchEntry {
  const names = new Set<string>(state.unName === undefined ? [] : [state.unName]);
  for (const lang of LANGUAGES) {
    for (const name of countries.getName(state.iso2, lang, { select: "all" }) ?? []) names.add(name);
  }
  // The names the editions show: CLDR's, and their own where the press names a country otherwise.
  for (const [lang, own] of EDITION_NAMES) {
    const cldr = new Intl.DisplayNames([lang], { type: "region", fallback: "none" }).of(state.iso2);
    if (cldr !== undefined) names.add(cldr);
    const mine = (own as Record<string, unknown>)[state.iso2];
    if (typeof mine === "string") names.add(mine);
  }
  for (const alias of ALIASES[state.iso2] ?? []) names.add(alias);
  // Names that differ only in case, accents or punctuation search alike: keep the first of each.
  const seen = new Set([normalize(state.name)]);
  const distinct = [...names].filter((name) => {
    const key = normalize(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { iso2: state.iso2, iso3: state.iso3, name: state.name, names: distinct };
}

/**
 * The lookup's names for every state, as its two data files carry them: the names the matcher would not find without
 * them (`slimNames`), split into the early ones and those in Arabic and Chinese script (`splitNames`).
 */
export function lookupNames(states: readonly { iso2: string; iso3: string; name: string; unName?: string }[]) {
  return splitNames(slimNames(states.map(searchEntry)));
}
