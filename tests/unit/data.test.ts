/** The content checked against its schemas and against itself, as the build would, but all at once. */
import { describe, expect, it } from "vitest";
import { iccState, type IccState } from "../../src/schemas/icc";
import { EVENT_ID, timelineEvent, type TimelineEvent } from "../../src/schemas/timeline";
import { readEvents, readStates } from "./content-data";

const WARRANT = "2023-03-17";

const states = readStates().map((raw, i) => {
  const parsed = iccState.safeParse(raw);
  return { i, raw, parsed };
});
const events = readEvents().map(({ id, data }) => ({ id, parsed: timelineEvent.safeParse(data) }));
const validStates = states.flatMap((s) => (s.parsed.success ? [s.parsed.data] : []));
const validEvents = events.flatMap((e) => (e.parsed.success ? [{ id: e.id, data: e.parsed.data }] : []));
const codes = new Set(validStates.map((s) => s.iso2));

describe("ICC data", () => {
  it("every record matches the schema", () => {
    const errors = states
      .filter((s) => !s.parsed.success)
      .map((s) => `${(s.raw as { iso2?: string }).iso2 ?? s.i}: ${s.parsed.error?.message ?? ""}`);
    expect(errors).toEqual([]);
  });

  it("has one record per code and per name", () => {
    expect(new Set(validStates.map((s) => s.iso2)).size).toBe(validStates.length);
    expect(new Set(validStates.map((s) => s.iso3)).size).toBe(validStates.length);
    expect(new Set(validStates.map((s) => s.name)).size).toBe(validStates.length);
  });

  it("holds the 193 UN member states", () => {
    expect(validStates.filter((s: IccState) => s.un)).toHaveLength(193);
  });
});

describe("timeline", () => {
  it("every event matches the schema", () => {
    const errors = events.filter((e) => !e.parsed.success).map((e) => `${e.id}: ${e.parsed.error?.message ?? ""}`);
    expect(errors).toEqual([]);
  });

  it("every id has the form YYYY-MM-DD-short-slug and starts with the event's date", () => {
    for (const e of validEvents) {
      expect(e.id, e.id).toMatch(EVENT_ID);
      expect(e.id.slice(0, 10), e.id).toBe(e.data.date);
    }
  });

  it("no two events share an id, even ignoring case", () => {
    const ids = validEvents.map((e) => e.id.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every country code in the timeline exists in the ICC data", () => {
    const unknown = validEvents.flatMap((e) =>
      e.data.countries.filter((c) => !codes.has(c)).map((c) => `${e.id}: ${c}`),
    );
    expect(unknown).toEqual([]);
  });

  it("every trip's host exists in the ICC data and is among the event's countries", () => {
    for (const e of validEvents) {
      const data: TimelineEvent = e.data;
      if (data.kind !== "travel") continue;
      expect(codes.has(data.trip.host), `${e.id}: host ${data.trip.host}`).toBe(true);
      expect(data.countries, e.id).toContain(data.trip.host);
    }
  });

  it("every trip listed as since the warrant falls after it, and every other trip before it", () => {
    for (const e of validEvents) {
      const data: TimelineEvent = e.data;
      if (data.kind !== "travel") continue;
      expect(data.date > WARRANT, `${e.id}: sinceWarrant is ${String(data.trip.sinceWarrant)}`).toBe(
        data.trip.sinceWarrant,
      );
    }
  });

  it("has at least 40 events, from the Rome Statute's adoption on", () => {
    expect(validEvents.length).toBeGreaterThanOrEqual(40);
    expect(validEvents.map((e) => e.id)).toContain("1998-07-17-rome-statute-adopted");
  });
});
