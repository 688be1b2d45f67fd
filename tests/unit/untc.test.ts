import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cellText, compareWithUntc, consentOf, parseUntcStatus, untcDate } from "../../src/lib/untc";
import { loadStates } from "./content-data";

const sample = readFileSync(new URL("../fixtures/untc/xviii-10-sample.html", import.meta.url), "utf8");
const page = parseUntcStatus(sample);
const states = loadStates();

describe("reading the UN Treaty Collection's status page", () => {
  it("reads dates written the UN's way, with tabs and non-breaking spaces inside", () => {
    expect(untcDate("17 Jul\t 1998")).toBe("1998-07-17");
    expect(untcDate("&nbsp;9 Jun 2000".replace("&nbsp;", "\u00a0"))).toBe("2000-06-09");
    expect(untcDate("[21 Sep\t 2004]")).toBe("2004-09-21");
    expect(untcDate("30 Feb 2001")).toBeNull();
    expect(untcDate("")).toBeNull();
  });

  it("tells the kind of instrument from the letter after the date", () => {
    expect(consentOf("10 Feb 2003 a")).toEqual({ date: "2003-02-10", type: "accession" });
    expect(consentOf("23 Oct 2006 d")).toEqual({ date: "2006-10-23", type: "succession" });
    expect(consentOf("1 Jan 2010 AA")).toEqual({ date: "2010-01-01", type: "approval" });
    expect(consentOf("1 Jan 2010 A")).toEqual({ date: "2010-01-01", type: "acceptance" });
    expect(consentOf("30 Nov 2001")).toEqual({ date: "2001-11-30", type: "ratification" });
  });

  it("drops footnote numbers and keeps the text of a declarations link in a name", () => {
    expect(cellText('<a class="noteIndex" href="#EndDec">France</a><sup>5</sup>')).toBe("France");
  });

  it("reads the header counts, every participant row and the withdrawals table", () => {
    expect(page.signatories).toBe(137);
    expect(page.parties).toBe(125);
    expect(page.rows.map((r) => r.participant)).toEqual([
      "Afghanistan",
      "Andorra",
      "Burundi",
      "France",
      "Hungary",
      "Kyrgyzstan",
      "Montenegro",
      "Atlantis",
    ]);
    expect(page.rows.find((r) => r.participant === "Burundi")).toMatchObject({
      bracketed: true,
      signature: "1999-01-13",
    });
    expect(page.rows.find((r) => r.participant === "Kyrgyzstan")).toMatchObject({ consent: null });
    expect(page.withdrawals).toEqual([
      { participant: "Burundi", notified: "2016-10-27", effect: "2017-10-27", withdrawn: false },
      { participant: "Hungary", notified: "2025-06-02", effect: "2026-05-29", withdrawn: true },
    ]);
  });

  it("refuses a file with no participants table, saying so", () => {
    expect(() => parseUntcStatus("<html><body>Under maintenance</body></html>")).toThrow(/tblgrid/);
  });
});

describe("comparing the page with the record", () => {
  const sampled = new Set(["AF", "AD", "BI", "FR", "HU", "KG", "ME"]);
  const differences = compareWithUntc(
    page,
    states.filter((s) => sampled.has(s.iso2)),
  );

  it("reports a date that differs, and a participant no record matches", () => {
    expect(differences).toEqual([
      "AD (Andorra): signature: UN 1998-07-19, record 1998-07-18",
      '??: "Atlantis" is on the UN page but matches no record\'s name',
    ]);
  });

  it("reports a withdrawal the record lacks, and one the record gives the wrong outcome", () => {
    const edited = states
      .filter((s) => sampled.has(s.iso2))
      .map((s) => (s.iso2 === "HU" ? { ...s, actions: s.actions.filter((a) => a.type !== "withdrawal-withdrawn") } : s))
      .map((s) => (s.iso2 === "BI" ? { ...s, actions: s.actions.filter((a) => a.type !== "withdrawal") } : s));
    const lines = compareWithUntc(page, edited);
    expect(lines).toContain("HU (Hungary): withdrawal of 2025-06-02: UN withdrawn, record stands");
    expect(lines).toContain("BI (Burundi): withdrawal notified 2016-10-27 on the UN page, not in the record");
    expect(lines).toContain(
      "BI (Burundi): the UN page brackets its dates (withdrawn); the record has no withdrawal that stood",
    );
  });

  it("reports a state the record says acted that has no row on the page", () => {
    const withMongolia = states.filter((s) => sampled.has(s.iso2) || s.iso2 === "MN");
    expect(compareWithUntc(page, withMongolia)).toContain(
      "MN (Mongolia): the record has a signature or deposit, the UN page no row",
    );
  });
});
