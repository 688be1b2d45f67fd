import { z } from "astro/zod";
import { iso2, iso3, isoDate, sources } from "./common";

/** A declaration accepting the Court's jurisdiction under Article 12(3). */
const art12_3 = z.object({
  /** The day it was lodged with the Registrar, e.g. `"2014-04-17"`. */
  lodged: isoDate,
  /** The period or events it covers, e.g. `"21 November 2013 to 22 February 2014"`. */
  scope: z.string().min(3),
});

/**
 * One state's record of Rome Statute actions. The status on any day follows
 * from the dates (see `src/lib/membership.ts`); no status label is stored.
 */
export const iccState = z
  .object({
    /** ISO 3166-1 alpha-2 code, e.g. `"KG"`. */
    iso2,
    /** ISO 3166-1 alpha-3 code, e.g. `"KGZ"`. */
    iso3,
    /** The name the ICC and the UN Treaty Collection use, e.g. `"Kyrgyzstan"`. */
    name: z.string().min(2),
    /** True for a UN member state. */
    un: z.boolean(),
    /** Day it signed the Statute, e.g. `"1998-12-08"`, or null. */
    signed: isoDate.nullable(),
    /** Day it told the UN Secretary-General it does not intend to become a party, or null. */
    signatureWithdrawn: isoDate.nullable(),
    /** Day it deposited its instrument of ratification or accession, or null. */
    deposited: isoDate.nullable(),
    /** How it joined: `"ratification"` (after signing), `"accession"` or `"succession"`; may be known when the day is not. */
    depositKind: z.enum(["ratification", "accession", "succession"]).nullable(),
    /** Day it withdrew that instrument before the Statute entered into force for it (Malaysia), or null. */
    depositWithdrawn: isoDate.nullable(),
    /** Day the Statute entered into force for it, e.g. `"2002-07-01"`, or null. */
    entryIntoForce: isoDate.nullable(),
    /**
     * A day by which sources show it was a State Party, where the day the Statute entered into force
     * for it is not confirmed (say why in notes), e.g. `"2002-09-01"`; otherwise null.
     */
    partyBy: isoDate.nullable(),
    /** Day the UN Secretary-General received its notice of withdrawal (Article 127), or null. */
    withdrawalNotified: isoDate.nullable(),
    /** Day the withdrawal took, or is due to take, effect, or null. */
    withdrawalEffective: isoDate.nullable(),
    /** Day the notice of withdrawal was revoked before taking effect, or null. */
    withdrawalRevoked: isoDate.nullable(),
    /** Declarations accepting jurisdiction under Article 12(3). */
    art12_3: z.array(art12_3),
    /** Plain words on anything unusual, uncertain, or where sources disagree. */
    notes: z.string(),
    /**
     * One sentence shown wherever the status is shown, when a date that decides it is unconfirmed,
     * e.g. `"Whether the withdrawal took effect on 2 June 2026 is unconfirmed."`; omit otherwise.
     */
    caveat: z.string().min(10).optional(),
    /** Where the dates come from (at least one). */
    sources,
  })
  .superRefine((s, ctx) => {
    const order = (a: keyof typeof s, b: keyof typeof s, message: string) => {
      const x = s[a];
      const y = s[b];
      if (typeof x === "string" && typeof y === "string" && y < x) {
        ctx.addIssue({ code: "custom", path: [b], message });
      }
    };
    order("deposited", "entryIntoForce", "is before the instrument was deposited");
    order("signed", "signatureWithdrawn", "is before the signature");
    order("withdrawalNotified", "withdrawalEffective", "is before the notice of withdrawal");
    order("withdrawalNotified", "withdrawalRevoked", "is before the notice of withdrawal");
    if (s.deposited !== null && s.depositKind === null) {
      ctx.addIssue({
        code: "custom",
        path: ["depositKind"],
        message: "must say how the instrument deposited was made",
      });
    }
    if (s.withdrawalNotified !== null && s.entryIntoForce === null && s.partyBy === null) {
      ctx.addIssue({
        code: "custom",
        path: ["withdrawalNotified"],
        message: "needs an entryIntoForce (or partyBy): only a party can withdraw",
      });
    }
    if (s.partyBy !== null && s.entryIntoForce !== null) {
      ctx.addIssue({
        code: "custom",
        path: ["partyBy"],
        message: "is only for records whose entryIntoForce is unknown",
      });
    }
    if (s.withdrawalNotified !== null && s.withdrawalEffective === null && s.withdrawalRevoked === null) {
      ctx.addIssue({ code: "custom", path: ["withdrawalEffective"], message: "is needed with withdrawalNotified" });
    }
  });
export type IccState = z.infer<typeof iccState>;
