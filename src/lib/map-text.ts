/**
 * The words the travel map puts on markers, tooltips and detail cards. Pure, so tests can read them. Each takes an
 * optional translator (`t`, the edition's strings: keys purpose.*, outcome.*, tripHeading.*, marker.label,
 * countryLabel.none, status.label.*, travelMap.card.*); without one the words are English, as before.
 */
import { formatWhen } from "./dates";
import { STATUS_LABEL, type Status } from "./membership";
import type { Locale } from "./locales";
import type { Translator } from "./translate";
import type { Trip } from "./trips";

/** A status's label: "State Party", in the edition's words when `t` is given. */
export const statusLabel = (status: Status, t?: Translator): string =>
  t ? t(`status.label.${status}`) : STATUS_LABEL[status];

/** "CIS Heads of State Council", "Summit" or "Bilateral visit". */
export function purposeText(trip: Pick<Trip, "purpose" | "summitName">, t?: Translator): string {
  if (trip.summitName) return trip.summitName;
  const summit = trip.purpose === "summit";
  if (t) return t(summit ? "purpose.summit" : "purpose.bilateral");
  return summit ? "Summit" : "Bilateral visit";
}

/**
 * How a trip is named in headings: "1. Kyrgyzstan" for a numbered trip, "Skipped: South Africa",
 * "Announced: Turkmenistan" or "Before the warrant: Belarus" for the others (they carry no number).
 */
export function tripHeading(
  trip: Pick<Trip, "number" | "country" | "status" | "sinceWarrant">,
  t?: Translator,
): string {
  if (t) {
    const country = trip.country;
    if (trip.number !== null) return t("tripHeading.numbered", { n: trip.number, country });
    if (trip.status === "skipped") return t("tripHeading.skipped", { country });
    if (trip.status === "announced") return t("tripHeading.announced", { country });
    return t("tripHeading.before", { country });
  }
  if (trip.number !== null) return `${String(trip.number)}. ${trip.country}`;
  if (trip.status === "skipped") return `Skipped: ${trip.country}`;
  if (trip.status === "announced") return `Announced, not confirmed: ${trip.country}`;
  return `Before the warrant: ${trip.country}`;
}

/** One line naming a trip, for a marker's tooltip and accessible name (`cities` already in the edition's words). */
export function markerLabel(trip: Trip, t?: Translator, locale?: Locale): string {
  const when = formatWhen(trip.start, trip.end, trip.datePrecision, locale);
  if (t) {
    return t("marker.label", {
      heading: tripHeading(trip, t),
      cities: trip.cities.join(", "),
      when,
      purpose: purposeText(trip, t),
      status: statusLabel(trip.hostStatusAtTime, t),
    });
  }
  return (
    `${tripHeading(trip)} (${trip.cities.join(", ")}), ${when}, ${purposeText(trip)}. ` +
    `Host's ICC status then: ${STATUS_LABEL[trip.hostStatusAtTime]}.`
  );
}

/** The word for what became of a trip, as the table and the cards show it. */
export function outcomeText(trip: Pick<Trip, "status">, t?: Translator): string {
  if (t) return t(`outcome.${trip.status}`);
  return trip.status === "made" ? "Made" : trip.status === "skipped" ? "Skipped" : "Announced, not confirmed";
}

/** A country's tooltip: "Kyrgyzstan: Not a party". */
export function countryLabel(name: string, status: Status | null, t?: Translator): string {
  if (status === null) return t ? t("countryLabel.none", { country: name }) : `${name}: not in the ICC list`;
  return `${name}: ${statusLabel(status, t)}`;
}

/** The detail card's line on a country: "ICC status on 12 October 2023: State Party." (`day` already in words). */
export function countryStatusLine(status: Status | null, day: string, t?: Translator): string {
  if (t) {
    return status === null
      ? t("travelMap.card.notInList")
      : t("travelMap.card.statusOn", { date: day, status: statusLabel(status, t) });
  }
  return status === null ? "Not in the ICC list." : `ICC status on ${day}: ${STATUS_LABEL[status]}.`;
}
