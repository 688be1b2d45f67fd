/** A state's statuses over the time control's span, written into the page and read back. */
import { describe, expect, it } from "vitest";
import type { MembershipRecord } from "../../src/lib/membership";
import { parseHistory, statusAt, statusHistory } from "../../src/lib/status-history";

const record = (fields: Partial<MembershipRecord>): MembershipRecord => ({
  iso2: "XX",
  name: "Example",
  signed: null,
  signatureWithdrawn: null,
  deposited: null,
  depositWithdrawn: null,
  entryIntoForce: null,
  withdrawalNotified: null,
  withdrawalEffective: null,
  withdrawalRevoked: null,
  ...fields,
});

describe("a status history", () => {
  // Hungary: a party since 2001, notified its withdrawal on 2 June 2025, effective a year later.
  const hungary = record({
    signed: "1999-01-15",
    deposited: "2001-11-30",
    entryIntoForce: "2002-07-01",
    withdrawalNotified: "2025-06-02",
    withdrawalEffective: "2026-06-02",
  });

  it("starts with the status on the first day, then each change", () => {
    const h = statusHistory(hungary, "2022-12-09", "2026-11-27");
    expect(h).toBe("2022-12-09 party;2025-06-02 withdrawing;2026-06-02 former_party");
  });

  it("is null when nothing changes in the span", () => {
    expect(statusHistory(hungary, "2022-12-09", "2025-01-01")).toBeNull();
  });

  it("reads back into the steps it was written from", () => {
    const h = statusHistory(hungary, "2022-12-09", "2026-11-27") ?? "";
    expect(parseHistory(h)).toEqual([
      { day: "2022-12-09", status: "party" },
      { day: "2025-06-02", status: "withdrawing" },
      { day: "2026-06-02", status: "former_party" },
    ]);
    expect(statusAt(h, "2025-12-31")).toBe("withdrawing");
  });

  it("refuses a history with any step that is not a real day and a known status", () => {
    expect(parseHistory("2022-12-09 party;2025-02-30 withdrawing")).toBeNull();
    expect(parseHistory("2022-12-09 party;2025-06-02 leaving")).toBeNull();
    expect(parseHistory("")).toBeNull();
    expect(statusAt("2022-12-09 party;2025-06-02 leaving", "2023-01-01")).toBeNull();
  });
});
