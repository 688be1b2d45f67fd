import { describe, expect, it } from "vitest";
import {
  article126,
  article127,
  recordedDisagreements,
  treatyDates,
  treatyFacts,
  type TreatyAction,
} from "../../src/lib/treaty";
import { statusOn } from "../../src/lib/membership";
import { en } from "./edition-t";

/** A fact's words in English, as the pages write them. */
const said = (f: { key: string }) => en(`fact.${f.key}`);

const act = (type: TreatyAction["type"], date: string, extra: Partial<TreatyAction> = {}): TreatyAction => ({
  type,
  date,
  ...extra,
});

describe("Article 126: entry into force", () => {
  it("is 1 July 2002 for every instrument deposited up to the 60th, on 11 April 2002", () => {
    expect(article126("1999-02-02")).toBe("2002-07-01");
    expect(article126("2002-04-11")).toBe("2002-07-01");
  });

  it("is the first day of the month after the 60th day following a later deposit", () => {
    // Gambia, 28 June 2002: the 60th day is 27 August, so 1 September.
    expect(article126("2002-06-28")).toBe("2002-09-01");
    // Saint Vincent and the Grenadines, 3 December 2002: the 60th day is 1 February 2003, so 1 March.
    expect(article126("2002-12-03")).toBe("2003-03-01");
    // Ukraine, 25 October 2024: the 60th day is 24 December, so 1 January 2025.
    expect(article126("2024-10-25")).toBe("2025-01-01");
  });

  it("counts a 60th day that falls on the first of a month as that month, so entry is a month later", () => {
    // Albania, 31 January 2003: the 60th day is 1 April 2003; the Statute entered into force on 1 May 2003.
    expect(article126("2003-01-31")).toBe("2003-05-01");
  });

  it("counts 29 February in a leap year", () => {
    // 1 January 2004 + 60 days = 1 March 2004 (2004 is a leap year), so 1 April.
    expect(article126("2004-01-01")).toBe("2004-04-01");
    expect(article126("2003-01-01")).toBe("2003-04-01");
  });
});

describe("Article 127: withdrawal", () => {
  it("takes effect one year after the notification is received", () => {
    expect(article127("2016-10-27")).toBe("2017-10-27"); // Burundi
    expect(article127("2018-03-17")).toBe("2019-03-17"); // Philippines
    expect(article127("2025-06-02")).toBe("2026-06-02"); // Hungary, had it stood
  });

  it("takes effect on a later day the notification names, but never earlier than a year", () => {
    expect(article127("2016-10-19", "2017-12-31")).toBe("2017-12-31");
    expect(article127("2016-10-19", "2017-01-01")).toBe("2017-10-19");
  });
});

describe("treatyDates: the decisive dates from the depositary's actions", () => {
  it("computes entry into force from the deposit, not from a stored date", () => {
    const d = treatyDates([act("signature", "1998-12-08"), act("ratification", "2002-06-28")]);
    expect(d).toMatchObject({
      signed: "1998-12-08",
      deposited: "2002-06-28",
      depositType: "ratification",
      entryIntoForce: "2002-09-01",
    });
  });

  it("keeps a withdrawal whose notification was withdrawn in time from ever taking effect", () => {
    const hungary = treatyDates([
      act("ratification", "2001-11-30"),
      act("withdrawal", "2025-06-02"),
      act("withdrawal-withdrawn", "2026-05-29"),
    ]);
    expect(hungary.withdrawalEffective).toBe("2026-06-02");
    expect(hungary.withdrawalRevoked).toBe("2026-05-29");
    const record = { iso2: "HU", name: "Hungary", ...hungary };
    expect(statusOn(record, "2025-06-01")).toBe("party");
    expect(statusOn(record, "2025-06-02")).toBe("withdrawing");
    expect(statusOn(record, "2026-05-29")).toBe("party");
    expect(statusOn(record, "2026-06-02")).toBe("party");
  });

  it("lets a withdrawal take effect when nothing withdraws the notification", () => {
    const burundi = {
      iso2: "BI",
      name: "Burundi",
      ...treatyDates([act("ratification", "2004-09-21"), act("withdrawal", "2016-10-27")]),
    };
    expect(statusOn(burundi, "2017-10-26")).toBe("withdrawing");
    expect(statusOn(burundi, "2017-10-27")).toBe("former_party");
  });

  it("ignores a withdrawal of the notification that comes after the withdrawal took effect", () => {
    const late = treatyDates([
      act("ratification", "2004-09-21"),
      act("withdrawal", "2016-10-27"),
      act("withdrawal-withdrawn", "2018-01-01"),
    ]);
    expect(late.withdrawalRevoked).toBeNull();
  });

  it("never makes a party of a state that took its instrument back before entry into force", () => {
    const malaysia = {
      iso2: "MY",
      name: "Malaysia",
      ...treatyDates([act("accession", "2019-03-04"), act("instrument-withdrawn", "2019-04-29")]),
    };
    expect(malaysia.entryIntoForce).toBe("2019-06-01");
    for (const day of ["2019-03-04", "2019-06-01", "2026-12-01"]) expect(statusOn(malaysia, day)).toBe("non_party");
  });

  it("does not treat an announced withdrawal as a notification: only a withdrawal action counts", () => {
    const niger = treatyDates([act("ratification", "2002-04-11")]);
    expect(niger.withdrawalNotified).toBeNull();
  });

  it("takes a succession's day from the record, since Article 126 does not decide it", () => {
    expect(treatyDates([act("succession", "2006-10-23", { inForce: "2006-06-03" })]).entryIntoForce).toBe("2006-06-03");
  });
});

describe("recordedDisagreements", () => {
  it("reports a recorded date that Articles 126 or 127 contradict, and nothing when they agree", () => {
    expect(recordedDisagreements([act("ratification", "2002-06-28", { inForce: "2002-09-01" })])).toEqual([]);
    expect(recordedDisagreements([act("ratification", "2002-06-28", { inForce: "2003-09-01" })])).toEqual([
      "ratification of 2002-06-28: recorded inForce 2003-09-01, Article 126 gives 2002-09-01",
    ]);
    expect(recordedDisagreements([act("withdrawal", "2016-10-27", { takesEffect: "2017-10-28" })])).toHaveLength(1);
  });
});

describe("treatyFacts", () => {
  it("says a withdrawal is due while it is in the future and took effect once it is past", () => {
    const d = treatyDates([act("ratification", "2004-09-21"), act("withdrawal", "2016-10-27")]);
    const due = treatyFacts(d, "2017-01-01").at(-1);
    expect(due).toEqual({ key: "withdrawal.due", date: "2017-10-27", action: null });
    expect(said(due ?? { key: "?" })).toBe("Withdrawal due to take effect");
    expect(said(treatyFacts(d, "2018-01-01").at(-1) ?? { key: "?" })).toBe("Withdrawal took effect");
  });

  it("words every kind of fact in English as the pages had them", () => {
    const english: Record<string, string> = {
      signed: "Signed",
      signatureWithdrawn: "Told the UN it does not intend to become a party",
      "deposit.ratification": "Ratified",
      "deposit.accession": "Acceded",
      "deposit.acceptance": "Accepted",
      "deposit.approval": "Approved",
      "deposit.succession": "Succeeded to the Statute",
      "deposit.unknown": "Ratified or acceded",
      depositWithdrawn: "Withdrew its instrument before the Statute entered into force for it",
      "inForce.due": "Statute due to enter into force for it",
      inForce: "Statute in force for it",
      withdrawalNotified: "Withdrawal notified",
      withdrawalRevoked: "Withdrawal notification withdrawn",
      "withdrawal.due": "Withdrawal due to take effect",
      "withdrawal.effective": "Withdrawal took effect",
    };
    for (const [key, words] of Object.entries(english)) expect(said({ key }), key).toBe(words);
  });

  it("names the notice of a signatory that will not join in plain words, not as a withdrawn signature", () => {
    const d = treatyDates([act("signature", "2000-09-13"), act("not-intending-party", "2016-11-30")]);
    expect(treatyFacts(d, "2026-12-01").map(said)).toEqual([
      "Signed",
      "Told the UN it does not intend to become a party",
    ]);
  });

  it("shows no date of a withdrawal's effect once the notification was withdrawn", () => {
    const d = treatyDates([
      act("ratification", "2001-11-30"),
      act("withdrawal", "2025-06-02"),
      act("withdrawal-withdrawn", "2026-05-29"),
    ]);
    expect(treatyFacts(d, "2026-12-01").map(said)).toEqual([
      "Ratified",
      "Statute in force for it",
      "Withdrawal notified",
      "Withdrawal notification withdrawn",
    ]);
  });
});

describe("the record against counts its sources state (data against data)", async () => {
  const { readFileSync } = await import("node:fs");
  const { iccState } = await import("../../src/schemas/icc");
  const { partiesOn } = await import("../../src/lib/membership");
  const { readStates } = await import("./content-data");
  const states = readStates().map((raw) => {
    const s = iccState.parse(raw);
    return { ...s, ...treatyDates(s.actions) };
  });
  const known = JSON.parse(readFileSync(new URL("../fixtures/known-counts.json", import.meta.url), "utf8")) as {
    on: string;
    count: number;
    publisher: string;
  }[];

  it("has sourced counts on at least eight days from 2002 to 2026", () => {
    expect(known.length).toBeGreaterThanOrEqual(8);
    expect(known[0]?.on.slice(0, 4)).toBe("2002");
    expect(known.at(-1)?.on.slice(0, 4)).toBe("2026");
  });

  it.each(known.map((k) => [k.on, k.count, k.publisher] as const))(
    "counts the States Parties on %s as %i, as %s says",
    (on, count) => {
      expect(partiesOn(states, on).length).toBe(count);
    },
  );

  it("agrees with every entry-into-force and withdrawal date the record itself states", () => {
    const raw = readStates().map((r) => iccState.parse(r));
    const disagreements = raw.flatMap((s) => recordedDisagreements(s.actions).map((d) => `${s.iso2}: ${d}`));
    expect(disagreements).toEqual([]);
    expect(raw.filter((s) => s.actions.some((a) => a.inForce !== undefined)).length).toBeGreaterThan(100);
  });
});
