/**
 * A country's names and addresses. Pages show the common name a reader expects (the record's `shortName`, else the
 * UN's name) with the UN's name beside it where the two differ; the page's address follows the common name, and the
 * addresses it had before (the slug of the UN's name) and its alpha-2 code redirect to it. Pure, no Astro import.
 */
import { slugify } from "./slug";

/** The naming fields of an ICC record as `content/data/icc-states.json` holds them. */
export interface StoredNames {
  iso2: string;
  /** The UN Treaty Collection's name, e.g. "Bolivia (Plurinational State of)". */
  name: string;
  /** The common name, where it differs, e.g. "Bolivia". */
  shortName?: string | undefined;
}

/** A record as pages get it: `name` is the common name, `unName` the UN's (the same string where they agree). */
export type WithCommonName<T extends StoredNames> = Omit<T, "name" | "shortName"> & { name: string; unName: string };

/** The record with `name` set to the common name and the UN's kept as `unName`. */
export function withCommonName<T extends StoredNames>(record: T): WithCommonName<T> {
  const { shortName, ...rest } = record;
  return { ...rest, name: shortName ?? record.name, unName: record.name } as WithCommonName<T>;
}

/**
 * Countries whose common name takes "the" inside a sentence ("Was the United States a State Party…?"), by alpha-2
 * code. Headings, tables and labels show the name alone.
 */
const WITH_THE = new Set(["BS", "CF", "CK", "DO", "GB", "GM", "KM", "AE", "MH", "MV", "NL", "PH", "SB", "US", "VA"]);

/** The name as a sentence uses it: "the Netherlands", "Kyrgyzstan". */
export const nameInText = (state: { iso2: string; name: string }): string =>
  WITH_THE.has(state.iso2) ? `the ${state.name}` : state.name;

/** A sentence's first word given its capital: "the Netherlands is …" → "The Netherlands is …". */
export const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The UN's name where it differs from the common name, to show beside it; null where they are the same. */
export function formalName(state: { name: string; unName?: string | undefined }): string | null {
  return state.unName === undefined || state.unName === state.name ? null : state.unName;
}

/**
 * The slug of the country's page, from its English common name: "Russia" → "russia" (/countries/russia/), in every
 * edition (/ru/countries/russia/): an edition's record keeps the English names as `enName` and `enUnName`.
 */
export const countrySlug = (state: { name: string; enName?: string | undefined }): string =>
  slugify(state.enName ?? state.name);

/**
 * The other slugs that lead to the country's page: its alpha-2 code (/countries/ru/) and the slug of its UN name
 * where that differs (/countries/russian-federation/, the address the page had before common names).
 */
export function redirectSlugs(state: {
  iso2: string;
  name: string;
  unName: string;
  enName?: string | undefined;
  enUnName?: string | undefined;
}): string[] {
  const slug = countrySlug(state);
  return [...new Set([state.iso2.toLowerCase(), slugify(state.enUnName ?? state.unName)])].filter((s) => s !== slug);
}
