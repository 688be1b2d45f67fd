/**
 * The lookup card's answer on its premise: whether a country was, is or will be a State Party on a day, in that day's
 * tense, with the sentences that give the answer its grounds (signed, deposited, in force, withdrawn). Before the
 * Statute existed, before it was in force, before it was in force for the state, and after: see lookup-card.ts.
 */
import { formatDate } from "./dates";
import type { LookupCountry } from "./lookup-card";
import { isParty, statusOn, type Status, type Tense } from "./membership";
import { STATUTE_ADOPTED, STATUTE_IN_FORCE } from "./treaty";
import type { Translator } from "./translate";
import type { Locale } from "./locales";

/** The edition of a translator, for dates: its `Intl` tag's language ("en-GB" → "en"). */
export const localeOfT = (t: Translator): Locale => t.locale.slice(0, 2) as Locale;

/**
 * The answer's sentences in the edition of `t`, and whether the day fell between a deposit and the Statute's entry
 * into force for it. `name` is the country as a sentence names it ("the Netherlands" in English).
 */
export function answerFor(
  t: Translator,
  c: LookupCountry,
  name: string,
  day: string,
  now: string,
  tense: Tense,
  status: Status,
): { answer: string; details: string[]; pending: boolean } {
  const locale = localeOfT(t);
  const date = formatDate(day, locale);
  const past = tense === "was";
  const pt = past ? "was" : "is";
  const lead = (yes: boolean) => t(`card.lead.${yes ? "yes" : "no"}.${tense}`, { date });
  const fmt = (d: string | null) => (d === null ? "" : formatDate(d, locale));
  const instrumentType = c.depositType ?? "ratification";
  const inForce = c.entryIntoForce;
  const withdrew = c.depositWithdrawn;
  const v = {
    country: name,
    signed: fmt(c.signed),
    deposited: fmt(c.deposited),
    inForce: fmt(inForce),
    withdrew: fmt(withdrew),
    withdrawn: fmt(c.signatureWithdrawn),
    notice: fmt(c.withdrawalNotified),
    revoked: fmt(c.withdrawalRevoked),
    due: fmt(c.withdrawalEffective),
    joinedIt: t(`joined.${instrumentType}.it`),
    joinedStatute: t(`joined.${instrumentType}.statute`),
    instrument: t(`instrument.${instrumentType}`),
  };
  const details: string[] = [];
  const say = (key: string) => details.push(t(key, v));

  if (day < STATUTE_ADOPTED) {
    return {
      answer: lead(false) + t("card.answer.noStatute", { adopted: formatDate(STATUTE_ADOPTED, locale) }),
      details,
      pending: false,
    };
  }
  if (day < STATUTE_IN_FORCE) {
    const hasSigned = c.signed !== null && c.signed <= day;
    if (c.deposited !== null && c.deposited <= day && inForce !== null)
      say(`card.detail.preForce.${hasSigned ? "signedAndJoined" : "joined"}`);
    else say(`card.detail.preForce.${hasSigned ? "signedOnly" : "notSigned"}`);
    return {
      answer: lead(false) + t("card.answer.notInForce", { inForce: formatDate(STATUTE_IN_FORCE, locale) }),
      details,
      pending: false,
    };
  }

  // What the state did, told from the day asked about (past) or from today (today and days to come).
  const deposited = c.deposited !== null && c.deposited <= day;
  if (deposited && inForce !== null && day < inForce && (withdrew === null || withdrew > day)) {
    say(
      withdrew !== null
        ? `card.detail.withdrewBeforeForce.${pt}`
        : past && inForce <= now
          ? "card.detail.enteredIntoForce.was"
          : `card.detail.entersIntoForce.${pt}`,
    );
    return { answer: lead(false) + t(`card.answer.pending.${tense}`, v), details, pending: true };
  }

  let answer: string;
  switch (status) {
    case "party": {
      const becomes = tense === "will" && !isParty(statusOn(c, now));
      answer = lead(true) + t(`card.answer.party.${tense === "will" && !becomes ? "willStill" : tense}`, v);
      if (becomes) say("card.detail.entersIntoForce.is");
      if (c.withdrawalNotified !== null && c.withdrawalRevoked !== null && c.withdrawalRevoked <= day)
        say(`card.detail.party.revoked.${pt}`);
      break;
    }
    case "withdrawing":
      answer = lead(true) + t(`card.answer.withdrawing.${tense}`, v);
      say(`card.detail.withdrawing.${pt}`);
      if (past && c.withdrawalRevoked !== null && c.withdrawalRevoked <= now)
        say("card.detail.withdrawing.revokedLater");
      break;
    case "former_party":
      if (tense === "will" && isParty(statusOn(c, now))) {
        answer = lead(false) + t("card.answer.former.willNoLonger", v);
        say("card.detail.former.due");
      } else {
        answer = lead(false) + t(`card.answer.former.${tense}`, v);
        say(
          past && c.withdrawalEffective === day ? "card.detail.former.thatDay" : `card.detail.former.tookEffect.${pt}`,
        );
      }
      break;
    case "signatory":
      answer = lead(false) + t(`card.answer.notParty.${tense}`, v);
      say(`card.detail.signatory.${pt}`);
      break;
    case "signature_withdrawn":
      answer = lead(false) + t(`card.answer.notParty.${tense}`, v);
      say(`card.detail.signatureWithdrawn.${pt}`);
      break;
    case "non_party":
      if (withdrew !== null && withdrew <= day) {
        answer = lead(false) + t(`card.answer.notParty.${tense}`, v);
        say(`card.detail.nonParty.withdrewBeforeForce.${pt}`);
      } else if (tense === "will") {
        answer = lead(false) + t("card.answer.notParty.will", v);
        say("card.detail.nonParty.notSigned");
      } else answer = lead(false) + t(`card.answer.nonParty.${tense}`, v);
      break;
  }
  // A past day before the state joined: say what came later.
  if (past && c.deposited !== null && c.deposited > day && inForce !== null)
    say(`card.detail.later.${withdrew !== null ? "withdrew" : inForce <= now ? "became" : "enters"}`);
  return { answer, details, pending: false };
}
