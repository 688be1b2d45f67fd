/**
 * The sentences a country's page builds from parts: its description for search results and link previews, and each
 * line of its list of Putin's trips. Pure, so tests read them exactly; the lookup's card sentences are in lookup-card.
 */
import { capital, nameInText } from "./country-name";
import { STATUS_PHRASE, describeStatus, type Status } from "./membership";
import type { TripStatus } from "./trips";

type Named = { iso2: string; name: string };

/** "Kyrgyzstan is a signatory that has not ratified the Rome Statute. Its Rome Statute dates, …" */
export function countryDescription(state: Named, status: Status): string {
  return `${statusSentence(state, status)} Its Rome Statute dates, sources, and Putin's visits since the ICC warrant.`;
}

/** The page's first sentence: "The United States is a signatory that has told the UN it does not intend to become a party." */
export function statusSentence(state: Named, status: Status): string {
  return `${capital(nameInText(state))} is ${describeStatus(status)}.`;
}

/**
 * What follows a trip's dates in the country page's list: ", Bishkek: Kyrgyzstan was then a signatory, not a party."
 * A trip still to come, or only announced, says what the status will be if nothing changes.
 */
export function tripLine(
  trip: { start: string; cities: readonly string[]; status: TripStatus },
  state: Named,
  status: Status,
  now: string,
): string {
  const name = nameInText(state);
  const what = trip.status === "made" ? "" : ` (${trip.status})`;
  const notParty = status === "non_party" || status === "signature_withdrawn";
  const then =
    trip.start < now && trip.status !== "announced"
      ? `${name} was then ${STATUS_PHRASE[status]}`
      : notParty
        ? `if nothing changes, ${name} will not be a party then`
        : `if nothing changes, ${name} will then be ${STATUS_PHRASE[status]}`;
  return `, ${trip.cities.join(", ")}${what}: ${then}.`;
}
