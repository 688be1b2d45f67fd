/**
 * The dated facts of a record that the lookup's card writes in the browser and the pages write at build time, each
 * named by its interface string (`fact.<key>`), so every edition words them from its dictionary. treaty.ts
 * re-exports them. A module of its own so that the bundler puts it in the lookup island's own chunk, not in the
 * chunks the island shares with the map and the table, which never use it.
 */
import type { ActionType, DepositType, TreatyDates } from "./treaty";

/** One dated fact of a record, in reading order: a recorded action or a date computed from one. */
export interface TreatyFact {
  /** What happened: its interface string under `fact.` (`"withdrawalNotified"` → "Withdrawal notified"). */
  key: string;
  date: string;
  /** The action this fact reports, when it is one (to find its notification number). */
  action: ActionType | null;
}

/**
 * The dated facts every page shows for a record (its page, the lookup's card, the table, the downloads),
 * with `now` deciding whether a withdrawal's effect is past ("took effect") or due.
 */
export function treatyFacts(
  d: Omit<TreatyDates, "depositType"> & { depositType?: DepositType | null },
  now: string,
): TreatyFact[] {
  const facts: TreatyFact[] = [];
  const add = (key: string, date: string | null, action: ActionType | null) => {
    if (date !== null) facts.push({ key, date, action });
  };
  add("signed", d.signed, "signature");
  add("signatureWithdrawn", d.signatureWithdrawn, "not-intending-party");
  const deposit = d.depositType ?? null;
  add(`deposit.${deposit ?? "unknown"}`, d.deposited, deposit);
  add("depositWithdrawn", d.depositWithdrawn, "instrument-withdrawn");
  if (d.depositWithdrawn === null) {
    const due = d.entryIntoForce !== null && d.entryIntoForce > now;
    add(due ? "inForce.due" : "inForce", d.entryIntoForce, null);
  }
  add("withdrawalNotified", d.withdrawalNotified, "withdrawal");
  add("withdrawalRevoked", d.withdrawalRevoked, "withdrawal-withdrawn");
  if (d.withdrawalRevoked === null && d.withdrawalEffective !== null) {
    const due = d.withdrawalEffective > now;
    add(due ? "withdrawal.due" : "withdrawal.effective", d.withdrawalEffective, null);
  }
  return facts.sort((a, b) => a.date.localeCompare(b.date));
}
