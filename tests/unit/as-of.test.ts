import { describe, expect, it } from "vitest";
import { parseAsOf } from "../../src/lib/as-of";

describe("the build's as-of day", () => {
  it("is the build day (UTC) when AS_OF is unset or blank", () => {
    const now = new Date("2026-11-27T23:59:59Z");
    expect(parseAsOf(undefined, now)).toBe("2026-11-27");
    expect(parseAsOf("  ", now)).toBe("2026-11-27");
  });

  it("is AS_OF when it is a real day", () => {
    expect(parseAsOf("2023-10-12")).toBe("2023-10-12");
    expect(parseAsOf(" 2023-10-12 ")).toBe("2023-10-12");
  });

  it.each(["2023-02-30", "12/10/2023", "2023-10-12T00:00", "tomorrow", "1899-12-31", "2100-01-01"])(
    "refuses AS_OF=%s with a message that names the variable and its form",
    (value) => {
      expect(() => parseAsOf(value)).toThrow(/^AS_OF must be a real day written YYYY-MM-DD/);
    },
  );
});
