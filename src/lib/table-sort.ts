/** Sorting and filtering the country table: the rules, apart from the DOM. */
import { normalize } from "./search";

/** A row as the table island reads it from data-* attributes. */
export interface TableRow {
  name: string;
  status: string;
  /** Sort keys by column (dates as YYYY-MM-DD, "" when none). */
  keys: Record<string, string>;
}

/** Rows ordered by `column`, empty values last whatever the direction, ties by name. */
export function sortRows<T extends TableRow>(
  rows: readonly T[],
  column: string,
  direction: "ascending" | "descending",
): T[] {
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = column === "name" ? a.name : (a.keys[column] ?? "");
    const y = column === "name" ? b.name : (b.keys[column] ?? "");
    if (x === "" && y !== "") return 1;
    if (y === "" && x !== "") return -1;
    return sign * x.localeCompare(y, "en") || a.name.localeCompare(b.name, "en");
  });
}

/** True when a row matches the text (any part of its name, ignoring case and accents) and the status filter. */
export function rowMatches(row: TableRow, text: string, status: string): boolean {
  const q = normalize(text.slice(0, 80));
  return (status === "" || row.status === status) && (q === "" || normalize(row.name).includes(q));
}
