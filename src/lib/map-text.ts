/** The words the travel map puts on markers, tooltips and detail cards. Pure, so tests can read them. */
import { formatWhen } from "./dates";
import { STATUS_LABEL, type Status } from "./membership";
import type { Trip } from "./trips";

/** "CIS Heads of State Council", "Summit" or "Bilateral visit". */
export function purposeText(trip: Pick<Trip, "purpose" | "summitName">): string {
  return trip.summitName ?? (trip.purpose === "summit" ? "Summit" : "Bilateral visit");
}

/**
 * How a trip is named in headings: "1. Kyrgyzstan" for a numbered trip, "Skipped: South Africa",
 * "Announced: Turkmenistan" or "Before the warrant: Belarus" for the others (they carry no number).
 */
export function tripHeading(trip: Pick<Trip, "number" | "country" | "status" | "sinceWarrant">): string {
  if (trip.number !== null) return `${String(trip.number)}. ${trip.country}`;
  if (trip.status === "skipped") return `Skipped: ${trip.country}`;
  if (trip.status === "announced") return `Announced, not confirmed: ${trip.country}`;
  return `Before the warrant: ${trip.country}`;
}

/** One line naming a trip, for a marker's tooltip and accessible name. */
export function markerLabel(trip: Trip): string {
  return (
    `${tripHeading(trip)} (${trip.cities.join(", ")}), ${formatWhen(trip.start, trip.end, trip.datePrecision)}, ${purposeText(trip)}. ` +
    `Host's ICC status then: ${STATUS_LABEL[trip.hostStatusAtTime]}.`
  );
}

/** The word for what became of a trip, as the table and the cards show it. */
export function outcomeText(trip: Pick<Trip, "status">): string {
  return trip.status === "made" ? "Made" : trip.status === "skipped" ? "Skipped" : "Announced, not confirmed";
}

/** A country's tooltip: "Kyrgyzstan: Not a party". */
export function countryLabel(name: string, status: Status | null): string {
  return status === null ? `${name}: not in the ICC list` : `${name}: ${STATUS_LABEL[status]}`;
}

/** The detail card's line on a country: "ICC status on 12 October 2023: State Party." (`day` already in words). */
export function countryStatusLine(status: Status | null, day: string): string {
  return status === null ? "Not in the ICC list." : `ICC status on ${day}: ${STATUS_LABEL[status]}.`;
}
