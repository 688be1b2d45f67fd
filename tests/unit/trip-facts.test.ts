/**
 * What the site says about the trips, checked against the data: the one numbering of trips, the key numbers and
 * the story notes on the map.
 */
import { describe, expect, it } from "vitest";
import { isParty } from "../../src/lib/membership";
import {
  keyNumbers,
  keySentence,
  otherTripsSentence,
  storyNotes,
  summitShort,
  type KeyNumbers,
} from "../../src/lib/trip-facts";
import { numberTrips, type Trip } from "../../src/lib/trips";
import { loadStates, loadTrips } from "./content-data";
import { en } from "./edition-t";

const states = loadStates();
const trips = loadTrips(states);
const byId = (id: string) => trips.find((t) => t.id === id);

describe("one numbering of trips across the site", () => {
  it("numbers the trips made since the warrant 1..N in date order, and no other trip", () => {
    const counted = trips.filter((t) => t.status === "made" && t.sinceWarrant);
    expect(counted.map((t) => t.number)).toEqual(counted.map((_, i) => i + 1));
    expect(trips.filter((t) => !counted.includes(t)).map((t) => t.number)).toEqual(
      trips.filter((t) => !counted.includes(t)).map(() => null),
    );
  });

  it("makes Bishkek, October 2023, trip 1, and leaves the December 2022 trips, skipped and announced ones unnumbered", () => {
    expect(byId("2023-10-12-putin-visits-kyrgyzstan")?.number).toBe(1);
    expect(byId("2022-12-09-eaeu-summit-bishkek")?.number).toBeNull();
    expect(byId("2022-12-19-putin-visits-minsk")?.number).toBeNull();
    expect(byId("2023-08-22-brics-johannesburg-skipped")?.number).toBeNull();
    expect(trips.filter((t) => t.status === "announced").every((t) => t.number === null)).toBe(true);
  });

  it("counts on regardless of what comes between", () => {
    const base = { sinceWarrant: true } as const;
    const list = [
      { ...base, id: "a", status: "made" as const, sinceWarrant: false },
      { ...base, id: "b", status: "skipped" as const },
      { ...base, id: "c", status: "made" as const },
      { ...base, id: "d", status: "announced" as const },
      { ...base, id: "e", status: "made" as const },
    ];
    expect(numberTrips(list as unknown as Omit<Trip, "number">[]).map((t) => t.number)).toEqual([
      null,
      null,
      1,
      null,
      2,
    ]);
  });
});

describe("the key numbers", () => {
  const k = keyNumbers(trips);
  const made = trips.filter((t) => t.number !== null);

  it("counts only the trips made since the warrant, and the countries and States Parties among them", () => {
    expect(k.made).toBe(made.length);
    expect(k.made).toBe(Math.max(...made.map((t) => t.number ?? 0)));
    expect(k.countries).toBe(new Set(made.map((t) => t.iso2)).size);
    expect(k.toParties).toBe(made.filter((t) => isParty(t.hostStatusAtTime)).length);
    expect(k.partyHosts).toEqual(["Mongolia", "Tajikistan"]);
  });

  it("states the skipped, announced and earlier trips separately", () => {
    expect(k.skipped).toBe(trips.filter((t) => t.sinceWarrant && t.status === "skipped").length);
    expect(k.skippedToParties).toBe(
      trips.filter((t) => t.sinceWarrant && t.status === "skipped" && isParty(t.hostStatusAtTime)).length,
    );
    expect(k.announced).toBe(trips.filter((t) => t.status === "announced").length);
    expect(k.before).toBe(trips.filter((t) => !t.sinceWarrant).length);
    expect(k.made + k.skipped + k.announced + k.before).toBe(trips.length);
  });

  it("says them in words", () => {
    expect(keySentence(k, en)).toBe(
      `${String(k.made)} trips to ${String(k.countries)} countries since the warrant, ${String(k.toParties)} of them to States Parties (Mongolia and Tajikistan).`,
    );
    const other = otherTripsSentence(k, true, en);
    expect(other).toContain(
      `He skipped ${String(k.skipped)} planned trips, ${String(k.skippedToParties)} of them to States Parties`,
    );
    expect(other).toContain(`${String(k.announced)} announced trips are not confirmed either way`);
    expect(other).toContain(`The ${String(k.before)} trips before the warrant are shown for context`);
    expect(otherTripsSentence(k, false, en)).not.toContain("before the warrant");
  });

  it("gets singular and none right", () => {
    const one: KeyNumbers = {
      made: 1,
      countries: 1,
      toParties: 1,
      partyHosts: ["Mongolia"],
      skipped: 0,
      skippedToParties: 0,
      announced: 1,
      before: 0,
    };
    expect(keySentence(one, en)).toBe("1 trip to 1 country since the warrant, 1 of them to a State Party (Mongolia).");
    expect(keySentence({ ...one, toParties: 0, partyHosts: [] }, en)).toBe(
      "1 trip to 1 country since the warrant, none of them to a State Party.",
    );
    expect(otherTripsSentence(one, true, en)).toBe(
      "1 announced trip is not confirmed either way. Those are not counted or numbered.",
    );
  });
});

describe("the story notes on the map", () => {
  const notes = storyNotes(trips, en);
  const hosted = notes.filter((n) => n.kind === "hosted");
  const skipped = notes.filter((n) => n.kind === "skipped");

  it("names the States Parties that hosted him: Mongolia in 2024, Tajikistan in 2025", () => {
    expect(hosted.map((n) => n.title)).toEqual(["Mongolia, Sept 2024", "Tajikistan, Oct 2025"]);
  });

  it("names the summits in States Parties he stayed away from: Johannesburg 2023 and 2025, Rio 2024 and 2025", () => {
    const southAfrica = skipped.find((n) => n.title === "South Africa");
    expect(southAfrica?.lines.map((l) => l.text)).toEqual([
      "State Party; he skipped",
      "BRICS, Aug 2023",
      "G20, Nov 2025",
    ]);
    const brazil = skipped.find((n) => n.title === "Brazil");
    expect(brazil?.lines.map((l) => l.text)).toEqual(["State Party; he skipped", "G20, Nov 2024", "BRICS, Jul 2025"]);
  });

  it("covers every trip the rule picks out, and no other", () => {
    const rule = (t: Trip) =>
      t.sinceWarrant &&
      isParty(t.hostStatusAtTime) &&
      (t.status === "made" || (t.status === "skipped" && t.purpose === "summit"));
    expect(notes.flatMap((n) => n.trips.map((t) => t.id)).sort()).toEqual(
      trips
        .filter(rule)
        .map((t) => t.id)
        .sort(),
    );
    // Each line shows from its trip's day: a later trip's line never shows before it happened.
    for (const n of notes) for (const l of n.lines) expect(n.trips.map((t) => t.start)).toContain(l.date);
  });

  it("shortens summit names to the usual ones", () => {
    expect(summitShort({ summitName: "15th BRICS Summit", purpose: "summit" }, en)).toBe("BRICS");
    expect(summitShort({ summitName: "G20 Leaders' Summit", purpose: "summit" }, en)).toBe("G20");
    expect(summitShort({ summitName: "APEC Economic Leaders' Meeting", purpose: "summit" }, en)).toBe("APEC");
    expect(summitShort({ summitName: "Supreme State Council", purpose: "summit" }, en)).toBe("Supreme State Council");
  });
});
