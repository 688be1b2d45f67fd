import { describe, expect, it } from "vitest";
import { rowFromData, shownLine } from "../../src/lib/table-sort";

describe("the country table's rows, read from their attributes", () => {
  it("reads the code, name, status and every sort key", () => {
    const row = rowFromData({
      iso2: "KG",
      name: "Kyrgyzstan",
      status: "signatory",
      keyStatus: "Signed, not ratified",
      keySigned: "1998-12-08",
      keyDeposited: "",
      keyInForce: "",
      keyWithdrawal: "",
    });
    expect(row).toEqual({
      iso2: "KG",
      name: "Kyrgyzstan",
      status: "signatory",
      keys: { status: "Signed, not ratified", signed: "1998-12-08", deposited: "", inForce: "", withdrawal: "" },
    });
  });

  it("reads a missing attribute as empty, so such a row sorts last", () => {
    expect(rowFromData({ iso2: "TW" })).toEqual({
      iso2: "TW",
      name: "",
      status: "",
      keys: { status: "", signed: "", deposited: "", inForce: "", withdrawal: "" },
    });
  });

  it("counts the rows shown", () => {
    expect(shownLine(12, 197)).toBe("12 of 197 countries shown.");
    expect(shownLine(12, 197, "Показано стран: {shown} из {total}.")).toBe("Показано стран: 12 из 197.");
  });
});
