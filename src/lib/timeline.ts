/** Grouping and labels for timeline events. */

/** The kinds of event, with the words a reader sees. */
export const KIND_LABEL = {
  court: "Court",
  travel: "Travel",
  membership: "Membership",
  diplomacy: "Diplomacy",
  war: "War",
} as const;
export type Kind = keyof typeof KIND_LABEL;

/** Items grouped by the year of their `date`, years ascending. */
export function groupByYear<T extends { data: { date: string } }>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const year = item.data.date.slice(0, 4);
    groups.set(year, [...(groups.get(year) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}
