/** What the lookup's result card says about a country on a day, as plain data the island renders as text. */
import { formatDate, formatSpan } from "./dates";
import { describeStatus, isParty, statusOn, warrantDuty, type MembershipRecord, type Status } from "./membership";
import { treatyFacts, type DepositType } from "./treaty";

/** A trip as the lookup knows it. */
export interface LookupTrip {
  id: string;
  iso2: string;
  start: string;
  end: string;
  cities: string[];
  status: "made" | "skipped" | "announced";
  sinceWarrant: boolean;
}

export interface LookupCountry extends MembershipRecord {
  slug: string;
  depositType: DepositType | null;
}

export interface Card {
  iso2: string;
  status: Status;
  heading: string;
  answer: string;
  duty: string;
  facts: { label: string; value: string }[];
  visits: { text: string; href: string }[];
  href: string;
  /** Shown beside the answer when a date that decides it is unconfirmed. */
  caveat: string | null;
}

/** The card for `country` on `day`, given `now` (today) and the trips. */
export function buildCard(country: LookupCountry, day: string, now: string, trips: readonly LookupTrip[]): Card {
  const status = statusOn(country, day);
  const past = day < now;
  const when = day === now ? "today" : `on ${formatDate(day)}`;
  const yes = isParty(status);
  const answer = `${yes ? "Yes" : "No"}: ${when}, ${country.name} ${past ? "was" : "is"} ${describeStatus(status, past ? "was" : "is")}.`;
  const facts: Card["facts"] = treatyFacts(country, now).map((f) => ({ label: f.label, value: formatDate(f.date) }));
  const visits = trips
    .filter((t) => t.iso2 === country.iso2 && t.sinceWarrant && t.status === "made")
    .map((t) => ({
      text: `${formatSpan(t.start, t.end)}, ${t.cities.join(", ")}: ${describeStatus(statusOn(country, t.start), "was")} that day.`,
      href: `/timeline/#${t.id}`,
    }));
  return {
    iso2: country.iso2,
    status,
    heading: country.name,
    answer,
    duty: warrantDuty(status),
    facts,
    visits,
    href: `/countries/${country.slug}/`,
    caveat: country.caveat ?? null,
  };
}
