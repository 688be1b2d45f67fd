/**
 * The editions the site publishes, and what each needs to be named and tagged: the one list that routes, the
 * language switcher, hreflang, dictionaries, share cards and feeds follow. Adding a language is an entry here and
 * its files under content/editions/<code>/ (CONTRIBUTING.md, "A language"). Pure: the islands import it.
 */

/** Every edition's code, as in its address (`/ru/…`) and in `<html lang>`. */
export type Locale = "en" | "ru" | "uk";

/** The editions the build publishes; the first is the default, served without a prefix. */
export const LOCALES: readonly Locale[] = ["en", "ru", "uk"];
export const DEFAULT_LOCALE: Locale = "en";

export interface LocaleInfo {
  /** The language's name in itself: "Русский". */
  name: string;
  /** Its short form in itself, the switcher's visible label: "Рус". */
  short: string;
  /** The tag for `Intl` (dates, numbers, country names) and `hreflang`. */
  tag: string;
  /** The Open Graph locale: "ru_RU". */
  og: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { name: "English", short: "Eng", tag: "en-GB", og: "en_GB" },
  ru: { name: "Русский", short: "Рус", tag: "ru", og: "ru_RU" },
  uk: { name: "Українська", short: "Укр", tag: "uk", og: "uk_UA" },
};

/** True for a code of a published edition. */
export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/** The `lang` route parameter of an edition: none for the default language, its code for the others. */
export const langParam = (locale: Locale): string | undefined => (locale === DEFAULT_LOCALE ? undefined : locale);

/** The edition a `lang` route parameter names (none: the default). */
export function localeFromParam(lang: string | undefined): Locale {
  if (lang === undefined || lang === "") return DEFAULT_LOCALE;
  if (!isLocale(lang)) throw new Error(`no edition "${lang}": the editions are ${LOCALES.join(", ")}`);
  return lang;
}

/** The edition of a site path: "/ru/timeline/" → "ru", "/timeline/" → "en". */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split("/")[1] ?? "";
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** A site path without its edition's prefix: "/ru/timeline/" → "/timeline/". */
export function pathInDefault(pathname: string): string {
  const locale = localeOfPath(pathname);
  return locale === DEFAULT_LOCALE ? pathname : pathname.slice(locale.length + 1) || "/";
}
