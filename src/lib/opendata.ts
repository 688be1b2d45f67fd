/** The open-data downloads: shapes documented on the about page. */
import { statusOn, type MembershipRecord, type Status } from "./membership";

/** One ICC record as `/data/icc-states.json` publishes it. */
export interface StateRow {
  iso2: string;
  iso3: string;
  name: string;
  slug: string;
  url: string;
  status: Status;
  signed: string | null;
  ratified: string | null;
  entryIntoForce: string | null;
  withdrawalNotified: string | null;
  withdrawalEffective: string | null;
  art12_3: string[];
  notes: string;
  sources: { url: string; title: string; publisher: string }[];
}

interface FullRecord extends MembershipRecord {
  iso3: string;
  art12_3: { lodged: string; scope: string }[];
  notes: string;
  sources: { url: string; title: string; publisher: string }[];
}

/** The rows of the ICC download, with each status as of `day`. */
export function stateRows(states: readonly FullRecord[], day: string, slugOf: (s: FullRecord) => string): StateRow[] {
  return states.map((s) => ({
    iso2: s.iso2,
    iso3: s.iso3,
    name: s.name,
    slug: slugOf(s),
    url: `/countries/${slugOf(s)}/`,
    status: statusOn(s, day),
    signed: s.signed,
    ratified: s.deposited !== null && s.depositWithdrawn === null ? s.deposited : null,
    entryIntoForce: s.depositWithdrawn === null ? s.entryIntoForce : null,
    withdrawalNotified: s.withdrawalNotified,
    withdrawalEffective: s.withdrawalRevoked === null ? s.withdrawalEffective : null,
    art12_3: s.art12_3.map((d) => d.lodged),
    notes: s.notes,
    sources: s.sources.map(({ url, title, publisher }) => ({ url, title, publisher })),
  }));
}

const CSV_COLUMNS = [
  "iso2",
  "iso3",
  "name",
  "slug",
  "url",
  "status",
  "signed",
  "ratified",
  "entryIntoForce",
  "withdrawalNotified",
  "withdrawalEffective",
  "art12_3",
  "notes",
  "sources",
] as const;

/** One CSV field, quoted when it must be (RFC 4180), and guarded against spreadsheet formulas. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The rows as CSV; list fields are joined with " | ". */
export function toCsv(rows: readonly StateRow[]): string {
  const cell = (row: StateRow, col: (typeof CSV_COLUMNS)[number]): string => {
    const v = row[col];
    if (v === null) return "";
    if (col === "sources") return row.sources.map((s) => s.url).join(" | ");
    if (col === "art12_3") return row.art12_3.join(" | ");
    return typeof v === "string" ? v : "";
  };
  const lines = [CSV_COLUMNS.join(","), ...rows.map((r) => CSV_COLUMNS.map((c) => csvField(cell(r, c))).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}
