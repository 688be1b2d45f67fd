/** The open-data downloads: shapes documented on the about page. */
import { statusOn, type Status } from "./membership";
import type { StateRecord } from "./records";
import type { ActionType, DepositType } from "./treaty";
import * as routes from "./routes";

/** One treaty action as the downloads publish it. */
export interface ActionRow {
  type: ActionType;
  date: string;
  cn: string | null;
  scope: string | null;
}

/** One ICC record as `/data/icc-states.json` publishes it. */
export interface StateRow {
  iso2: string;
  iso3: string;
  /** The common name, as pages show it ("Bolivia"). */
  name: string;
  /** The UN Treaty Collection's name ("Bolivia (Plurinational State of)"); the same as `name` where they agree. */
  unName: string;
  /** The name the Russian edition's pages show ("Кыргызстан"). */
  name_ru: string;
  /** The name the Ukrainian edition's pages show ("Киргизстан"). */
  name_uk: string;
  slug: string;
  url: string;
  status: Status;
  signed: string | null;
  ratified: string | null;
  depositType: DepositType | null;
  entryIntoForce: string | null;
  withdrawalNotified: string | null;
  withdrawalEffective: string | null;
  withdrawalWithdrawn: string | null;
  actions: ActionRow[];
  note: string;
  sources: { url: string; title: string; publisher: string }[];
}

/** A state's name in the other editions, as their pages show it (src/i18n/countries.ts at build time). */
export type EditionNames = (state: StateRecord) => { name_ru: string; name_uk: string };

/** The rows of the ICC download (English records), with each status as of `day` and the editions' names. */
export function stateRows(
  states: readonly StateRecord[],
  day: string,
  slugOf: (s: StateRecord) => string,
  namesOf: EditionNames,
): StateRow[] {
  return states.map((s) => ({
    iso2: s.iso2,
    iso3: s.iso3,
    name: s.name,
    unName: s.unName,
    ...namesOf(s),
    slug: slugOf(s),
    url: routes.country(slugOf(s)),
    status: statusOn(s, day),
    signed: s.signed,
    ratified: s.deposited !== null && s.depositWithdrawn === null ? s.deposited : null,
    depositType: s.depositWithdrawn === null ? s.depositType : null,
    entryIntoForce: s.depositWithdrawn === null ? s.entryIntoForce : null,
    withdrawalNotified: s.withdrawalNotified,
    withdrawalEffective: s.withdrawalRevoked === null ? s.withdrawalEffective : null,
    withdrawalWithdrawn: s.withdrawalRevoked,
    actions: s.actions.map((a) => ({ type: a.type, date: a.date, cn: a.cn ?? null, scope: a.scope ?? null })),
    note: s.note,
    sources: s.sources.map(({ url, title, publisher }) => ({ url, title, publisher })),
  }));
}

const CSV_COLUMNS = [
  "iso2",
  "iso3",
  "name",
  "unName",
  "name_ru",
  "name_uk",
  "slug",
  "url",
  "status",
  "signed",
  "ratified",
  "depositType",
  "entryIntoForce",
  "withdrawalNotified",
  "withdrawalEffective",
  "withdrawalWithdrawn",
  "actions",
  "note",
  "sources",
] as const;

/** One CSV field, quoted when it must be (RFC 4180), and guarded against spreadsheet formulas. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The rows as CSV; list fields are joined with " | ", an action written "date type [notification]". */
export function toCsv(rows: readonly StateRow[]): string {
  const cell = (row: StateRow, col: (typeof CSV_COLUMNS)[number]): string => {
    if (col === "sources") return row.sources.map((s) => s.url).join(" | ");
    if (col === "actions") return row.actions.map((a) => [a.date, a.type, a.cn ?? ""].join(" ").trim()).join(" | ");
    const v = row[col];
    return typeof v === "string" ? v : "";
  };
  const lines = [CSV_COLUMNS.join(","), ...rows.map((r) => CSV_COLUMNS.map((c) => csvField(cell(r, c))).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}
