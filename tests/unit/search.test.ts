import { describe, expect, it } from "vitest";
import { searchEntry } from "../../src/lib/names";
import { createIndex, normalize, withinDistance } from "../../src/lib/search";
import { loadStates } from "./content-data";

const states = loadStates();
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

  it("offers only close names when nothing matches, and none at all for nonsense", () => {
    expect(index.find("Kyrgyzzzzzzstan")).toEqual([]);
    expect(index.nearest("Kyrgyzzzzzzstan", 3).map((e) => e.iso2)).toContain("KG");
    for (const q of ["x".repeat(10_000), "zzzzzz", "<img src=x onerror=alert(1)>", "qwertyuiop", "Atlantis", "ab"]) {
      expect(
        index.nearest(q, 3).map((e) => e.name),
        q.slice(0, 20),
      ).toEqual([]);
    }
  });

  it("resolves a name to one country only when it is a code, a whole name or the only match", () => {
    const one = (q: string) => index.resolve(q).entry?.iso2 ?? null;
    expect(one("kg")).toBe("KG");
    expect(one("Kyrgyzstan")).toBe("KG");
    expect(one("Киргизия")).toBe("KG");
    expect(one("Tajikstan")).toBe("TJ");
    expect(one("Niger")).toBe("NE");
    expect(one("guinea")).toBe("GN");
    expect(one("gu")).toBeNull();
    expect(index.resolve("gu").close.length).toBeGreaterThan(0);
    expect(index.resolve("zzzzzz")).toEqual({ entry: null, close: [] });
  });

  it("ignores invisible characters: zero-width, bidi controls, byte-order marks", () => {
    expect(normalize("Kyr\u200bgyz\u200dstan")).toBe("kyrgyzstan");
    expect(normalize("\u202eKyrgyzstan\ufeff")).toBe("kyrgyzstan");
    expect(normalize("South\tAfrica")).toBe("south africa");
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
