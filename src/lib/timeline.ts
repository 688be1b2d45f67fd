/** Grouping and labels for timeline events. */

/** The kinds of event, with the English words a reader sees (other editions: `kindLabel`). */
export const KIND_LABEL = {
  court: "Court",
  travel: "Travel",
  membership: "Membership",
  diplomacy: "Diplomacy",
  war: "War",
} as const;
export type Kind = keyof typeof KIND_LABEL;

/** The dictionary key of each kind's label ("kind.court"), for an edition's `t`. */
export const KIND_KEY: Readonly<Record<Kind, `kind.${Kind}`>> = {
  court: "kind.court",
  travel: "kind.travel",
  membership: "kind.membership",
  diplomacy: "kind.diplomacy",
  war: "kind.war",
};

/** Every kind, in the order the filter lists them. */
export const KINDS = Object.keys(KIND_KEY) as Kind[];

/** A kind's label in an edition: `kindLabel("court", t)` → "Суд" in Russian. */
export const kindLabel = (kind: Kind, t: (key: string) => string): string => t(KIND_KEY[kind]);

/** Items grouped by the year of their `date`, years ascending. */
export function groupByYear<T extends { data: { date: string } }>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const year = item.data.date.slice(0, 4);
    groups.set(year, [...(groups.get(year) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}
