/**
 * Build time: every edition's interface strings, read from content/editions/<code>/ui/*.json and checked against the
 * English before any page is drawn, so a string missing in any language fails the build naming its key and file.
 * Pages and components get a translator for their edition with `useTranslations(locale)`, and the edition from the
 * page's address with `localeOf(Astro)`.
 */
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO, localeOfPath, type Locale } from "../lib/locales";
import { dictionaryProblems, mergeDictionaries, translator, type Dictionary, type Translator } from "../lib/translate";

const files = import.meta.glob<Dictionary>("../../content/editions/*/ui/*.json", { eager: true, import: "default" });

/** The dictionary files of each edition, by code: [file name, strings]. */
function filesByLocale(): Map<string, [string, Dictionary][]> {
  const by = new Map<string, [string, Dictionary][]>();
  for (const [path, dict] of Object.entries(files)) {
    const file = path.replace(/^(\.\.\/)+/, "");
    const code = /editions\/([^/]+)\/ui\//.exec(file)?.[1] ?? "";
    by.set(code, [...(by.get(code) ?? []), [file, dict]]);
  }
  return by;
}

/** Every published edition's strings, checked: throws with every problem found, each naming its key. */
export function loadDictionaries(): Record<Locale, Dictionary> {
  const by = filesByLocale();
  const merged: Partial<Record<Locale, Dictionary>> = {};
  const problems: string[] = [];
  for (const locale of LOCALES) {
    const own = by.get(locale);
    if (own === undefined) {
      problems.push(`content/editions/${locale}/ui/: no interface strings for the "${locale}" edition`);
      continue;
    }
    merged[locale] = mergeDictionaries(own);
  }
  const reference = merged[DEFAULT_LOCALE];
  for (const locale of LOCALES) {
    const own = merged[locale];
    if (locale === DEFAULT_LOCALE || own === undefined || reference === undefined) continue;
    problems.push(...dictionaryProblems(reference, own, `content/editions/${locale}/ui`));
  }
  if (problems.length > 0) {
    throw new Error(`The interface strings are incomplete:\n  ${problems.join("\n  ")}`);
  }
  return merged as Record<Locale, Dictionary>;
}

const dictionaries = loadDictionaries();

/** An edition's strings, for a page to pass the ones its island needs into the page. */
export const dictionary = (locale: Locale): Dictionary => dictionaries[locale];

const translators = new Map<Locale, Translator>();

/** The translator of an edition: `t("nav.timeline")`, `t("table.count", { shown, total })`. */
export function useTranslations(locale: Locale): Translator {
  let t = translators.get(locale);
  if (t === undefined) {
    t = translator(LOCALE_INFO[locale].tag, dictionaries[locale]);
    translators.set(locale, t);
  }
  return t;
}

/** The edition of the page being drawn, from its address (`/ru/…`). */
export const localeOf = (astro: { url: URL }): Locale => localeOfPath(astro.url.pathname);

/**
 * The strings of an edition whose keys start with one of `prefixes`, for a component to hand its island (a
 * `data-strings` attribute): the island translates with `translator(locale, strings)` and ships no dictionary.
 */
export function strings(locale: Locale, prefixes: readonly string[]): Dictionary {
  return Object.fromEntries(
    Object.entries(dictionaries[locale]).filter(([key]) => prefixes.some((p) => key.startsWith(p))),
  );
}
