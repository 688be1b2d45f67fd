/**
 * A state's Rome Statute record as the UN Secretary-General, the depositary, keeps it: a dated list of
 * treaty actions. The dates that decide a state's status, entry into force (Article 126) and the day a
 * withdrawal takes effect (Article 127), are computed here from those actions, once, for every page.
 * Pure functions, no Astro import.
 */
import { isoDay as iso, utcDay as utc } from "./dates";
import type { MembershipRecord } from "./membership";

/** The kinds of action the depositary records, plus the Court's own Article 12(3) declarations. */
export const ACTION_TYPES = [
  "signature",
  "ratification",
  "accession",
  "acceptance",
  "approval",
  "succession",
  "instrument-withdrawn",
  "not-intending-party",
  "withdrawal",
  "withdrawal-withdrawn",
  "article-12-3",
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** The actions that make a state bound by the Statute (an instrument deposited with the Secretary-General). */
export const DEPOSIT_TYPES = ["ratification", "accession", "acceptance", "approval", "succession"] as const;
export type DepositType = (typeof DEPOSIT_TYPES)[number];

export const isDeposit = (type: ActionType): type is DepositType => (DEPOSIT_TYPES as readonly string[]).includes(type);

/** One treaty action, as `content/data/icc-states.json` records it (see `src/schemas/icc.ts`). */
export interface TreatyAction {
  type: ActionType;
  date: string;
  /** The depositary notification, e.g. `C.N.180.2026.TREATIES-XVIII.10`. */
  cn?: string | undefined;
  /** For a deposit: the day the Statute entered into force for the state, as recorded. */
  inForce?: string | undefined;
  /** For a withdrawal: the later day the notification itself names for taking effect. */
  laterDate?: string | undefined;
  /** For a withdrawal: the day it took (or takes) effect, as recorded. */
  takesEffect?: string | undefined;
  /** For an Article 12(3) declaration: what it covers. */
  scope?: string | undefined;
}

/** The day the Rome Statute was adopted in Rome: before it, there was no treaty to be a party to. */
export const STATUTE_ADOPTED = "1998-07-17";
/** The day the 60th instrument was deposited (ten states deposited together that day). */
export const SIXTIETH_DEPOSIT = "2002-04-11";
/** The day the Statute entered into force (Article 126(1)). */
export const STATUTE_IN_FORCE = "2002-07-01";

/** `day` plus `n` calendar days. */
export function addDays(day: string, n: number): string {
  const d = utc(day);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/** The first day of the month after the month `day` falls in. */
export function firstOfNextMonth(day: string): string {
  const d = utc(day);
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
}

/**
 * Article 126: for an instrument deposited up to the 60th (11 April 2002), 1 July 2002; after it,
 * "the first day of the month after the 60th day following the deposit".
 */
export function article126(deposited: string): string {
  if (deposited <= SIXTIETH_DEPOSIT) return STATUTE_IN_FORCE;
  return firstOfNextMonth(addDays(deposited, 60));
}

/**
 * Article 127(1): a withdrawal "shall take effect one year after the date of receipt of the notification,
 * unless the notification specifies a later date".
 */
export function article127(notified: string, laterDate?: string): string {
  const d = utc(notified);
  const yearOn = iso(new Date(Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate())));
  return laterDate !== undefined && laterDate > yearOn ? laterDate : yearOn;
}

/** The day the Statute entered into force for a state after this deposit. */
export function inForceAfter(action: TreatyAction): string {
  if (action.type === "succession") {
    if (action.inForce === undefined) throw new Error("a succession needs the recorded inForce day");
    return action.inForce;
  }
  return article126(action.date);
}

/** The decisive dates that follow from a state's actions (each null where there is none). */
export type TreatyDates = Omit<MembershipRecord, "iso2" | "name" | "caveat"> & {
  /** How it joined, where it deposited an instrument. */
  depositType: DepositType | null;
};

const last = (actions: readonly TreatyAction[], type: ActionType): TreatyAction | undefined =>
  actions.filter((a) => a.type === type).at(-1);

/** The decisive dates of a record, computed from its actions (sorted by date first). */
export function treatyDates(actions: readonly TreatyAction[]): TreatyDates {
  const sorted = [...actions].sort((a, b) => a.date.localeCompare(b.date));
  const deposit = sorted.filter((a) => isDeposit(a.type)).at(-1);
  const withdrawal = last(sorted, "withdrawal");
  const revocation = withdrawal
    ? sorted.find((a) => a.type === "withdrawal-withdrawn" && a.date >= withdrawal.date)
    : undefined;
  const effective = withdrawal ? article127(withdrawal.date, withdrawal.laterDate) : null;
  return {
    signed: last(sorted, "signature")?.date ?? null,
    signatureWithdrawn: last(sorted, "not-intending-party")?.date ?? null,
    deposited: deposit?.date ?? null,
    depositType: deposit && isDeposit(deposit.type) ? deposit.type : null,
    depositWithdrawn: last(sorted, "instrument-withdrawn")?.date ?? null,
    entryIntoForce: deposit ? inForceAfter(deposit) : null,
    withdrawalNotified: withdrawal?.date ?? null,
    withdrawalEffective: effective,
    withdrawalRevoked: revocation && effective !== null && revocation.date < effective ? revocation.date : null,
  };
}

/** Where the recorded dates of a record disagree with Articles 126 and 127, in words (empty when they agree). */
export function recordedDisagreements(actions: readonly TreatyAction[]): string[] {
  const out: string[] = [];
  actions.forEach((a) => {
    if (isDeposit(a.type) && a.type !== "succession" && a.inForce !== undefined && a.inForce !== article126(a.date)) {
      out.push(`${a.type} of ${a.date}: recorded inForce ${a.inForce}, Article 126 gives ${article126(a.date)}`);
    }
    if (a.type === "withdrawal" && a.takesEffect !== undefined) {
      const due = article127(a.date, a.laterDate);
      if (a.takesEffect !== due)
        out.push(`withdrawal of ${a.date}: recorded takesEffect ${a.takesEffect}, Article 127 gives ${due}`);
    }
  });
  return out;
}

/** The dated facts every page shows for a record, the lookup's card too (see lookup-text.ts). */
export { treatyFacts, type TreatyFact } from "./lookup-text";
