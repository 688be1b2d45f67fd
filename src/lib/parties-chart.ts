/**
 * The number of States Parties over time, for the step chart and the table behind it: computed from the treaty
 * actions (the same model as every count on the site). Pure.
 */
import { dayNumber } from "./time-axis";
import { countChanges, partiesOn, type MembershipRecord } from "./membership";

/** The count from a day on, until the next step. */
export interface Step {
  date: string;
  count: number;
}

/** The count on `from`, then each day after it, up to `to`, on which it changed. */
export function partySteps(states: readonly MembershipRecord[], from: string, to: string): Step[] {
  return [
    { date: from, count: partiesOn(states, from).length },
    ...countChanges(states, from, to).map((c) => ({ date: c.date, count: c.count })),
  ];
}

/** One row of the table behind the chart: the count at the end of a year (today for this year), and who moved. */
export interface YearRow {
  year: string;
  count: number;
  joined: string[];
  left: string[];
}

/** A row per year from `from` to `to`. */
export function yearRows(states: readonly MembershipRecord[], from: string, to: string): YearRow[] {
  const changes = countChanges(states, from, to);
  const rows: YearRow[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const year = String(y);
    const end = `${year}-12-31` < to ? `${year}-12-31` : to;
    const those = changes.filter((c) => c.date.startsWith(year));
    rows.push({
      year,
      count: partiesOn(states, end).length,
      joined: those.flatMap((c) => c.joined),
      left: those.flatMap((c) => c.left),
    });
  }
  return rows;
}

/** The top of the count axis: the next multiple of `step` above the highest count, so the line never touches it. */
export function axisTop(steps: readonly Step[], step = 25): number {
  const max = Math.max(0, ...steps.map((s) => s.count));
  return (Math.floor(max / step) + 1) * step;
}

/**
 * The step line in a box `width` × `height` (x: time from `from` to `to`; y: the count, 0 at the bottom, `top` at the
 * top), as SVG path data, and the same closed along the bottom for the area under it.
 */
export function stepPaths(
  steps: readonly Step[],
  from: string,
  to: string,
  top: number,
  width = 1000,
  height = 200,
): { line: string; area: string } {
  const f = dayNumber(from);
  const span = Math.max(1, dayNumber(to) - f);
  const x = (day: string) => Math.round(((dayNumber(day) - f) / span) * width * 10) / 10;
  const y = (count: number) => Math.round((height - (count / top) * height) * 10) / 10;
  let line = "";
  steps.forEach((s, i) => {
    line += i === 0 ? `M${String(x(s.date))} ${String(y(s.count))}` : `H${String(x(s.date))}V${String(y(s.count))}`;
  });
  line += `H${String(width)}`;
  return { line, area: `${line}V${String(height)}H0Z` };
}

/** Where a day falls on the time axis, from 0 (`from`) to 1 (`to`). */
export function timeShare(day: string, from: string, to: string): number {
  return (dayNumber(day) - dayNumber(from)) / Math.max(1, dayNumber(to) - dayNumber(from));
}
