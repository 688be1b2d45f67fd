import { describe, expect, it } from "vitest";
import { dutySentence, statusWords } from "../../src/lib/country-text";
import { countChanges, dayBefore, partiesOn, statusOn, type MembershipRecord } from "../../src/lib/membership";
import { en } from "./edition-t";

/** A record with every date empty, for building the cases below. */
const blank = (iso2: string, name: string): MembershipRecord => ({
  iso2,
  name,
  signed: null,
  signatureWithdrawn: null,
  deposited: null,
  depositWithdrawn: null,
  entryIntoForce: null,
  withdrawalNotified: null,
  withdrawalEffective: null,
  withdrawalRevoked: null,
});

// Shapes of the hard cases, with made-up round dates so each boundary is easy to see.
const signatoryOnly = { ...blank("AA", "Signed only"), signed: "2000-01-01" };
const signatureWithdrawn = { ...blank("BB", "Unsigned"), signed: "2000-01-01", signatureWithdrawn: "2010-01-01" };
const party = { ...blank("CC", "Party"), signed: "2000-01-01", deposited: "2001-01-01", entryIntoForce: "2001-04-01" };
const withdrew = {
  ...party,
  iso2: "DD",
  name: "Withdrew",
  withdrawalNotified: "2016-01-01",
  withdrawalEffective: "2017-01-01",
};
const revoked = { ...withdrew, iso2: "EE", name: "Revoked", withdrawalRevoked: "2016-06-01" };
const accessionWithdrawn = {
  ...blank("FF", "Accession withdrawn"),
  deposited: "2019-03-04",
  depositWithdrawn: "2019-04-29",
  entryIntoForce: "2019-06-01",
};
const acceded = { ...blank("GG", "Acceded"), deposited: "2015-01-02", entryIntoForce: "2015-04-01" };

describe("statusOn", () => {
  it("is non_party before any action and for a state that never acted", () => {
    expect(statusOn(signatoryOnly, "1999-12-31")).toBe("non_party");
    expect(statusOn(blank("ZZ", "None"), "2026-01-01")).toBe("non_party");
  });

  it("is signatory from the day of signature until a ratification enters into force", () => {
    expect(statusOn(signatoryOnly, "2000-01-01")).toBe("signatory");
    expect(statusOn(party, "2001-03-31")).toBe("signatory");
  });

  it("is signature_withdrawn from the day the notice was received", () => {
    expect(statusOn(signatureWithdrawn, "2009-12-31")).toBe("signatory");
    expect(statusOn(signatureWithdrawn, "2010-01-01")).toBe("signature_withdrawn");
  });

  it("is party from the day the Statute enters into force for the state, not the day of deposit", () => {
    expect(statusOn(party, "2001-01-01")).toBe("signatory");
    expect(statusOn(party, "2001-04-01")).toBe("party");
    expect(statusOn(acceded, "2015-03-31")).toBe("non_party");
    expect(statusOn(acceded, "2015-04-01")).toBe("party");
  });

  it("is withdrawing between notice and effect, then former_party", () => {
    expect(statusOn(withdrew, "2015-12-31")).toBe("party");
    expect(statusOn(withdrew, "2016-01-01")).toBe("withdrawing");
    expect(statusOn(withdrew, "2016-12-31")).toBe("withdrawing");
    expect(statusOn(withdrew, "2017-01-01")).toBe("former_party");
  });

  it("is party again once a notice is revoked before it takes effect", () => {
    expect(statusOn(revoked, "2016-05-31")).toBe("withdrawing");
    expect(statusOn(revoked, "2016-06-01")).toBe("party");
    expect(statusOn(revoked, "2017-01-01")).toBe("party");
  });

  it("never makes a party of a state that withdrew its accession before entry into force", () => {
    for (const day of ["2019-03-04", "2019-05-01", "2019-06-01", "2026-01-01"]) {
      expect(statusOn(accessionWithdrawn, day)).toBe("non_party");
    }
  });
});

describe("partiesOn and countChanges", () => {
  const all = [signatoryOnly, signatureWithdrawn, party, withdrew, revoked, accessionWithdrawn, acceded];

  it("counts withdrawing states as parties until their withdrawal takes effect", () => {
    expect(partiesOn(all, "2016-03-01").map((s) => s.iso2)).toEqual(["CC", "DD", "EE", "GG"]);
    expect(partiesOn(all, "2017-01-01").map((s) => s.iso2)).toEqual(["CC", "EE", "GG"]);
  });

  it("lists each day the count changed, with who joined or left", () => {
    expect(countChanges(all, "2014-12-31", "2026-01-01")).toEqual([
      { date: "2015-04-01", count: 4, joined: ["Acceded"], left: [], caveats: [] },
      { date: "2017-01-01", count: 3, joined: [], left: ["Withdrew"], caveats: [] },
    ]);
  });

  it("ignores a revoked withdrawal's due date and a withdrawn accession's entry into force", () => {
    const dates = countChanges(all, "2000-01-01", "2026-01-01").map((c) => c.date);
    expect(dates).not.toContain("2019-06-01");
    expect(dates.filter((d) => d === "2017-01-01")).toHaveLength(1);
  });

  it("finds the day before across month and leap-year boundaries", () => {
    expect(dayBefore("2024-03-01")).toBe("2024-02-29");
    expect(dayBefore("2025-01-01")).toBe("2024-12-31");
  });
});

describe("statusWords", () => {
  it("says in plain words what Kyrgyzstan's status was", () => {
    expect(statusWords(en, "signatory", "was")).toBe("a signatory that had not ratified the Rome Statute");
    expect(statusWords(en, "signatory")).toBe("a signatory that has not ratified the Rome Statute");
  });
});

describe("dutySentence", () => {
  it.each([
    [
      "party",
      "is",
      "As a State Party, it must arrest Putin if he enters its territory and surrender him to the Court (Articles 86 and 89).",
    ],
    [
      "party",
      "was",
      "As a State Party, it had to arrest Putin if he entered its territory and surrender him to the Court (Articles 86 and 89).",
    ],
    [
      "withdrawing",
      "will",
      "If nothing changes, as a State Party it will have to arrest Putin if he enters its territory and surrender him to the Court (Articles 86 and 89).",
    ],
    [
      "former_party",
      "was",
      "It was no longer bound by the Statute's duty to arrest for conduct after its withdrawal took effect.",
    ],
    [
      "former_party",
      "will",
      "If nothing changes, it will not be bound by the Statute's duty to arrest for conduct after its withdrawal took effect.",
    ],
    [
      "signatory",
      "is",
      "It is not bound to arrest Putin: a signature alone creates no duty to carry out the Court's warrants.",
    ],
    [
      "signatory",
      "will",
      "If nothing changes, it will not be bound to arrest Putin: a signature alone creates no duty to carry out the Court's warrants.",
    ],
    [
      "signature_withdrawn",
      "was",
      "It was not bound to arrest Putin: the Rome Statute's duties fall on its States Parties.",
    ],
    ["non_party", "is", "It is not bound to arrest Putin: the Rome Statute's duties fall on its States Parties."],
  ] as const)("says what %s meant in the %s tense", (status, tense, sentence) => {
    expect(dutySentence(en, status, tense)).toBe(sentence);
  });
});
