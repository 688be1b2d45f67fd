/** Sorting and filtering the country table: the rules, apart from the DOM. */
import { MAX_QUERY, normalize, type CountryIndex } from "./search";

/** A row as the table island reads it from data-* attributes. */
export interface TableRow {
  iso2: string;
  name: string;
  status: string;
  /** Sort keys by column (dates as YYYY-MM-DD, "" when none). */
  keys: Record<string, string>;
}

/** Rows ordered by `column`, empty values last whatever the direction, ties by name, in the collation of `locale`. */
export function sortRows<T extends TableRow>(
  rows: readonly T[],
  column: string,
  direction: "ascending" | "descending",
  locale = "en",
): T[] {
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = column === "name" ? a.name : (a.keys[column] ?? "");
    const y = column === "name" ? b.name : (b.keys[column] ?? "");
    if (x === "" && y !== "") return 1;
    if (y === "" && x !== "") return -1;
    return sign * x.localeCompare(y, locale) || a.name.localeCompare(b.name, locale);
  });
}

/**
 * The alpha-2 codes of the countries a filter text finds, by the lookup's own matcher (every name in every language,
 * aliases, codes, a letter or two wrong), so "ivory coast", "usa" and "Киргизия" find their rows; null when the text
 * is empty (every row).
 */
export function filterCodes(index: Pick<CountryIndex, "find">, text: string): Set<string> | null {
  if (normalize(text.slice(0, MAX_QUERY)) === "") return null;
  return new Set(index.find(text, Number.POSITIVE_INFINITY).map((hit) => hit.iso2));
}

/** True when a row passes the status filter and is among the countries the text found (`found`; null: any). */
export function rowMatches(row: TableRow, status: string, found: ReadonlySet<string> | null): boolean {
  return (status === "" || row.status === status) && (found === null || found.has(row.iso2));
}

/** The sort columns a row carries as `data-key-*` attributes (CountryTable.astro writes them). */
const KEY_COLUMNS = {
  status: "keyStatus",
  signed: "keySigned",
  deposited: "keyDeposited",
  inForce: "keyInForce",
  withdrawal: "keyWithdrawal",
} as const;

/** A row read from its element's `data-*` attributes (a `dataset`); a missing one reads as "". */
export function rowFromData(data: Readonly<Record<string, string | undefined>>): TableRow {
  const keys = Object.fromEntries(Object.entries(KEY_COLUMNS).map(([column, name]) => [column, data[name] ?? ""]));
  return { iso2: data["iso2"] ?? "", name: data["name"] ?? "", status: data["status"] ?? "", keys };
}

/** The line under the filters: "12 of 197 countries shown." */
export const shownLine = (shown: number, total: number, template = "{shown} of {total} countries shown."): string =>
  template.replace("{shown}", String(shown)).replace("{total}", String(total));
