/**
 * The types of the content's records as the site uses them, made from the schemas' own types (never copied): pages
 * get them from the collections (src/data/content.ts), tests from the same files parsed by the same schemas.
 */
import type { IccState } from "../schemas/icc";
import type { WithCommonName } from "./country-name";
import type { TreatyDates } from "./treaty";

/**
 * What an edition other than the English adds to a record whose `name` (and `unName`) it gives in its own language:
 * the English names, which the page's address follows, and whether the reader's note is translated.
 */
export interface EditionNames {
  enName?: string;
  enUnName?: string;
  /** `missing`: the note and caveat are the English ones; `stale`: translated, but the English has changed since. */
  noteState?: "current" | "stale" | "missing";
  /** "en": the declarations' scopes are the English ones, the edition having no words for them yet. */
  scopesLang?: "en";
}

/** An ICC record as pages get it: the stored record under its common name, and the dates computed from its actions. */
export type StateRecord = WithCommonName<IccState> & TreatyDates & EditionNames;
