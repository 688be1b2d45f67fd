/**
 * Place names (cities on the map and in the trip table, areas the map draws that are not in the ICC data) in an
 * edition's language, from content/editions/<lang>/places.json (English name → the edition's). A name the file
 * lacks stays in English.
 * Pure: the JSON is bundled at build time.
 */
import type { Locale } from "../lib/locales";
import ru from "../../content/editions/ru/places.json";
import uk from "../../content/editions/uk/places.json";

const names: Partial<Record<Locale, Readonly<Record<string, string>>>> = { ru, uk };

/** "Bishkek" → "Бишкек" in the Russian edition; the English name in English or when the edition has none. */
export function placeName(english: string, locale: Locale): string {
  return names[locale]?.[english] ?? english;
}
