/** The travel map's date axis and the way the slider snaps to trip dates and plays through them. */
import { describe, expect, it } from "vitest";
import { dayFromNumber, dayNumber, nextStop, snapToStop, timeAxis, valueOfStop } from "../../src/lib/time-axis";

describe("the time control's date axis", () => {
  const stops = ["2022-12-09", "2023-08-22", "2023-10-12", "2024-09-02", "2026-12-01"];
  const axis = timeAxis(stops);

  it("runs over days, from the first stop (0) to the last (1)", () => {
    expect(axis.span).toBe(dayNumber("2026-12-01") - dayNumber("2022-12-09"));
    expect(axis.stops.map((s) => s.at)[0]).toBe(0);
    expect(axis.stops.at(-1)?.at).toBe(1);
    // The gap between December 2022 and August 2023 shows: the second stop is well past the first.
    expect(axis.stops[1]?.at).toBeGreaterThan(0.15);
  });

  it("marks where each year begins, and labels the years with room for a label", () => {
    expect(axis.yearStarts.map((y) => y.day)).toEqual(["2023-01-01", "2024-01-01", "2025-01-01", "2026-01-01"]);
    // 2022 shows for three weeks only: no room for its label.
    expect(axis.yearLabels.map((y) => y.year)).toEqual(["2023", "2024", "2025", "2026"]);
    for (const label of axis.yearLabels) {
      const start = axis.yearStarts.find((y) => y.day.startsWith(label.year));
      if (start) expect(label.at).toBeGreaterThan(start.at);
    }
  });

  it("rests the slider on the last stop on or before the day dragged to", () => {
    expect(snapToStop(stops, 0)).toBe(0);
    expect(snapToStop(stops, valueOfStop(stops, 2) - 1)).toBe(1);
    expect(snapToStop(stops, valueOfStop(stops, 2))).toBe(2);
    expect(snapToStop(stops, axis.span + 10)).toBe(4);
    expect(valueOfStop(stops, 0)).toBe(0);
    expect(valueOfStop(stops, 4)).toBe(axis.span);
  });

  it("plays to the last stop, then starts again from the first", () => {
    expect(nextStop(0, 5)).toBe(1);
    expect(nextStop(3, 5)).toBe(4);
    expect(nextStop(4, 5)).toBe(0);
  });

  it("converts days to numbers and back", () => {
    expect(dayFromNumber(dayNumber("2024-02-29"))).toBe("2024-02-29");
    expect(dayNumber("1970-01-02")).toBe(1);
  });
});
