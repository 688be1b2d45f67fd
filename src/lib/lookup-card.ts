/**
 * What the lookup's result card says about a country on a day, as plain data the island renders as text: the question
 * restated, the answer in the tense of that day and on its premise (before the Statute existed, before it was in
 * force, before it was in force for that state, before the warrant, today, or "if nothing changes" for a day still to
 * come), what the answer meant for the warrant, and what Putin did there that day.
 */
import { capital, formalName, nameInText } from "./country-name";
import { formatDate, formatSpan } from "./dates";
import {
  STATUS_PHRASE,
  isParty,
  statusOn,
  warrantDuty,
  type MembershipRecord,
  type Status,
  type Tense,
} from "./membership";
import { STATUTE_ADOPTED, STATUTE_IN_FORCE, treatyFacts, type DepositType } from "./treaty";
import * as routes from "./routes";
import { PUTIN_COUNTRY, WARRANT_ISSUED } from "./story";

/** A timeline event the card links to. */
export interface LookupEvent {
  id: string;
  start: string;
  end: string;
  title: string;
}

/** A visit to occupied territory (a `war` event of the timeline), told to the countries it concerns. */
export interface LookupOccupation extends LookupEvent {
  countries: string[];
}

/** A trip as the lookup knows it. */
export interface LookupTrip {
  id: string;
  iso2: string;
  start: string;
  end: string;
  cities: string[];
  status: "made" | "skipped" | "announced";
  sinceWarrant: boolean;
  /** Set on the first trip made since the warrant (`trip`) and the first to a State Party (`party`). */
  first?: "trip" | "party" | undefined;
  /** Court events that followed the visit and concern it, e.g. a finding that the host failed to arrest him. */
  later?: LookupEvent[] | undefined;
}

export interface LookupCountry extends MembershipRecord {
  slug: string;
  depositType: DepositType | null;
  /** The UN's name, where it differs from the common `name`. */
  unName?: string | undefined;
}

export interface Link {
  text: string;
  href: string;
}

export interface Card {
  iso2: string;
  status: Status;
  name: string;
  /** The UN's name beside the common one, where they differ. */
  unName: string | null;
  /** The question, restated: "Was Mongolia a State Party on 2 September 2024?" */
  question: string;
  /** The answer's first sentence, starting "Yes" or "No". */
  answer: string;
  /** Sentences that give the answer its grounds (dates signed, notices, entry into force). */
  details: string[];
  /** What the answer meant for the warrant, in the day's tense. */
  duty: string;
  /** What Putin did in the country that day, if the record has him there, and what followed. */
  onTheDay: { text: string; link: Link; later: Link[] } | null;
  facts: { label: string; value: string }[];
  visitsIntro: string;
  visits: Link[];
  /** Visits to occupied territory that concern the country (Ukraine's, Russia's). */
  occupied: Link[];
  /** The link to the country's page. */
  more: Link;
  /** Shown beside the answer when a date that decides it is unconfirmed. */
  caveat: string | null;
}

/** The verb for each way of joining, "ratified"; the instrument is named by the way itself, "its ratification". */
const JOINED: Record<DepositType, string> = {
  ratification: "ratified",
  accession: "acceded to",
  acceptance: "accepted",
  approval: "approved",
  succession: "succeeded to",
};

/** The card for `country` on `day`, given `now` (today), the trips, and the visits to occupied territory. */
export function buildCard(
  country: LookupCountry,
  day: string,
  now: string,
  trips: readonly LookupTrip[],
  occupied: readonly LookupOccupation[] = [],
): Card {
  const tense: Tense = day < now ? "was" : day === now ? "is" : "will";
  const { iso2 } = country;
  const name = nameInText(country);
  const status = statusOn(country, day);
  const date = formatDate(day);
  const { answer, details, pending } = answerFor(country, day, now, tense, status);
  const duty =
    day < WARRANT_ISSUED
      ? `There was no ICC warrant for Putin yet: it was issued on ${formatDate(WARRANT_ISSUED)}, so ${name} had no duty concerning him.`
      : pending
        ? `${tense === "will" ? "If nothing changes, it will not yet be" : `It ${tense} not yet`} bound to arrest Putin: its duties ${tense === "was" ? "began only once the Statute entered" : "begin only once the Statute enters"} into force for it.`
        : warrantDuty(status, tense);
  const mine = trips.filter((t) => t.iso2 === iso2 && t.status === "made");
  const visits = mine
    .filter((t) => t.sinceWarrant)
    .map((t) => ({
      text: `${formatSpan(t.start, t.end)}, ${t.cities.join(", ")}: ${name} was then ${STATUS_PHRASE[statusOn(country, t.start)]}.`,
      href: routes.event(t.id),
    }));
  const elsewhere = occupied.filter((o) => o.countries.includes(iso2));
  return {
    iso2,
    status,
    name: country.name,
    unName: formalName(country),
    question:
      tense === "was"
        ? `Was ${name} a State Party on ${date}?`
        : tense === "is"
          ? `Is ${name} a State Party today?`
          : `Will ${name} be a State Party on ${date}?`,
    answer,
    details,
    duty,
    onTheDay: onTheDay(country, day, tense, status, mine, elsewhere),
    facts: treatyFacts(country, now).map((f) => ({ label: f.label, value: formatDate(f.date) })),
    visitsIntro: visitsIntro(iso2, name, visits.length),
    visits,
    occupied: elsewhere.map((o) => ({ text: `${formatSpan(o.start, o.end)}: ${o.title}`, href: routes.event(o.id) })),
    more: { text: `Everything about ${name}`, href: routes.country(country.slug) },
    caveat: country.caveat ?? null,
  };
}

/** The line above a country's list of Putin's visits (its page and the card say the same); `name` as in a sentence. */
export function visitsIntro(iso2: string, name: string, count: number, since = " since the warrant"): string {
  if (iso2 === PUTIN_COUNTRY)
    return `${capital(name)} is Putin's own country: the trips this site records are foreign ones.`;
  return count === 0
    ? `This site records no foreign trip by Putin to ${name}${since}.`
    : `Putin's foreign trips to ${name}${since}:`;
}

/** The answer's sentences, and whether the day fell between a deposit and the Statute's entry into force for it. */
function answerFor(
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

/** Putin's visit on the day, if the record has one (a trip made, or a visit to occupied territory), and what followed. */
function onTheDay(
  c: LookupCountry,
  day: string,
  tense: Tense,
  status: Status,
  trips: readonly LookupTrip[],
  occupied: readonly LookupOccupation[],
): Card["onTheDay"] {
  const that = tense === "is" ? "today" : "that day";
  const name = nameInText(c);
  const on = (e: { start: string; end: string }) => e.start <= day && day <= e.end;
  const trip = trips.find(on);
  if (trip) {
    const where = trip.cities.join(" and ");
    const span = formatSpan(trip.start, trip.end);
    const first =
      trip.first === "trip"
        ? ", his first foreign trip since the warrant"
        : trip.first === "party"
          ? ", his first to a State Party since the warrant"
          : "";
    const visit =
      trip.start === trip.end
        ? `Putin visited ${where} ${that}${first}.`
        : day === trip.start
          ? `Putin arrived in ${name} ${that} for a visit to ${where} (${span})${first}.`
          : `Putin was in ${name} ${that}, on a visit to ${where} (${span})${first}.`;
    const arrest = day >= WARRANT_ISSUED && isParty(status) ? ` ${capital(name)} did not arrest him.` : "";
    return {
      text: `${visit}${arrest}`,
      link: { text: `The trip on the timeline`, href: routes.event(trip.id) },
      later: (trip.later ?? []).map((e) => ({ text: `${formatDate(e.start)}: ${e.title}`, href: routes.event(e.id) })),
    };
  }
  const visit = occupied.find(on);
  return visit
    ? {
        text: `Putin was in occupied territory ${that}.`,
        link: { text: visit.title, href: routes.event(visit.id) },
        later: [],
      }
    : null;
}
