import { describe, expect, it } from "vitest";
import { searchEntry } from "../../src/lib/names";
import { createIndex, normalize, withinDistance } from "../../src/lib/search";
import { readStates } from "./content-data";

const states = readStates() as { iso2: string; iso3: string; name: string }[];
const index = createIndex(states.map(searchEntry));
const first = (query: string) => index.find(query)[0]?.iso2;

describe("findCountries", () => {
  it.each([
    ["cote d'ivoire", "CI"],
    ["Ivory Coast", "CI"],
    ["Türkiye", "TR"],
    ["Turkey", "TR"],
    ["UK", "GB"],
    ["USA", "US"],
    ["DRC", "CD"],
    ["Kyrgyz Republic", "KG"],
    ["Holy See", "VA"],
    ["Vatican", "VA"],
    ["Burma", "MM"],
    ["Swaziland", "SZ"],
    ["North Korea", "KP"],
    ["Palestine", "PS"],
    ["KG", "KG"],
    ["KGZ", "KG"],
    ["kgz", "KG"],
  ])('finds "%s" as %s', (query, code) => {
    expect(first(query)).toBe(code);
  });

  it.each([
    ["Киргизия", "KG", "Russian"],
    ["Киргизстан", "KG", "Russian (common form)"],
    ["Кыргызстан", "KG", "Kyrgyz"],
    ["Україна", "UA", "Ukrainian"],
    ["Монголія", "MN", "Ukrainian"],
    ["Kirghizistan", "KG", "French"],
    ["Kirgisistan", "KG", "German"],
    ["Kirguistán", "KG", "Spanish"],
    ["قيرغيزستان", "KG", "Arabic"],
    ["吉尔吉斯斯坦", "KG", "Chinese"],
    ["Südafrika", "ZA", "German"],
    ["Sudáfrica", "ZA", "Spanish"],
    ["蒙古", "MN", "Chinese"],
  ])('finds "%s" as %s (%s)', (query, code) => {
    expect(first(query)).toBe(code);
  });

  it("ignores case, accents and punctuation", () => {
    expect(first("CÔTE D’IVOIRE")).toBe("CI");
    expect(first("cote-divoire")).toBe("CI");
    expect(first("  south   africa ")).toBe("ZA");
  });

  it("ranks an exact name before a prefix before a fuzzy match", () => {
    const hits = index.find("Niger");
    expect(hits[0]).toMatchObject({ iso2: "NE", kind: "exact" });
    expect(hits[1]).toMatchObject({ iso2: "NG", kind: "prefix" });
    expect(index.find("Guinea")[0]?.iso2).toBe("GN");
    expect(index.find("Guinea").map((h) => h.iso2)).toEqual(expect.arrayContaining(["GW", "GQ", "PG"]));
  });

  it("finds a country from the beginning of its name", () => {
    expect(first("kyrg")).toBe("KG");
    expect(first("mong")).toBe("MN");
  });

  it("still finds a country with one or two letters wrong", () => {
    expect(first("Kyrgystan")).toBe("KG");
    expect(first("Mongolai")).toBe("MN");
    expect(first("Tajikstan")).toBe("TJ");
    expect(first("Kazakstan")).toBe("KZ");
    expect(first("Ukriane")).toBe("UA");
  });

  it("answers nothing, calmly, for empty, hostile or absurd queries", () => {
    for (const q of [
      "",
      "   ",
      "<script>alert(1)</script>",
      "😀😀😀",
      "'; DROP TABLE countries; --",
      "x".repeat(10_000),
      "\u202Eaisur",
    ]) {
      expect(() => index.find(q)).not.toThrow();
    }
    expect(index.find("")).toEqual([]);
    expect(index.find("<script>alert(1)</script>")).toEqual([]);
    expect(index.find("x".repeat(10_000))).toEqual([]);
  });

  it("offers the nearest names when nothing matches", () => {
    expect(index.find("Kyrgyzzzzzzstan")).toEqual([]);
    expect(index.nearest("Kyrgyzzzzzzstan", 3)).toContain("Kyrgyzstan");
    expect(index.nearest("x".repeat(10_000), 3)).toHaveLength(3);
  });

  it("looks a country up by either code, in any case", () => {
    expect(index.byCode("kg")?.name).toBe("Kyrgyzstan");
    expect(index.byCode("UKR")?.iso2).toBe("UA");
    expect(index.byCode("zz")).toBeUndefined();
  });
});

describe("normalize and withinDistance", () => {
  it("folds case, accents and punctuation", () => {
    expect(normalize("Côte d’Ivoire")).toBe("cote divoire");
    expect(normalize("São Tomé & Príncipe")).toBe("sao tome principe");
  });
  it("counts an adjacent swap as one edit and gives up past the limit", () => {
    expect(withinDistance("ukriane", "ukraine", 1)).toBe(1);
    expect(withinDistance("abc", "xyz", 2)).toBe(-1);
    expect(withinDistance("same", "same", 0)).toBe(0);
  });
});
