/**
 * The sentences a country's page builds from parts, in the edition's words: its description for search results and
 * link previews, its status and what it means for the warrant, the labels of its dated facts, and each line of its
 * list of Putin's trips. Pure, so tests read them exactly; the lookup's card sentences are in lookup-card.
 */
import { nameInText } from "./country-name";
import { PUTIN_COUNTRY } from "./story";
import type { Status, Tense } from "./membership";
import type { TreatyFact } from "./lookup-text";
import type { Translator } from "./translate";
import type { TripStatus } from "./trips";

type Named = { iso2: string; name: string };

/**
 * The name as a sentence of the edition uses it: the English gives some names their "the" ("the Netherlands");
 * the other editions use the name as it is.
 */
export const textName = (t: Translator, state: Named): string =>
  t.locale.startsWith("en") ? nameInText(state) : state.name;

/** The short label of a status, for badges, legends and tables: "Signed, not ratified". */
export const statusLabel = (t: Translator, status: Status): string => t(`status.label.${status}`);

/** The status as a noun phrase for "Kyrgyzstan was then …": "a signatory, not a party". */
export const statusPhrase = (t: Translator, status: Status): string => t(`status.phrase.${status}`);

/** Plain words for a status, for "Kyrgyzstan is …" or "… was …" (a status without tenses has one form). */
export function statusWords(t: Translator, status: Status, tense: "is" | "was" = "is"): string {
  const key = `status.describe.${status}`;
  return t.has(key) ? t(key) : t(`${key}.${tense}`);
}

/** What a status means for the arrest warrant, as a sentence about "it", in the tense of the day. */
export function dutySentence(t: Translator, status: Status, tense: Tense = "is"): string {
  const group = status === "withdrawing" ? "party" : status === "signature_withdrawn" ? "non_party" : status;
  return t(`duty.${group}.${tense}`);
}

/** A dated fact's label in the edition: "Withdrawal notified"; a fact without a string is an error naming it. */
export const factLabel = (t: Translator, fact: Pick<TreatyFact, "key">): string => t(`fact.${fact.key}`);

/** "Kyrgyzstan is a signatory that has not ratified the Rome Statute. Its Rome Statute dates, …" */
export function countryDescription(t: Translator, state: Named, status: Status): string {
  return t("country.description", { statusSentence: statusSentence(t, state, status) });
}

/** The page's first sentence: "The United States is a signatory that has told the UN it does not intend to become a party." */
export function statusSentence(t: Translator, state: Named, status: Status): string {
  return t("country.statusSentence", { country: textName(t, state), describeStatus: statusWords(t, status) });
}

/** The line above a country's list of Putin's visits; `sinceWarrant` adds "since the warrant". */
export function visitsLine(t: Translator, state: Named, count: number, sinceWarrant = false): string {
  const country = textName(t, state);
  if (state.iso2 === PUTIN_COUNTRY) return t("visits.intro.own", { country });
  const since = sinceWarrant ? ".sinceWarrant" : "";
  return t(`visits.intro.${count === 0 ? "none" : "some"}${since}`, { country });
}

/**
 * What follows a trip's dates in the country page's list: ", Bishkek: Kyrgyzstan was then a signatory, not a party."
 * A trip still to come, or only announced, says what the status will be if nothing changes.
 */
export function tripLine(
  t: Translator,
  trip: { start: string; cities: readonly string[]; status: TripStatus },
  state: Named,
  status: Status,
  now: string,
): string {
  const country = textName(t, state);
  const cities = trip.cities.join(", ");
  const word = t(`tripStatus.${trip.status}`);
  const statusPhrase = t(`status.phrase.${status}`);
  if (trip.start < now && trip.status !== "announced")
    return trip.status === "made"
      ? t("country.tripLine.past", { cities, country, statusPhrase })
      : t("country.tripLine.past.status", { cities, country, statusPhrase, tripStatus: word });
  const tripStatus = trip.status === "made" ? "" : ` (${word})`;
  const notParty = status === "non_party" || status === "signature_withdrawn";
  return notParty
    ? t("country.tripLine.future.notParty", { cities, country, tripStatus })
    : t("country.tripLine.future", { cities, country, tripStatus, statusPhrase });
}
