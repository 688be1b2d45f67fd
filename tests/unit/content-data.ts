/** Reads the editor's content files directly, through the schemas, for tests that check the data against itself. */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { iccState, type IccState } from "../../src/schemas/icc";
import { timelineEvent, type TimelineEvent } from "../../src/schemas/timeline";
import { unRegionalGroup, type UnRegionalGroup } from "../../src/schemas/un-groups";
import { withCommonName, type WithCommonName } from "../../src/lib/country-name";
import { sortDay } from "../../src/lib/dates";
import { treatyDates, type TreatyDates } from "../../src/lib/treaty";
import { tripsFrom, type Trip } from "../../src/lib/trips";

export const CONTENT = resolve(import.meta.dirname, "../../content");

/** The raw ICC records, as the file holds them (for tests of the schema itself). */
export function readStates(): unknown[] {
  return JSON.parse(readFileSync(join(CONTENT, "data/icc-states.json"), "utf8")) as unknown[];
}

/** Every timeline file: its id (file name) and parsed frontmatter, unchecked. */
export function readEvents(): { id: string; data: unknown }[] {
  const dir = join(CONTENT, "timeline");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      const match = /^---\n([\s\S]*?)\n---/.exec(text);
      return { id: file.replace(/\.mdx$/, ""), data: match ? (parse(match[1] ?? "") as unknown) : null };
    });
}

/** An ICC record as pages get it: the stored record under its common name, and the dates computed from its actions. */
export type StateRecord = WithCommonName<IccState> & TreatyDates;

/** Every ICC record, parsed by the schema (a bad record throws), with its common name and computed dates. */
export function loadStates(): StateRecord[] {
  return readStates().map((raw) => {
    const state = iccState.parse(raw);
    return { ...withCommonName(state), ...treatyDates(state.actions) };
  });
}

/** Every timeline event, parsed by the schema, in date order. */
export function loadEvents(): { id: string; data: TimelineEvent }[] {
  return readEvents()
    .map(({ id, data }) => ({ id, data: timelineEvent.parse(data) }))
    .sort(
      (a, b) =>
        sortDay(a.data.date, a.data.datePrecision).localeCompare(sortDay(b.data.date, b.data.datePrecision)) ||
        a.id.localeCompare(b.id),
    );
}

/** Putin's trips, as the site derives them from the travel events and the ICC records. */
export function loadTrips(states: readonly StateRecord[] = loadStates()): Trip[] {
  const travel = loadEvents().flatMap((e) => (e.data.kind === "travel" ? [{ id: e.id, data: e.data }] : []));
  return tripsFrom(travel, states);
}

/** The UN regional groups, parsed by their schema (a bad entry throws). */
export function loadGroups(): UnRegionalGroup[] {
  const raw = JSON.parse(readFileSync(join(CONTENT, "data/un-regional-groups.json"), "utf8")) as unknown[];
  return raw.map((g) => unRegionalGroup.parse(g));
}
