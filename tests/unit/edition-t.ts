/**
 * Each edition's translator over its whole dictionary (content/editions/<lang>/ui/*.json merged), as a page gets it
 * from src/i18n, for tests of the functions that write sentences.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { LOCALE_INFO, type Locale } from "../../src/lib/locales";
import { mergeDictionaries, translator, type Dictionary, type Translator } from "../../src/lib/translate";

const EDITIONS = resolve(import.meta.dirname, "../../content/editions");

/** The merged dictionary of an edition. */
export function dictionaryOf(locale: Locale): Dictionary {
  const dir = join(EDITIONS, locale, "ui");
  return mergeDictionaries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => [`${locale}/ui/${f}`, JSON.parse(readFileSync(join(dir, f), "utf8")) as Dictionary] as const),
  );
}

/** The translator of an edition. */
export const tOf = (locale: Locale): Translator => translator(LOCALE_INFO[locale].tag, dictionaryOf(locale));

export const en = tOf("en");
