import { describe, expect, it } from "vitest";
import { parseAt, positionFor, statusAt, tripFromHash, tripsBy } from "../../src/lib/map-state";
import { countryLabel, markerLabel, outcomeText, purposeText, tripHeading } from "../../src/lib/map-text";
import type { Trip } from "../../src/lib/trips";
import { en } from "./edition-t";

const FIRST = "2022-12-09";
const LAST = "2026-11-27";

describe("parseAt", () => {
  it("reads a real day", () => {
    expect(parseAt("?at=2024-09-03", FIRST, LAST)).toBe("2024-09-03");
    expect(parseAt("?x=1&at=%202024-09-03%20", FIRST, LAST)).toBe("2024-09-03");
  });

  it("keeps the day within the span the map covers", () => {
    expect(parseAt("?at=1999-01-01", FIRST, LAST)).toBe(FIRST);
    expect(parseAt("?at=2030-01-01", FIRST, LAST)).toBe(LAST);
  });

  it("ignores anything that is not a real day", () => {
    for (const search of [
      "",
      "?at=",
      "?at=2024-02-30",
      "?at=yesterday",
      "?at=2024-9-3",
      "?at=<script>",
      "?at=%E0%A4%A",
    ]) {
      expect(parseAt(search, FIRST, LAST), search).toBeNull();
    }
  });
});

describe("tripFromHash", () => {
  it("reads a trip id from #trip-<id>", () => {
    expect(tripFromHash("#trip-2023-10-12-putin-visits-kyrgyzstan")).toBe("2023-10-12-putin-visits-kyrgyzstan");
  });

  it("ignores other fragments and malformed ones", () => {
    for (const hash of ["", "#", "#main", "#trip-", "#trip-a%20b", "#trip-%E0%A4%A", "#trip-<img>"]) {
      expect(tripFromHash(hash), hash).toBeNull();
    }
  });
});

describe("statusAt", () => {
  const history = "2022-12-09 party;2025-06-02 withdrawing;2026-06-02 former_party";

  it("gives the status in force on a day", () => {
    expect(statusAt(history, "2022-12-09")).toBe("party");
    expect(statusAt(history, "2025-06-01")).toBe("party");
    expect(statusAt(history, "2025-06-02")).toBe("withdrawing");
    expect(statusAt(history, "2026-11-27")).toBe("former_party");
  });

  it("is null before the history starts and for a malformed history", () => {
    expect(statusAt(history, "2020-01-01")).toBeNull();
    expect(statusAt("2022-12-09 member", "2024-01-01")).toBeNull();
    expect(statusAt("garbage", "2024-01-01")).toBeNull();
  });
});

describe("positionFor and tripsBy", () => {
  const days = ["2022-12-09", "2023-08-22", "2024-09-02", "2026-11-27"];

  it("finds the last stop on or before a day", () => {
    expect(positionFor(days, "2024-09-03")).toBe(2);
    expect(positionFor(days, "2024-09-02")).toBe(2);
    expect(positionFor(days, "2026-11-27")).toBe(3);
    expect(positionFor(days, "2000-01-01")).toBe(0);
  });

  it("counts the trips begun by a day", () => {
    const starts = ["2022-12-09", "2023-12-06", "2023-12-06", "2024-09-02"];
    expect(tripsBy(starts, "2023-12-06")).toBe(3);
    expect(tripsBy(starts, "2022-01-01")).toBe(0);
  });
});

describe("map text", () => {
  const trip: Trip = {
    id: "2024-09-02-putin-visits-mongolia",
    start: "2024-09-02",
    end: "2024-09-03",
    iso2: "MN",
    country: "Mongolia",
    cities: ["Ulaanbaatar"],
    purpose: "bilateral",
    summitName: null,
    title: "Putin visits Mongolia",
    summary: "",
    hostStatusAtTime: "party",
    sinceWarrant: true,
    status: "made",
    datePrecision: "day",
    sources: [],
    url: "/timeline/#2024-09-02-putin-visits-mongolia",
    number: 14,
  };

  it("names a numbered trip with its number, place, dates, purpose and the host's status then", () => {
    expect(markerLabel(trip, en)).toBe(
      "14. Mongolia (Ulaanbaatar), 2–3 September 2024, Bilateral visit. Host's ICC status then: State Party.",
    );
  });

  it("names a trip skipped, announced or before the warrant by what it was, with no number", () => {
    const skipped = {
      ...trip,
      number: null,
      status: "skipped" as const,
      purpose: "summit" as const,
      summitName: "G20",
    };
    expect(markerLabel(skipped, en)).toMatch(/^Skipped: Mongolia \(Ulaanbaatar\), .*, G20\./);
    expect(markerLabel({ ...skipped, status: "announced", summitName: "APEC" }, en)).toMatch(
      /^Announced, not confirmed: Mongolia .*, APEC\./,
    );
    expect(tripHeading({ ...trip, number: null, sinceWarrant: false }, en)).toBe("Before the warrant: Mongolia");
    expect(tripHeading(trip, en)).toBe("14. Mongolia");
  });

  it("words what became of a trip as the table shows it", () => {
    expect(outcomeText({ status: "made" }, en)).toBe("Made");
    expect(outcomeText({ status: "skipped" }, en)).toBe("Skipped");
    expect(outcomeText({ status: "announced" }, en)).toBe("Announced, not confirmed");
  });

  it("says summit or visit when there is no summit name", () => {
    expect(purposeText({ purpose: "summit", summitName: null }, en)).toBe("Summit");
    expect(purposeText({ purpose: "bilateral", summitName: null }, en)).toBe("Bilateral visit");
  });

  it("labels countries outside the ICC list", () => {
    expect(countryLabel("Taiwan", null, en)).toBe("Taiwan: not in the ICC list");
    expect(countryLabel("Kyrgyzstan", "signatory", en)).toBe("Kyrgyzstan: Signed, not ratified");
  });
});
