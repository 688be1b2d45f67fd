/** The words the travel map puts on markers, tooltips and detail cards. Pure, so tests can read them. */
import { formatWhen } from "./dates";
import { STATUS_LABEL, type Status } from "./membership";
import type { Trip } from "./trips";

/** "CIS Heads of State Council", "Summit" or "Bilateral visit". */
export function purposeText(trip: Pick<Trip, "purpose" | "summitName">): string {
  return trip.summitName ?? (trip.purpose === "summit" ? "Summit" : "Bilateral visit");
}

/** One line naming a trip, for a marker's tooltip and accessible name. */
export function markerLabel(trip: Trip, n: number): string {
  const what =
    trip.status === "made"
      ? purposeText(trip)
      : `${trip.status === "skipped" ? "skipped" : "announced, not confirmed"}: ${purposeText(trip)}`;
  const before = trip.sinceWarrant ? "" : " Before the warrant.";
  return (
    `${n}. ${trip.country} (${trip.cities.join(", ")}), ${formatWhen(trip.start, trip.end, trip.datePrecision)}, ${what}. ` +
    `Host's ICC status then: ${STATUS_LABEL[trip.hostStatusAtTime]}.${before}`
  );
}

/** A country's tooltip: "Kyrgyzstan: Not a party". */
export function countryLabel(name: string, status: Status | null): string {
  return status === null ? `${name}: not in the ICC list` : `${name}: ${STATUS_LABEL[status]}`;
}
