/**
 * The `lang` parameter of the pages under src/pages/[...lang]/: each page is built once per edition, the default
 * language at its own address (`/timeline/`) and every other under its code (`/ru/timeline/`). The list of editions
 * (locales.ts) alone decides which are built.
 */
import { LOCALES, langParam, type Locale } from "./locales";

/** One path per edition for a page that has no parameter of its own. */
export function editionPaths(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

/** Every path of a page with parameters of its own, once per edition (`build(locale)` lists them for one). */
export async function inEditions<P extends Record<string, string | undefined>, Q extends object>(
  build: (locale: Locale) => { params: P; props: Q }[] | Promise<{ params: P; props: Q }[]>,
): Promise<{ params: P & { lang: string | undefined }; props: Q & { locale: Locale } }[]> {
  const all = await Promise.all(
    LOCALES.map(async (locale) =>
      (await build(locale)).map((p) => ({
        params: { ...p.params, lang: langParam(locale) },
        props: { ...p.props, locale },
      })),
    ),
  );
  return all.flat();
}
