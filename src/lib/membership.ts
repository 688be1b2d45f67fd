/**
 * Membership of the Rome Statute on any day, derived from the dates in a
 * state's record. Pure functions: the content collection is passed in.
 */

/**
 * The decisive dates of one state's Rome Statute record (`YYYY-MM-DD` or null), as `treatyDates()` in
 * `treaty.ts` computes them from the depositary's actions.
 */
export interface MembershipRecord {
  iso2: string;
  name: string;
  signed: string | null;
  signatureWithdrawn: string | null;
  deposited: string | null;
  depositWithdrawn: string | null;
  entryIntoForce: string | null;
  /** A sentence to show beside the status when a deciding date is uncertain. */
  caveat?: string | undefined;
  withdrawalNotified: string | null;
  withdrawalEffective: string | null;
  withdrawalRevoked: string | null;
}

export const STATUSES = [
  "party",
  "withdrawing",
  "former_party",
  "signatory",
  "signature_withdrawn",
  "non_party",
] as const;
/** Where a state stands on a given day. `withdrawing` is still a party until its withdrawal takes effect. */
export type Status = (typeof STATUSES)[number];

/**
 * The status a string names (a `data-*` attribute, a class, a file's field), or null for any other value: the
 * checked way to read a status back from text, instead of a cast.
 */
export function parseStatus(value: string | null | undefined): Status | null {
  return STATUSES.find((s) => s === value) ?? null;
}

const onOrAfter = (day: string, event: string | null): event is string => event !== null && day >= event;

/** The state's status at the end of `day` (`YYYY-MM-DD`). */
export function statusOn(state: MembershipRecord, day: string): Status {
  const inForce = state.entryIntoForce;
  const joined = onOrAfter(day, inForce) && !(state.depositWithdrawn !== null && state.depositWithdrawn <= inForce);
  if (joined) {
    if (onOrAfter(day, state.withdrawalNotified)) {
      const revoked =
        state.withdrawalRevoked !== null &&
        (state.withdrawalEffective === null || state.withdrawalRevoked < state.withdrawalEffective);
      if (revoked && onOrAfter(day, state.withdrawalRevoked)) return "party";
      if (!revoked && onOrAfter(day, state.withdrawalEffective)) return "former_party";
      return "withdrawing";
    }
    return "party";
  }
  if (onOrAfter(day, state.signed)) {
    return onOrAfter(day, state.signatureWithdrawn) ? "signature_withdrawn" : "signatory";
  }
  return "non_party";
}

/** True for the two statuses that carry a party's duties (a withdrawing state is still bound). */
export const isParty = (status: Status): boolean => status === "party" || status === "withdrawing";

/** The States Parties on `day`, in the order given. */
export function partiesOn<T extends MembershipRecord>(states: readonly T[], day: string): T[] {
  return states.filter((s) => isParty(statusOn(s, day)));
}

/** A day on which the number of States Parties changed, and why. */
export interface CountChange {
  date: string;
  count: number;
  joined: string[];
  left: string[];
  /** Caveats of the states that joined or left that day (unconfirmed dates). */
  caveats: string[];
}

/** The day before `day` (`YYYY-MM-DD`). */
export function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Every day after `from` and up to `to` on which the count of States Parties changed. */
export function countChanges(states: readonly MembershipRecord[], from: string, to: string): CountChange[] {
  const days = new Set<string>();
  for (const s of states) {
    for (const d of [s.entryIntoForce, s.withdrawalEffective]) {
      if (d !== null && d > from && d <= to) days.add(d);
    }
  }
  const changes: CountChange[] = [];
  for (const date of [...days].sort()) {
    const before = dayBefore(date);
    const joined = states.filter((s) => !isParty(statusOn(s, before)) && isParty(statusOn(s, date)));
    const left = states.filter((s) => isParty(statusOn(s, before)) && !isParty(statusOn(s, date)));
    if (joined.length + left.length === 0) continue;
    changes.push({
      date,
      count: partiesOn(states, date).length,
      joined: joined.map((s) => s.name),
      left: left.map((s) => s.name),
      caveats: [...joined, ...left].flatMap((s) => (s.caveat === undefined ? [] : [s.caveat])),
    });
  }
  return changes;
}

/** The tense of a sentence about a day: past (`was`), today (`is`) or a day still to come (`will`). */
export type Tense = "is" | "was" | "will";
