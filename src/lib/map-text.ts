/**
 * The words the travel map puts on markers, tooltips and detail cards. Pure, so tests can read them. Each takes the
 * edition's translator (`t`: keys purpose.*, outcome.*, tripHeading.*, marker.label, countryLabel.none,
 * status.label.*, travelMap.card.*), the one place their words are kept, English included.
 */
import { formatWhen } from "./dates";
import type { Status } from "./membership";
import type { Locale } from "./locales";
import type { Translator } from "./translate";
import type { Trip } from "./trips";

/** A status's label: "State Party". */
export const statusLabel = (status: Status, t: Translator): string => t(`status.label.${status}`);

/** "CIS Heads of State Council", "Summit" or "Bilateral visit". */
export function purposeText(trip: Pick<Trip, "purpose" | "summitName">, t: Translator): string {
  if (trip.summitName) return trip.summitName;
  return t(trip.purpose === "summit" ? "purpose.summit" : "purpose.bilateral");
}

/**
 * How a trip is named in headings: "1. Kyrgyzstan" for a numbered trip, "Skipped: South Africa",
 * "Announced: Turkmenistan" or "Before the warrant: Belarus" for the others (they carry no number).
 */
export function tripHeading(trip: Pick<Trip, "number" | "country" | "status" | "sinceWarrant">, t: Translator): string {
  const country = trip.country;
  if (trip.number !== null) return t("tripHeading.numbered", { n: trip.number, country });
  if (trip.status === "skipped") return t("tripHeading.skipped", { country });
  if (trip.status === "announced") return t("tripHeading.announced", { country });
  return t("tripHeading.before", { country });
}

/** One line naming a trip, for a marker's tooltip and accessible name (`cities` already in the edition's words). */
export function markerLabel(trip: Trip, t: Translator, locale?: Locale): string {
  return t("marker.label", {
    heading: tripHeading(trip, t),
    cities: trip.cities.join(", "),
    when: formatWhen(trip.start, trip.end, trip.datePrecision, locale),
    purpose: purposeText(trip, t),
    status: statusLabel(trip.hostStatusAtTime, t),
  });
}

/** The word for what became of a trip, as the table and the cards show it. */
export function outcomeText(trip: Pick<Trip, "status">, t: Translator): string {
  return t(`outcome.${trip.status}`);
}

/** A country's tooltip: "Kyrgyzstan: Not a party". */
export function countryLabel(name: string, status: Status | null, t: Translator): string {
  if (status === null) return t("countryLabel.none", { country: name });
  return `${name}: ${statusLabel(status, t)}`;
}

/** The detail card's line on a country: "ICC status on 12 October 2023: State Party." (`day` already in words). */
export function countryStatusLine(status: Status | null, day: string, t: Translator): string {
  return status === null
    ? t("travelMap.card.notInList")
    : t("travelMap.card.statusOn", { date: day, status: statusLabel(status, t) });
}
