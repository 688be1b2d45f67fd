/** Grouping and labels for timeline events. */

/** The kinds of event, in the order the filter lists them (the schema's EVENT_KINDS; a test keeps them equal). */
export const KINDS = ["court", "travel", "membership", "diplomacy", "war"] as const;
export type Kind = (typeof KINDS)[number];

/** A kind's label in an edition, its interface string `kind.<kind>`: `kindLabel("court", t)` → "Суд" in Russian. */
export const kindLabel = (kind: Kind, t: (key: string) => string): string => t(`kind.${kind}`);

/** Items grouped by the year of their `date`, years ascending. */
export function groupByYear<T extends { data: { date: string } }>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const year = item.data.date.slice(0, 4);
    groups.set(year, [...(groups.get(year) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}
