import countries from "i18n-iso-countries";
import { z } from "astro/zod";
import { ISO_DATE, isRealDate } from "../lib/dates";
import { refusal } from "../lib/source-policy";

/**
 * A calendar day as a quoted string, e.g. `"2023-10-12"`.
 * Unquoted YAML dates are refused: YAML turns 2023-02-30 into 2 March without a word.
 */
export const isoDate = z
  .string({ error: 'must be a date in quotes, written "YYYY-MM-DD"' })
  .regex(ISO_DATE, 'must be a date written "YYYY-MM-DD"')
  .refine(isRealDate, { error: "is not a real calendar date" });

/** An ISO 3166-1 alpha-2 code in capitals, e.g. `"KG"`. */
export const iso2 = z
  .string({ error: "must be an ISO 3166-1 alpha-2 country code" })
  .refine((code) => /^[A-Z]{2}$/.test(code) && countries.isValid(code), {
    error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code`,
  });

/** An ISO 3166-1 alpha-3 code in capitals, e.g. `"KGZ"`. */
export const iso3 = z
  .string({ error: "must be an ISO 3166-1 alpha-3 country code" })
  .refine((code) => /^[A-Z]{3}$/.test(code) && countries.isValid(code), {
    error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-3 country code`,
  });

/** Where a fact comes from. */
export const source = z.object({
  /** Address of the page, e.g. `"https://www.icc-cpi.int/news/..."`. */
  url: z
    .url({ protocol: /^https?$/, error: "must be an http(s) address" })
    .refine((url) => refusal(url) === null, { error: (issue) => refusal(String(issue.input)) ?? "is refused" }),
  /** Title of the page or document, e.g. `"Situation in Ukraine: ICC judges issue arrest warrants..."`. */
  title: z.string().min(3),
  /** Who published it, e.g. `"International Criminal Court"`. */
  publisher: z.string().min(2),
  /** The day an editor last checked the page says what we cite it for, e.g. `"2026-11-27"`. */
  accessed: isoDate.optional(),
});
export type Source = z.infer<typeof source>;

/** One or more sources: an entry without a source is refused. */
export const sources = z.array(source, { error: "needs a list of sources" }).min(1, {
  error: "needs at least one source",
});
