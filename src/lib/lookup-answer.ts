/**
 * The lookup card's answer on its premise: whether a country was, is or will be a State Party on a day, in that day's
 * tense, with the sentences that give the answer its grounds (signed, deposited, in force, withdrawn). Before the
 * Statute existed, before it was in force, before it was in force for the state, and after: see lookup-card.ts.
 */
import { capital, nameInText } from "./country-name";
import { formatDate } from "./dates";
import type { LookupCountry } from "./lookup-card";
import { isParty, statusOn, type Status, type Tense } from "./membership";
import { STATUTE_ADOPTED, STATUTE_IN_FORCE, type DepositType } from "./treaty";

/** The verb for each way of joining, "ratified"; the instrument is named by the way itself, "its ratification". */
const JOINED: Record<DepositType, string> = {
  ratification: "ratified",
  accession: "acceded to",
  acceptance: "accepted",
  approval: "approved",
  succession: "succeeded to",
};

/** The answer's sentences, and whether the day fell between a deposit and the Statute's entry into force for it. */
export function answerFor(
  c: LookupCountry,
  day: string,
  now: string,
  tense: Tense,
  status: Status,
): { answer: string; details: string[]; pending: boolean } {
  const date = formatDate(day);
  const when = tense === "is" ? "today" : `on ${date}`;
  const past = tense === "was";
  const name = nameInText(c);
  const lead = (yes: boolean) => `${yes ? "Yes" : "No"}${tense === "will" ? ", if nothing changes" : ""}: ${when}, `;
  const be = { was: "was", is: "is", will: "will be" }[tense];
  const notBe = { was: "was not", is: "is not", will: "will not be" }[tense];
  const fmt = (d: string | null) => formatDate(d ?? "");
  const instrument = c.depositType ?? "ratification";
  const joined = JOINED[instrument];
  const inForce = c.entryIntoForce;
  const details: string[] = [];

  if (day < STATUTE_ADOPTED) {
    return {
      answer: `${lead(false)}the Rome Statute did not exist yet. It was adopted on ${formatDate(STATUTE_ADOPTED)}.`,
      details,
      pending: false,
    };
  }
  if (day < STATUTE_IN_FORCE) {
    const hasSigned = c.signed !== null && c.signed <= day;
    if (c.deposited !== null && c.deposited <= day && inForce !== null) {
      const how = hasSigned ? `signed it on ${fmt(c.signed)} and ${joined} it` : `${joined} it`;
      details.push(`${capital(name)} had ${how} on ${fmt(c.deposited)}; it became bound on ${fmt(inForce)}.`);
    } else
      details.push(
        hasSigned
          ? `${capital(name)} had signed it on ${fmt(c.signed)} but had not ratified it.`
          : `${capital(name)} had not signed it.`,
      );
    return {
      answer: `${lead(false)}the Rome Statute was not yet in force; it entered into force on ${formatDate(STATUTE_IN_FORCE)}.`,
      details,
      pending: false,
    };
  }

  // What the state did, told from the day asked about (past) or from today (today and days to come).
  const gave = past ? "had given" : "gave";
  const signed = past ? "had signed" : "signed";
  const withdrew = c.depositWithdrawn;
  const deposited = c.deposited !== null && c.deposited <= day;
  if (deposited && inForce !== null && day < inForce && (withdrew === null || withdrew > day)) {
    const enters = inForce <= now ? "entered" : "enters";
    details.push(
      withdrew !== null
        ? `It ${past ? "had " : ""}${joined} the Rome Statute on ${fmt(c.deposited)}, but withdrew its ${instrument} on ${fmt(withdrew)}, before the Statute entered into force for it.`
        : `It ${past ? "had " : ""}${joined} the Rome Statute on ${fmt(c.deposited)}, and the Statute ${enters} into force for it on ${fmt(inForce)}.`,
    );
    return { answer: `${lead(false)}${name} ${notBe} yet a State Party.`, details, pending: true };
  }

  const notice = c.withdrawalNotified;
  const due = c.withdrawalEffective === null ? "" : fmt(c.withdrawalEffective);
  let answer: string;
  switch (status) {
    case "party": {
      const becomes = tense === "will" && !isParty(statusOn(c, now));
      answer = `${lead(true)}${name} ${tense === "will" && !becomes ? "will still be" : be} a State Party to the Rome Statute.`;
      if (becomes)
        details.push(
          `It ${joined} the Rome Statute on ${fmt(c.deposited)}, and the Statute enters into force for it on ${fmt(inForce)}.`,
        );
      if (notice !== null && c.withdrawalRevoked !== null && c.withdrawalRevoked <= day)
        details.push(
          `It ${gave} notice of withdrawal on ${fmt(notice)} but withdrew that notice on ${fmt(c.withdrawalRevoked)}, before it took effect.`,
        );
      break;
    }
    case "withdrawing":
      answer = `${lead(true)}${name} ${tense === "will" ? "will still be" : be} a State Party to the Rome Statute, though withdrawing.`;
      details.push(
        `It ${gave} notice of withdrawal on ${fmt(notice)}, due to take effect on ${due}, and ${past ? "was" : "is"} bound until then.`,
      );
      if (past && c.withdrawalRevoked !== null && c.withdrawalRevoked <= now)
        details.push(
          `It withdrew that notice on ${fmt(c.withdrawalRevoked)}, before it took effect, and remained a State Party.`,
        );
      break;
    case "former_party":
      if (tense === "will" && isParty(statusOn(c, now))) {
        answer = `${lead(false)}${name} will no longer be a State Party.`;
        details.push(`It gave notice of withdrawal on ${fmt(notice)}, due to take effect on ${due}.`);
      } else {
        answer = `${lead(false)}${name} ${tense === "will" ? "will not be" : `${be} no longer`} a State Party.`;
        details.push(
          past && c.withdrawalEffective === day
            ? "Its withdrawal took effect that day."
            : `Its withdrawal ${past ? "had taken" : "took"} effect on ${due}.`,
        );
      }
      break;
    case "signatory":
      answer = `${lead(false)}${name} ${notBe} a State Party.`;
      details.push(`It ${signed} the Rome Statute on ${fmt(c.signed)} but ${past ? "had" : "has"} not ratified it.`);
      break;
    case "signature_withdrawn":
      answer = `${lead(false)}${name} ${notBe} a State Party.`;
      details.push(
        `It ${signed} the Rome Statute on ${fmt(c.signed)}, and on ${fmt(c.signatureWithdrawn)} told the UN it ${past ? "did" : "does"} not intend to become a party.`,
      );
      break;
    case "non_party":
      if (withdrew !== null && withdrew <= day) {
        answer = `${lead(false)}${name} ${notBe} a State Party.`;
        details.push(
          `It ${past ? "had " : ""}${joined} the Rome Statute on ${fmt(c.deposited)} but withdrew its ${instrument} on ${fmt(withdrew)}, before the Statute entered into force for it.`,
        );
      } else if (tense === "will") {
        answer = `${lead(false)}${name} will not be a State Party.`;
        details.push("It has not signed the Rome Statute.");
      } else
        answer = `${lead(false)}${name} ${be} not a State Party and ${past ? "had" : "has"} not signed the Rome Statute.`;
      break;
  }
  // A past day before the state joined: say what came later.
  if (past && c.deposited !== null && c.deposited > day && inForce !== null) {
    details.push(
      withdrew !== null
        ? `It ${joined} the Rome Statute later, on ${fmt(c.deposited)}, but withdrew its ${instrument} on ${fmt(withdrew)}, before the Statute entered into force for it.`
        : inForce <= now
          ? `It ${joined} the Rome Statute later, on ${fmt(c.deposited)}, and became a State Party on ${fmt(inForce)}.`
          : `It ${joined} the Rome Statute later, on ${fmt(c.deposited)}; the Statute enters into force for it on ${fmt(inForce)}.`,
    );
  }
  return { answer, details, pending: false };
}
