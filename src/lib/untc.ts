/**
 * Reads a saved copy of the UN Treaty Collection's status page for the Rome Statute (MTDSG chapter XVIII-10,
 * https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-10&chapter=18&lang=en) and compares it
 * with the site's record, for the editor's routine `npm run data:check -- FILE`.
 *
 * The format followed is the page as public scrapers of it read it: the participants grid is the table whose id
 * ends in `tblgrid` (its first row the header: Participant, Signature, then the consent column), footnote numbers
 * are `<sup>` in the name cell, dates read "17 Jul 1998" with tabs or non-breaking spaces inside and a letter after
 * for the kind of instrument (a accession, d succession, A acceptance, AA approval; none for ratification), and the
 * dates of a state that withdrew are in square brackets; the Rome Statute's withdrawals are a table inside the
 * element whose id ends in `divNotesAll` (participant, date of notification, date of effect, the last reading
 * "Withdrawn" when the notification was withdrawn). Followed: arthuredelstein/survivalscores.org `treaty.js`
 * (the grid, the brackets, the Rome Statute's withdrawal notes) and staffanm/ferenda `ferenda/untc/parse.py`
 * (the id suffix, footnotes in the name cell). Pure functions on the HTML text, no DOM.
 */
import type { DepositType, TreatyAction } from "./treaty";

/** One row of the participants grid. */
export interface UntcRow {
  participant: string;
  signature: string | null;
  consent: { date: string; type: DepositType } | null;
  /** The row's dates are in brackets: the state has since withdrawn. */
  bracketed: boolean;
}

/** One row of the withdrawals table. */
export interface UntcWithdrawal {
  participant: string;
  notified: string | null;
  effect: string | null;
  /** The notification was itself withdrawn before it took effect. */
  withdrawn: boolean;
}

export interface UntcStatus {
  /** "Status as at" stamp, `YYYY-MM-DD`, when the copy has one. */
  asAt: string | null;
  signatories: number | null;
  parties: number | null;
  rows: UntcRow[];
  withdrawals: UntcWithdrawal[];
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MARKS: Record<string, DepositType> = { a: "accession", d: "succession", A: "acceptance", AA: "approval" };

const decode = (text: string): string =>
  text
    .replace(/&nbsp;|&#160;|\u00a0/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#39;|&apos;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

/** The text of a cell: footnote numbers dropped, tags stripped, entities decoded, white space collapsed. */
export function cellText(html: string): string {
  return decode(html.replace(/<sup\b[\s\S]*?<\/sup>/gi, "").replace(/<[^>]+>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

/** "17 Jul 1998" (any case, full month names too) → "1998-07-17"; null when the text holds no such date. */
export function untcDate(text: string): string | null {
  const m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(text.replace(/\s+/g, " "));
  if (!m) return null;
  const month = MONTHS.indexOf((m[2] ?? "").toLowerCase());
  if (month < 0) return null;
  const day = Number(m[1]);
  const iso = `${m[3] ?? ""}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const check = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(check.getTime()) || check.getUTCDate() !== day ? null : iso;
}

/** A consent cell, "10 Feb 2003 a", as its date and kind of instrument. */
export function consentOf(text: string): UntcRow["consent"] {
  const date = untcDate(text);
  if (date === null) return null;
  const after = text
    .replace(/\s+/g, " ")
    .replace(/^.*?\d{4}/, "")
    .replace(/[[\]]/g, "")
    .trim();
  const mark = /^(AA|A|a|d)\b/.exec(after)?.[1];
  return { date, type: mark === undefined ? "ratification" : (MARKS[mark] ?? "ratification") };
}

/** The inner HTML of the element whose id ends in `suffix` (the first one), or null. */
function elementById(html: string, suffix: string): string | null {
  const open = new RegExp(`<(table|div)\\b[^>]*\\bid="[^"]*${suffix}"[^>]*>`, "i").exec(html);
  if (!open) return null;
  const tag = (open[1] ?? "table").toLowerCase();
  const re = new RegExp(`<${tag}\\b|</${tag}>`, "gi");
  re.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[0].startsWith("</") ? -1 : 1;
    if (depth === 0) return html.slice(open.index + open[0].length, m.index);
  }
  return html.slice(open.index + open[0].length);
}

/** The cells of each row of a table's HTML, as raw HTML. */
function rowsOf(html: string): string[][] {
  return [...html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map((row) =>
    [...(row[1] ?? "").matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((cell) => cell[1] ?? ""),
  );
}

/** Everything the status page says that the check compares. */
export function parseUntcStatus(html: string): UntcStatus {
  const grid = elementById(html, "tblgrid");
  if (grid === null) throw new Error("no participants table (an element whose id ends in tblgrid) in this file");
  const rows: UntcRow[] = [];
  for (const cells of rowsOf(grid).slice(1)) {
    if (cells.length < 3) continue;
    const [name = "", signed = "", consent = ""] = cells.map(cellText);
    if (name === "") continue;
    rows.push({
      participant: name,
      signature: untcDate(signed),
      consent: consentOf(consent),
      bracketed: /^\s*\[/.test(signed) || /^\s*\[/.test(consent),
    });
  }
  const notes = elementById(html, "divNotesAll");
  const withdrawals: UntcWithdrawal[] = [];
  for (const cells of notes === null ? [] : rowsOf(notes)) {
    const [name = "", notified = "", effect = ""] = cells.map(cellText);
    if (name === "" || name.includes(":") || /^participant$/i.test(name)) continue;
    const n = untcDate(notified);
    if (n === null) continue;
    withdrawals.push({
      participant: name,
      notified: n,
      effect: untcDate(effect),
      withdrawn: /withdrawn/i.test(effect),
    });
  }
  const text = cellText(html);
  const status = /Signatories\s*:\s*(\d+)\s*\.\s*Parties\s*:\s*(\d+)/i.exec(text);
  const stamp = /STATUS AS AT\s*:\s*(\d{2})-(\d{2})-(\d{4})/i.exec(text);
  return {
    asAt: stamp ? `${stamp[3] ?? ""}-${stamp[2] ?? ""}-${stamp[1] ?? ""}` : null,
    signatories: status ? Number(status[1]) : null,
    parties: status ? Number(status[2]) : null,
    rows,
    withdrawals,
  };
}

/** A state as the check compares it: its UN name and its actions. */
export interface CheckedState {
  iso2: string;
  name: string;
  /** The UN's name where pages show a common one in `name` (see lib/country-name); matching uses it. */
  unName?: string | undefined;
  actions: readonly Pick<TreatyAction, "type" | "date">[];
}

/** Lower case, no accents, punctuation and footnote commas as spaces: how names are matched. */
const key = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const first = (s: CheckedState, types: readonly string[]) => s.actions.find((a) => types.includes(a.type));
const DEPOSITS = ["ratification", "accession", "acceptance", "approval", "succession"];

/**
 * Where the record differs from the UN page, one line per difference, prefixed with the state's code
 * (or `??` for a participant the record does not know). Empty when they agree.
 */
export function compareWithUntc(page: UntcStatus, states: readonly CheckedState[]): string[] {
  const byName = new Map(states.map((s) => [key(s.unName ?? s.name), s]));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const row of page.rows) {
    const state = byName.get(key(row.participant));
    if (!state) {
      out.push(`??: "${row.participant}" is on the UN page but matches no record's name`);
      continue;
    }
    seen.add(state.iso2);
    const say = (what: string) => out.push(`${state.iso2} (${state.name}): ${what}`);
    const signature = first(state, ["signature"])?.date ?? null;
    if (row.signature !== signature) say(`signature: UN ${row.signature ?? "none"}, record ${signature ?? "none"}`);
    const deposit = first(state, DEPOSITS);
    const taken = first(state, ["instrument-withdrawn"]);
    const recorded = deposit && !taken ? { date: deposit.date, type: deposit.type } : null;
    const un = row.consent;
    if ((un?.date ?? null) !== (recorded?.date ?? null) || (un && recorded && un.type !== recorded.type)) {
      say(
        `deposit: UN ${un ? `${un.date} ${un.type}` : "none"}, record ${recorded ? `${recorded.date} ${recorded.type}` : "none"}`,
      );
    }
    const stood =
      state.actions.some((a) => a.type === "withdrawal") &&
      !state.actions.some((a) => a.type === "withdrawal-withdrawn");
    if (row.bracketed && !stood)
      say("the UN page brackets its dates (withdrawn); the record has no withdrawal that stood");
  }
  for (const s of states) {
    if (!seen.has(s.iso2) && s.actions.some((a) => a.type === "signature" || DEPOSITS.includes(a.type))) {
      out.push(`${s.iso2} (${s.name}): the record has a signature or deposit, the UN page no row`);
    }
  }
  for (const w of page.withdrawals) {
    const state = byName.get(key(w.participant));
    if (!state) {
      out.push(`??: withdrawal of "${w.participant}" matches no record's name`);
      continue;
    }
    const say = (what: string) => out.push(`${state.iso2} (${state.name}): ${what}`);
    const notice = state.actions.find((a) => a.type === "withdrawal" && a.date === w.notified);
    if (!notice) say(`withdrawal notified ${w.notified ?? "?"} on the UN page, not in the record`);
    const revoked = state.actions.some(
      (a) => a.type === "withdrawal-withdrawn" && (w.notified === null || a.date >= w.notified),
    );
    if (w.withdrawn !== revoked) {
      say(
        `withdrawal of ${w.notified ?? "?"}: UN ${w.withdrawn ? "withdrawn" : "stands"}, record ${revoked ? "withdrawn" : "stands"}`,
      );
    }
  }
  return out;
}
