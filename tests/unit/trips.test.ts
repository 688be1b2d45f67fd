import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recordReach } from "../../src/schemas/record";
import { CONTENT, loadTrips } from "./content-data";

const trips = loadTrips();
const reach = recordReach.parse(
  (JSON.parse(readFileSync(join(CONTENT, "data/record.json"), "utf8")) as { trips: unknown }).trips,
);

describe("trips and how far their record goes", () => {
  it("gives every trip a status, and lists announced trips apart from made ones", () => {
    for (const t of trips) expect(["made", "skipped", "announced"], t.id).toContain(t.status);
    expect(trips.filter((t) => t.status === "announced").length).toBeGreaterThan(0);
    expect(trips.filter((t) => t.status === "made").length).toBeGreaterThan(20);
  });

  it("never dates a made or skipped trip after the day the record was last checked", () => {
    const late = trips.filter((t) => t.status !== "announced" && t.start > reach.lastChecked).map((t) => t.id);
    expect(late).toEqual([]);
  });

  it("gives an announced trip with only a month or a year the first day of it", () => {
    for (const t of trips.filter((x) => x.datePrecision !== "day")) {
      expect(t.status, t.id).toBe("announced");
      expect(t.start, t.id).toMatch(t.datePrecision === "year" ? /-01-01$/ : /-01$/);
    }
  });
});
