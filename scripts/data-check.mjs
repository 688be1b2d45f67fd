// `npm run data:check -- FILE`: compares content/data/icc-states.json with a saved copy of the UN Treaty Collection's
// status page for the Rome Statute (chapter XVIII-10) and prints, state by state, where they differ. Exits 1 when
// they differ, 2 when the file cannot be read as that page. The routine is in the README ("Checking the record").
import { readFileSync } from "node:fs";
import { compareWithUntc, parseUntcStatus } from "../src/lib/untc.ts";
import { treatyDates } from "../src/lib/treaty.ts";
import { partiesOn } from "../src/lib/membership.ts";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run data:check -- path/to/saved-untc-page.html");
  process.exit(2);
}
let page;
try {
  page = parseUntcStatus(readFileSync(file, "utf8"));
} catch (error) {
  console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const states = JSON.parse(readFileSync(new URL("../content/data/icc-states.json", import.meta.url), "utf8")).map(
  (s) => ({ ...s, ...treatyDates(s.actions) }),
);
const day = page.asAt ?? new Date().toISOString().slice(0, 10);
console.log(
  `${file}: ${page.rows.length} participants, ${page.withdrawals.length} withdrawals` +
    (page.asAt ? `, status as at ${page.asAt}` : ", no 'status as at' stamp (compared as of today)"),
);
const lines = compareWithUntc(page, states);
const counted = partiesOn(states, day).length;
if (page.parties !== null && page.parties !== counted) {
  lines.unshift(`count: the UN page says Parties : ${page.parties}; the record counts ${counted} on ${day}`);
}
for (const line of lines) console.log(line);
console.log(lines.length === 0 ? "The record agrees with the UN page." : `${lines.length} difference(s).`);
process.exit(lines.length === 0 ? 0 : 1);
