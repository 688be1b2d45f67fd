import { z } from "astro/zod";
import { ACTION_TYPES, article126, article127, isDeposit } from "../lib/treaty";
import { iso2, iso3, isoDate, sources } from "./common";

/**
 * A depositary notification number, e.g. `"C.N.180.2026.TREATIES-XVIII.10"`; notifications before about 2013
 * end in a running batch number instead, e.g. `"C.N.612.2008.TREATIES-6"`.
 */
const cn = z.string().regex(/^C\.N\.\d{1,4}\.\d{4}\.TREATIES-(XVIII\.10|\d{1,3})$/, {
  error: 'must read like "C.N.180.2026.TREATIES-XVIII.10" or "C.N.612.2008.TREATIES-6"',
});

/** One treaty action, as the UN Secretary-General records it (or, for `article-12-3`, the Court's Registrar). */
export const treatyAction = z
  .object({
    /**
     * What was done, e.g. `"ratification"`: `signature`; an instrument of `ratification`, `accession`,
     * `acceptance`, `approval` or `succession` deposited; `instrument-withdrawn` (an instrument taken back
     * before the Statute entered into force for the state); `not-intending-party` (a signatory's notice that it
     * does not intend to become a party); `withdrawal` (notification under Article 127);
     * `withdrawal-withdrawn` (that notification withdrawn before it took effect); `article-12-3` (a
     * declaration accepting the Court's jurisdiction).
     */
    type: z.enum(ACTION_TYPES, { error: `must be one of ${ACTION_TYPES.join(", ")}` }),
    /** The day of the action as the depositary records it (for a notification, the day it was received), e.g. `"2026-05-29"`. */
    date: isoDate,
    /** The depositary notification that reports it, where there is one, e.g. `"C.N.180.2026.TREATIES-XVIII.10"`. */
    cn: cn.optional(),
    /** Address of the record's source that shows this action (one of the record's `sources`). */
    source: z.url({ protocol: /^https?$/, error: "must be the http(s) address of one of the record's sources" }),
    /** Deposits only: the day the Statute entered into force for the state as recorded, e.g. `"2002-07-01"`; checked against Article 126 (required for a succession). */
    inForce: isoDate.optional(),
    /** Withdrawals only: a later day named in the notification itself, e.g. `"2019-03-17"`. */
    laterDate: isoDate.optional(),
    /** Withdrawals only: the day it took or takes effect as recorded, e.g. `"2017-10-27"`; checked against Article 127. */
    takesEffect: isoDate.optional(),
    /** Article 12(3) declarations only: what it covers, e.g. `"Alleged crimes on its territory since 20 February 2014"`. */
    scope: z.string().min(3).optional(),
  })
  .superRefine((a, ctx) => {
    const only = (field: "inForce" | "laterDate" | "takesEffect" | "scope", allowed: boolean, who: string) => {
      if (a[field] !== undefined && !allowed)
        ctx.addIssue({ code: "custom", path: [field], message: `is only for ${who}` });
    };
    only("inForce", isDeposit(a.type), "a deposit (ratification, accession, acceptance, approval, succession)");
    only("laterDate", a.type === "withdrawal", "a withdrawal");
    only("takesEffect", a.type === "withdrawal", "a withdrawal");
    only("scope", a.type === "article-12-3", "an article-12-3 declaration");
    if (a.type === "article-12-3" && a.scope === undefined) {
      ctx.addIssue({ code: "custom", path: ["scope"], message: "must say what the declaration covers" });
    }
    if (a.type === "succession" && a.inForce === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["inForce"],
        message: "is needed for a succession (Article 126 does not decide it)",
      });
    }
    if (isDeposit(a.type) && a.type !== "succession" && a.inForce !== undefined && a.inForce !== article126(a.date)) {
      ctx.addIssue({
        code: "custom",
        path: ["inForce"],
        message: `is ${a.inForce}, but Article 126 gives ${article126(a.date)} for a deposit on ${a.date}`,
      });
    }
    if (a.type === "withdrawal" && a.takesEffect !== undefined && a.takesEffect !== article127(a.date, a.laterDate)) {
      ctx.addIssue({
        code: "custom",
        path: ["takesEffect"],
        message: `is ${a.takesEffect}, but Article 127 gives ${article127(a.date, a.laterDate)} for a notification received on ${a.date}`,
      });
    }
  });
export type TreatyActionData = z.infer<typeof treatyAction>;

/**
 * One state's record of Rome Statute actions. Its status on any day follows from the actions
 * (see `src/lib/treaty.ts` and `src/lib/membership.ts`); no status or derived date is stored.
 */
export const iccState = z
  .object({
    /** ISO 3166-1 alpha-2 code, e.g. `"KG"`. */
    iso2,
    /** ISO 3166-1 alpha-3 code, e.g. `"KGZ"`. */
    iso3,
    /** The name the UN Treaty Collection uses, e.g. `"Bolivia (Plurinational State of)"`. */
    name: z.string().min(2),
    /**
     * The common name readers expect, where it differs from `name`, e.g. `"Bolivia"` or `"Russia"`: headings, the
     * table, the lookup, share cards and the page's address (/countries/bolivia/) use it, with `name` beside it.
     * Omit it when the UN's name is the one readers use (`"Kyrgyzstan"`).
     */
    shortName: z.string().min(2).optional(),
    /** True for a UN member state. */
    un: z.boolean(),
    /** Every treaty action, oldest first; empty for a state that took none. */
    actions: z.array(treatyAction),
    /** What a reader should know beyond the dates, in plain sentences; rendered on the country page. Empty when there is nothing to add. */
    note: z.string(),
    /** Research notes, doubts and to-dos for editors: never rendered, never published. */
    editorNote: z.string().optional(),
    /**
     * One sentence shown wherever the status is shown, when a date that decides it is uncertain,
     * e.g. `"Sources disagree on the day the notice was received."`; omit otherwise.
     */
    caveat: z.string().min(10).optional(),
    /** Where the actions come from (at least one); every action's `source` is one of these. */
    sources,
  })
  .superRefine((s, ctx) => {
    if (s.shortName === s.name) {
      ctx.addIssue({ code: "custom", path: ["shortName"], message: "is the same as name: leave it out" });
    }
    const urls = new Set(s.sources.map((x) => x.url));
    s.actions.forEach((a, i) => {
      if (!urls.has(a.source)) {
        ctx.addIssue({ code: "custom", path: ["actions", i, "source"], message: "is not one of the record's sources" });
      }
      const prev = s.actions[i - 1];
      if (prev && a.date < prev.date) {
        ctx.addIssue({
          code: "custom",
          path: ["actions", i, "date"],
          message: "is before the action above it (keep them in date order)",
        });
      }
    });
    const deposits = s.actions.filter((a) => isDeposit(a.type));
    if (deposits.length > 1) {
      ctx.addIssue({ code: "custom", path: ["actions"], message: "has more than one instrument deposited" });
    }
    const types = s.actions.map((a) => a.type);
    const need = (type: string, before: string[], message: string) => {
      const i = types.indexOf(type as (typeof types)[number]);
      if (i >= 0 && !types.slice(0, i).some((t) => before.includes(t))) {
        ctx.addIssue({ code: "custom", path: ["actions", i, "type"], message });
      }
    };
    need("not-intending-party", ["signature"], "needs a signature before it");
    need(
      "instrument-withdrawn",
      ["ratification", "accession", "acceptance", "approval"],
      "needs an instrument deposited before it",
    );
    need(
      "withdrawal",
      ["ratification", "accession", "acceptance", "approval", "succession"],
      "needs an instrument deposited before it: only a party can withdraw",
    );
    need("withdrawal-withdrawn", ["withdrawal"], "needs a withdrawal before it");
  });
export type IccState = z.infer<typeof iccState>;
