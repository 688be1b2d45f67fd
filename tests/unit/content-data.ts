/** Reads the editor's content files directly, through the schemas, for tests that check the data against itself. */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { z } from "astro/zod";
import { iccState } from "../../src/schemas/icc";
import { timelineEvent, type TimelineEvent } from "../../src/schemas/timeline";
import { unRegionalGroup, type UnRegionalGroup } from "../../src/schemas/un-groups";
import { withCommonName } from "../../src/lib/country-name";
import { sortDay } from "../../src/lib/dates";
import type { StateRecord } from "../../src/lib/records";
import { treatyDates } from "../../src/lib/treaty";
import { tripsFrom, type Trip } from "../../src/lib/trips";

export const CONTENT = resolve(import.meta.dirname, "../../content");

/** The raw ICC records, as the file holds them (for tests of the schema itself). */
export function readStates(): unknown[] {
  return z.array(z.unknown()).parse(JSON.parse(readFileSync(join(CONTENT, "data/icc-states.json"), "utf8")));
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
      const data: unknown = match ? parse(match[1] ?? "") : null;
      return { id: file.replace(/\.mdx$/, ""), data };
    });
}

/** An ICC record as pages get it (the type is lib/records'). */
export type { StateRecord };

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
  return z
    .array(unRegionalGroup)
    .parse(JSON.parse(readFileSync(join(CONTENT, "data/un-regional-groups.json"), "utf8")));
}
