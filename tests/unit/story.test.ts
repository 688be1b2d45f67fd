import { describe, expect, it } from "vitest";
import {
  STATUTE_YEAR,
  WARRANT_EVENT,
  WARRANT_ISSUED,
  firstTripPhrase,
  tripsBeforeWarrant,
  tripsBeforeWarrantPhrase,
  warrantMonth,
  warrantOf,
} from "../../src/lib/story";
import { loadEvents, loadTrips } from "./content-data";

const trip = (start: string, end = start, sinceWarrant = false) => ({
  start,
  end,
  status: "made" as const,
  sinceWarrant,
  country: "Kyrgyzstan",
  number: null,
});

describe("the story's fixed points", () => {
  it("dates the warrant as its timeline event does (ICC press release, 17 March 2023)", () => {
    const event = loadEvents().find((e) => e.id === WARRANT_EVENT);
    expect(event?.data.kind).toBe("court");
    expect(event?.data.date).toBe(WARRANT_ISSUED);
    expect(warrantOf()).toBe("the warrant of 17 March 2023");
    expect(warrantMonth()).toBe("March 2023");
  });

  it("starts the timeline in the year the Rome Statute was adopted, as its first event says (17 July 1998)", () => {
    expect(STATUTE_YEAR).toBe("1998");
    expect(loadEvents()[0]?.data.date.slice(0, 4)).toBe(STATUTE_YEAR);
  });

  it("names the trips before the warrant from the data: Bishkek and Minsk, December 2022", () => {
    const trips = loadTrips();
    expect(tripsBeforeWarrant(trips).map((t) => t.country)).toEqual(["Kyrgyzstan", "Belarus"]);
    expect(tripsBeforeWarrantPhrase(trips)).toBe("the two trips of December 2022");
  });

  it("names the first trip since the warrant from the data: Kyrgyzstan, October 2023", () => {
    expect(firstTripPhrase(loadTrips())).toBe("his trip to Kyrgyzstan in October 2023");
  });

  it("counts and dates any trips before the warrant, and leaves out those since and those not made", () => {
    expect(tripsBeforeWarrantPhrase([trip("2022-12-09")])).toBe("the trip of December 2022");
    expect(tripsBeforeWarrantPhrase([trip("2022-11-30"), trip("2022-12-09"), trip("2022-12-19")])).toBe(
      "the three trips of November–December 2022",
    );
    expect(tripsBeforeWarrantPhrase([trip("2022-12-30", "2023-01-02")])).toBe(
      "the trip of December 2022 – January 2023",
    );
    expect(
      tripsBeforeWarrantPhrase([
        trip("2022-12-09"),
        trip("2023-10-12", "2023-10-13", true),
        { ...trip("2022-12-01"), status: "skipped" },
      ]),
    ).toBe("the trip of December 2022");
    expect(tripsBeforeWarrantPhrase([])).toBe("no trips");
  });
});
