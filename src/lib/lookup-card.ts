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
import { treatyFacts, type DepositType } from "./treaty";
import { answerFor } from "./lookup-answer";
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
