/**
 * The same page in every edition, for the language switcher and the `hreflang` alternates of a page's head and of
 * the sitemap: "/ru/timeline/" → /timeline/, /ru/timeline/, /uk/timeline/. Pure.
 */
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO, pathInDefault, type Locale } from "./locales";
import { at } from "./routes";

export interface Alternate {
  locale: Locale;
  /** The `hreflang` value: the edition's code, or `x-default` for the default edition's second entry. */
  hreflang: string;
  /** The language's name in itself: "Русский". */
  name: string;
  path: string;
}

/** The "page not found" page's route (Astro names it /404/, /ru/404/) and the file each edition's is built as. */
const NOT_FOUND = /^\/404(\/|\.html)?$/;

/**
 * The page at `pathname` in each edition, in the order of LOCALES. The 404 pages are files (/404.html, /ru/404.html:
 * astro.config.mjs), so their editions are too.
 */
export function editionsOf(pathname: string): Alternate[] {
  const base = NOT_FOUND.test(pathInDefault(pathname)) ? "/404.html" : pathInDefault(pathname);
  return LOCALES.map((locale) => ({
    locale,
    hreflang: locale,
    name: LOCALE_INFO[locale].name,
    path: at(base, locale),
  }));
}

/** The `hreflang` alternates of a page: one per edition and `x-default` (the default edition), none on a one-edition site. */
export function hreflangLinks(pathname: string): Alternate[] {
  if (LOCALES.length < 2) return [];
  const all = editionsOf(pathname);
  const fallback = all.find((a) => a.locale === DEFAULT_LOCALE);
  return fallback === undefined ? all : [...all, { ...fallback, hreflang: "x-default" }];
}
