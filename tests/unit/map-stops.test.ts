/** The travel map's time control as data: its stops, reading them back from the page, keys and words. */
import { describe, expect, it } from "vitest";
import { keyTarget, parseStops, playText, stopNote, timeStops } from "../../src/lib/map-stops";
import type { Trip } from "../../src/lib/trips";

type StopTrip = Pick<Trip, "start" | "country" | "status" | "datePrecision">;
const trip = (
  start: string,
  country: string,
  status: Trip["status"] = "made",
  datePrecision: Trip["datePrecision"] = "day",
): StopTrip => ({
  start,
  country,
  status,
  datePrecision,
});

describe("the time control's stops", () => {
  const trips = [
    trip("2023-10-12", "Kyrgyzstan"),
    trip("2023-08-22", "South Africa", "skipped"),
    trip("2024-09-02", "Mongolia"),
    trip("2024-09-02", "China", "announced"),
    trip("2025-01-01", "Turkmenistan", "announced", "month"),
    trip("2027-01-01", "Brazil"),
  ];

  it("stops on each day a trip began, in order, naming the hosts and what became of a trip not made", () => {
    expect(timeStops(trips, "2026-11-27")).toEqual([
      { d: "2023-08-22", t: "South Africa (skipped)" },
      { d: "2023-10-12", t: "Kyrgyzstan" },
      { d: "2024-09-02", t: "Mongolia and China (announced)" },
      { d: "2026-11-27", t: "today" },
    ]);
  });

  it("leaves out trips dated only to the month and trips after today", () => {
    const days = timeStops(trips, "2026-11-27").map((s) => s.d);
    expect(days).not.toContain("2025-01-01");
    expect(days).not.toContain("2027-01-01");
  });

  it("adds no separate stop for today when a trip began today", () => {
    expect(timeStops([trip("2024-09-02", "Mongolia")], "2024-09-02")).toEqual([{ d: "2024-09-02", t: "Mongolia" }]);
  });

  it("reads back what the page wrote", () => {
    const stops = timeStops(trips, "2026-11-27");
    expect(parseStops(JSON.stringify(stops))).toEqual(stops);
  });

  it("refuses stops that are not a non-empty list of real days in rising order, each with its words", () => {
    for (const bad of [
      undefined,
      "",
      "not json",
      "{}",
      "[]",
      '[{"d":"2023-02-30","t":"x"}]',
      '[{"d":"2023-10-12"}]',
      '[{"d":"2023-10-12","t":3}]',
      "[null]",
      '[{"d":"2024-01-01","t":"a"},{"d":"2023-01-01","t":"b"}]',
      '[{"d":"2024-01-01","t":"a"},{"d":"2024-01-01","t":"b"}]',
    ]) {
      expect(parseStops(bad), String(bad)).toBeNull();
    }
  });
});

describe("the slider's keys", () => {
  it("move one trip date with the arrows and five with Page Up and Page Down", () => {
    expect(keyTarget("ArrowRight", 3, 10)).toBe(4);
    expect(keyTarget("ArrowUp", 3, 10)).toBe(4);
    expect(keyTarget("ArrowLeft", 3, 10)).toBe(2);
    expect(keyTarget("ArrowDown", 3, 10)).toBe(2);
    expect(keyTarget("PageUp", 3, 10)).toBe(8);
    expect(keyTarget("PageDown", 3, 10)).toBe(-2);
  });

  it("go to the first date with Home and to today with End", () => {
    expect(keyTarget("Home", 3, 10)).toBe(0);
    expect(keyTarget("End", 3, 10)).toBe(9);
  });

  it("leave every other key to the browser", () => {
    expect(keyTarget("Tab", 3, 10)).toBeNull();
    expect(keyTarget("a", 3, 10)).toBeNull();
  });
});

describe("the time control's words", () => {
  const stop = { d: "2023-10-12", t: "Kyrgyzstan" };

  it("names the trip of the day shown, and nothing on other days or today", () => {
    expect(stopNote(stop, "2023-10-12")).toBe(" (Kyrgyzstan)");
    expect(stopNote(stop, "2023-10-13")).toBe("");
    expect(stopNote({ d: "2026-11-27", t: "today" }, "2026-11-27")).toBe("");
    expect(stopNote(undefined, "2023-10-12")).toBe("");
  });

  it("says Play, or Pause while playing; with reduced motion, Next trip, then From the start at the end", () => {
    expect(playText(false, false, false)).toBe("Play");
    expect(playText(true, false, false)).toBe("Pause");
    expect(playText(false, true, false)).toBe("Next trip");
    expect(playText(false, true, true)).toBe("From the start");
    expect(playText(true, true, true)).toBe("Pause");
  });
});
