import { describe, expect, it } from "vitest";
import { formatDate, formatSpan, isRealDate, today } from "../../src/lib/dates";
import { csvField } from "../../src/lib/opendata";
import { slugify } from "../../src/lib/slug";

describe("dates", () => {
  it("writes a day the British newsroom way", () => {
    expect(formatDate("2023-10-12")).toBe("12 October 2023");
  });
  it("writes spans within a month, across months and across years", () => {
    expect(formatSpan("2023-10-12", "2023-10-13")).toBe("12–13 October 2023");
    expect(formatSpan("2024-08-31", "2024-09-03")).toBe("31 August – 3 September 2024");
    expect(formatSpan("2024-12-31", "2025-01-02")).toBe("31 December 2024 – 2 January 2025");
    expect(formatSpan("2023-10-12")).toBe("12 October 2023");
  });
  it("knows real calendar days from impossible ones", () => {
    expect(isRealDate("2024-02-29")).toBe(true);
    expect(isRealDate("2023-02-29")).toBe(false);
    expect(isRealDate("2023-13-01")).toBe(false);
    expect(isRealDate("12/10/2023")).toBe(false);
  });
  it("gives today in UTC", () => {
    expect(today(new Date("2026-11-27T23:59:59Z"))).toBe("2026-11-27");
  });
});

describe("slugify", () => {
  it("makes readable slugs without accents or apostrophes", () => {
    expect(slugify("Côte d'Ivoire")).toBe("cote-divoire");
    expect(slugify("Bosnia and Herzegovina")).toBe("bosnia-and-herzegovina");
    expect(slugify("Türkiye")).toBe("turkiye");
    expect(slugify("Congo (Democratic Republic of the)")).toBe("congo-democratic-republic-of-the");
  });
});

describe("csvField", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("plain")).toBe("plain");
  });
  it("defuses values a spreadsheet would run as formulas", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
  });
});
