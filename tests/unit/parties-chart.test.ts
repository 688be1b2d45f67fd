/** The chart of the number of States Parties, and the table behind it, checked against the treaty data. */
import { describe, expect, it } from "vitest";
import { partiesOn } from "../../src/lib/membership";
import { axisTop, partySteps, stepPaths, yearRows } from "../../src/lib/parties-chart";
import { loadStates } from "./content-data";

const TODAY = "2026-12-01";
const states = loadStates();

describe("the chart of States Parties since 1998", () => {
  const from = states.flatMap((s) => s.actions.map((a) => a.date)).sort()[0] ?? "";
  const steps = partySteps(states, from, TODAY);

  it("starts at the first signatures with no party, and steps up when the Statute entered into force", () => {
    expect(from).toBe("1998-07-17");
    expect(steps[0]).toEqual({ date: from, count: 0 });
    expect(steps.find((s) => s.count > 0)?.date).toBe("2002-07-01");
  });

  it("has a step on each day the count changed, to the count the data gives that day, ending at today's", () => {
    for (const [i, s] of steps.entries()) {
      expect(s.count, s.date).toBe(partiesOn(states, s.date).length);
      if (i > 0) expect(s.count, s.date).not.toBe(steps[i - 1]?.count);
    }
    expect(steps.at(-1)?.count).toBe(partiesOn(states, TODAY).length);
  });

  it("draws a line that only moves right, inside its box, with room above the highest count", () => {
    const top = axisTop(steps);
    expect(top).toBeGreaterThan(Math.max(...steps.map((s) => s.count)));
    const { line, area } = stepPaths(steps, from, TODAY, top, 1000, 200);
    const xs = [...line.matchAll(/H([\d.]+)/g)].map((m) => Number(m[1]));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs.at(-1)).toBe(1000);
    const ys = [...line.matchAll(/V([\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.min(...ys)).toBeGreaterThan(0);
    expect(area.endsWith("V200H0Z")).toBe(true);
  });

  it("has a table row per year whose counts and changes agree with the steps", () => {
    const rows = yearRows(states, from, TODAY);
    expect(rows.map((r) => r.year)).toEqual(
      Array.from({ length: Number(TODAY.slice(0, 4)) - 1998 + 1 }, (_, i) => String(1998 + i)),
    );
    expect(rows.at(-1)?.count).toBe(partiesOn(states, TODAY).length);
    const joined = rows.reduce((n, r) => n + r.joined.length, 0);
    const left = rows.reduce((n, r) => n + r.left.length, 0);
    expect(joined - left).toBe(partiesOn(states, TODAY).length);
    for (const r of rows) {
      const end = `${r.year}-12-31` < TODAY ? `${r.year}-12-31` : TODAY;
      expect(r.count, r.year).toBe(partiesOn(states, end).length);
    }
  });
});
