/**
 * What the lookup's result card says about a country on a day, as plain data the island renders as text: the question
 * restated, the answer in the tense of that day and on its premise (before the Statute existed, before it was in
 * force, before it was in force for that state, before the warrant, today, or "if nothing changes" for a day still to
 * come), what the answer meant for the warrant, and what Putin did there that day.
 */
import { formalName } from "./country-name";
import { dutySentence, statusPhrase, textName, visitsLine } from "./country-text";
import { formatDate, formatSpan } from "./dates";
import { isParty, statusOn, type MembershipRecord, type Status, type Tense } from "./membership";
import { treatyFacts, type DepositType } from "./treaty";
import { answerFor, localeOfT } from "./lookup-answer";
import * as routes from "./routes";
import type { Translator } from "./translate";
import { WARRANT_ISSUED } from "./story";

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

/**
 * The card for `country` on `day`, given `now` (today), the trips, and the visits to occupied territory, in the
 * edition of `t` (its dates too); `country.name` is the edition's name.
 */
export function buildCard(
  t: Translator,
  country: LookupCountry,
  day: string,
  now: string,
  trips: readonly LookupTrip[],
  occupied: readonly LookupOccupation[] = [],
): Card {
  const locale = localeOfT(t);
  const tense: Tense = day < now ? "was" : day === now ? "is" : "will";
  const { iso2 } = country;
  const name = textName(t, country);
  const status = statusOn(country, day);
  const date = formatDate(day, locale);
  const { answer, details, pending } = answerFor(t, country, name, day, now, tense, status);
  const duty =
    day < WARRANT_ISSUED
      ? t("card.duty.beforeWarrant", { warrantDate: formatDate(WARRANT_ISSUED, locale), country: name })
      : pending
        ? t(`card.duty.pending.${tense}`)
        : dutySentence(t, status, tense);
  const mine = trips.filter((trip) => trip.iso2 === iso2 && trip.status === "made");
  const visits = mine
    .filter((trip) => trip.sinceWarrant)
    .map((trip) => ({
      text: t("card.visit", {
        span: formatSpan(trip.start, trip.end, locale),
        cities: trip.cities.join(", "),
        country: name,
        statusPhrase: statusPhrase(t, statusOn(country, trip.start)),
      }),
      href: routes.event(trip.id, locale),
    }));
  const elsewhere = occupied.filter((o) => o.countries.includes(iso2));
  return {
    iso2,
    status,
    name: country.name,
    unName: formalName(country),
    question: t(`card.question.${tense}`, { country: name, date }),
    answer,
    details,
    duty,
    onTheDay: onTheDay(t, name, day, tense, status, mine, elsewhere),
    facts: treatyFacts(country, now).map((f) => ({ label: t(`fact.${f.key}`), value: formatDate(f.date, locale) })),
    visitsIntro: visitsLine(t, country, visits.length, true),
    visits,
    occupied: elsewhere.map((o) => ({
      text: t("card.occupiedItem", { span: formatSpan(o.start, o.end, locale), title: o.title }),
      href: routes.event(o.id, locale),
    })),
    more: { text: t("card.more", { country: name }), href: routes.country(country.slug, locale) },
    caveat: country.caveat ?? null,
  };
}

/** Putin's visit on the day, if the record has one (a trip made, or a visit to occupied territory), and what followed. */
function onTheDay(
  t: Translator,
  name: string,
  day: string,
  tense: Tense,
  status: Status,
  trips: readonly LookupTrip[],
  occupied: readonly LookupOccupation[],
): Card["onTheDay"] {
  const locale = localeOfT(t);
  const that = tense === "is" ? "today" : "thatDay";
  const on = (e: { start: string; end: string }) => e.start <= day && day <= e.end;
  const trip = trips.find(on);
  if (trip) {
    const where =
      locale === "en"
        ? trip.cities.join(" and ")
        : new Intl.ListFormat(t.locale, { type: "conjunction" }).format(trip.cities);
    const vars = {
      where,
      country: name,
      span: formatSpan(trip.start, trip.end, locale),
      first: trip.first === undefined ? "" : t(`card.day.first.${trip.first}`),
    };
    const visit = t(
      `card.day.${trip.start === trip.end ? "visited" : day === trip.start ? "arrived" : "was"}.${that}`,
      vars,
    );
    const arrest = day >= WARRANT_ISSUED && isParty(status) ? ` ${t("card.day.notArrested", vars)}` : "";
    return {
      text: `${visit}${arrest}`,
      link: { text: t("card.day.tripLink"), href: routes.event(trip.id, locale) },
      later: (trip.later ?? []).map((e) => ({
        text: t("card.day.laterItem", { date: formatDate(e.start, locale), title: e.title }),
        href: routes.event(e.id, locale),
      })),
    };
  }
  const visit = occupied.find(on);
  return visit
    ? {
        text: t(`card.day.occupied.${that}`),
        link: { text: visit.title, href: routes.event(visit.id, locale) },
        later: [],
      }
    : null;
}
