/**
 * The words about a record that the lookup's card writes in the browser and the pages write at build time: a status
 * as a phrase, what it means for the warrant, and the dated facts. membership.ts and treaty.ts re-export them, so
 * pages import them from there. They are a module of their own so that the bundler puts them in the lookup island's
 * own chunk, beside the card's other sentences (gzip compresses them together), not in the chunks the island shares
 * with the map and the table, which never use them.
 */
import type { Status, Tense } from "./membership";
import type { ActionType, DepositType, TreatyDates } from "./treaty";

/** The status as a noun phrase for "Kyrgyzstan was then …": "a signatory, not a party". */
export const STATUS_PHRASE: Record<Status, string> = {
  party: "a State Party",
  withdrawing: "a State Party, though withdrawing",
  former_party: "a former State Party",
  signatory: "a signatory, not a party",
  signature_withdrawn: "not a party, having told the UN it will not become one",
  non_party: "not a party",
};

/**
 * What a status means for the arrest warrant, as a sentence about "it" (the state) in the tense of the day asked
 * about. `will` sentences start "If nothing changes": a status still to come is never stated as fact.
 */
export function warrantDuty(status: Status, tense: Tense = "is"): string {
  const will = tense === "will";
  const it = will ? "If nothing changes, it" : "It";
  const not = { is: "is not", was: "was not", will: "will not be" }[tense];
  switch (status) {
    case "party":
    case "withdrawing":
      return `${will ? "If nothing changes, as a State Party it" : "As a State Party, it"} ${{ is: "must", was: "had to", will: "will have to" }[tense]} arrest Putin if he ${tense === "was" ? "entered" : "enters"} its territory and surrender him to the Court (Articles 86 and 89).`;
    case "former_party":
      return `${it} ${will ? "will not be" : `${tense} no longer`} bound by the Statute's duty to arrest for conduct after its withdrawal took effect.`;
    case "signatory":
      return `${it} ${not} bound to arrest Putin: a signature alone creates no duty to carry out the Court's warrants.`;
    case "signature_withdrawn":
    case "non_party":
      return `${it} ${not} bound to arrest Putin: the Rome Statute's duties fall on its States Parties.`;
  }
}

/** The word for a deposit, as a fact's label. */
const DEPOSIT_LABEL: Record<DepositType, string> = {
  ratification: "Ratified",
  accession: "Acceded",
  acceptance: "Accepted",
  approval: "Approved",
  succession: "Succeeded to the Statute",
};

/** One dated fact of a record, in reading order: a recorded action or a date computed from one. */
export interface TreatyFact {
  /** What happened, in a few words, e.g. `"Withdrawal notified"`. */
  label: string;
  /** Its interface string, under `fact.`: `"withdrawalNotified"`. */
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
  const add = (label: string, key: string, date: string | null, action: ActionType | null) => {
    if (date !== null) facts.push({ label, key, date, action });
  };
  add("Signed", "signed", d.signed, "signature");
  add(
    "Told the UN it does not intend to become a party",
    "signatureWithdrawn",
    d.signatureWithdrawn,
    "not-intending-party",
  );
  const deposit = d.depositType ?? null;
  add(
    deposit === null ? "Ratified or acceded" : DEPOSIT_LABEL[deposit],
    `deposit.${deposit ?? "unknown"}`,
    d.deposited,
    deposit,
  );
  add(
    "Withdrew its instrument before the Statute entered into force for it",
    "depositWithdrawn",
    d.depositWithdrawn,
    "instrument-withdrawn",
  );
  if (d.depositWithdrawn === null) {
    const due = d.entryIntoForce !== null && d.entryIntoForce > now;
    add(
      due ? "Statute due to enter into force for it" : "Statute in force for it",
      due ? "inForce.due" : "inForce",
      d.entryIntoForce,
      null,
    );
  }
  add("Withdrawal notified", "withdrawalNotified", d.withdrawalNotified, "withdrawal");
  add("Withdrawal notification withdrawn", "withdrawalRevoked", d.withdrawalRevoked, "withdrawal-withdrawn");
  if (d.withdrawalRevoked === null && d.withdrawalEffective !== null) {
    const due = d.withdrawalEffective > now;
    add(
      due ? "Withdrawal due to take effect" : "Withdrawal took effect",
      due ? "withdrawal.due" : "withdrawal.effective",
      d.withdrawalEffective,
      null,
    );
  }
  return facts.sort((a, b) => a.date.localeCompare(b.date));
}
