import { describe, expect, it } from "vitest";
import { buildCard, type LookupCountry } from "../../src/lib/lookup-card";
import { en } from "./edition-t";
import { countrySlug } from "../../src/lib/country-name";
import {
  fromWire,
  lookupEntry,
  lookupTrips,
  occupiedVisits,
  slimNames,
  splitNames,
  toWire,
} from "../../src/lib/lookup-data";
import { lookupSearch, parseLookupParams } from "../../src/lib/lookup-state";
import { statusOn } from "../../src/lib/membership";
import { searchEntry } from "../../src/lib/names";
import { createIndex } from "../../src/lib/search";
import { filterCodes, rowMatches, sortRows } from "../../src/lib/table-sort";
import { loadEvents, loadStates, loadTrips } from "./content-data";

const states = loadStates();
const events = loadEvents();
const byCode = (code: string) => {
  const s = states.find((x) => x.iso2 === code);
  if (!s) throw new Error(`no ${code}`);
  return { ...s, slug: countrySlug(s) } satisfies LookupCountry;
};
const trips = lookupTrips(loadTrips(states), events);
const occupied = occupiedVisits(events);
/** Every name of every state, as the build knows them before the file is made small. */
const full = states.map(searchEntry);
const index = createIndex(full);
const resolve = (query: string) => index.resolve(query);
const NOW = "2026-12-01";

describe("statuses of the hard cases, from the data", () => {
  it.each([
    ["KG", "2023-10-12", "signatory"],
    ["RU", "2023-03-17", "signature_withdrawn"],
    ["US", "2026-01-01", "signature_withdrawn"],
    ["IL", "2026-01-01", "signature_withdrawn"],
    ["SD", "2026-01-01", "signature_withdrawn"],
    ["BI", "2017-10-26", "withdrawing"],
    ["BI", "2017-10-27", "former_party"],
    ["PH", "2019-03-17", "former_party"],
    ["ZA", "2016-12-01", "withdrawing"],
    ["ZA", "2017-03-07", "party"],
    ["GM", "2016-12-01", "withdrawing"],
    ["GM", "2017-11-10", "party"],
    ["MY", "2019-06-01", "non_party"],
    ["AM", "2023-10-12", "signatory"],
    ["AM", "2024-02-01", "party"],
    ["UA", "2024-11-01", "signatory"],
    ["UA", "2025-01-01", "party"],
    ["HU", "2025-06-02", "withdrawing"],
    ["HU", "2026-05-29", "party"],
    ["HU", "2026-06-02", "party"],
    ["GM", "2002-08-31", "signatory"],
    ["GM", "2002-09-01", "party"],
    ["NA", "2002-09-01", "party"],
    ["VC", "2003-02-28", "non_party"],
    ["VC", "2003-03-01", "party"],
    ["MN", "2024-09-03", "party"],
    ["TJ", "2025-10-09", "party"],
    ["CN", "2026-01-01", "non_party"],
    ["PS", "2015-04-01", "party"],
  ])("%s on %s is %s", (code, day, status) => {
    expect(statusOn(byCode(code), day)).toBe(status);
  });
});

describe("the result card", () => {
  it("lists Kyrgyzstan's visits since the warrant with its status on each, and links its page", () => {
    const card = buildCard(en, byCode("KG"), "2023-10-12", NOW, trips, occupied);
    expect(card.status).toBe("signatory");
    expect(card.visits[0]).toEqual({
      text: "12–13 October 2023, Bishkek, Kant: Kyrgyzstan was then a signatory, not a party.",
      href: "/timeline/2023-10-12-putin-visits-kyrgyzstan/",
    });
    expect(card.facts).toContainEqual({ label: "Signed", value: "8 December 1998" });
    expect(card.more).toEqual({ text: "Everything about Kyrgyzstan", href: "/countries/kyrgyzstan/" });
  });

  it("leaves trips he skipped out of the visits", () => {
    expect(buildCard(en, byCode("ZA"), NOW, NOW, trips, occupied).visits).toEqual([]);
  });
});

describe("the lookup's address: ?country= takes a code or any name, ?date= a real day", () => {
  it.each([
    ["?country=kg", "kg"],
    ["?country=KG", "kg"],
    ["?country=kgz", "kg"],
    ["?country=Kyrgyzstan", "kg"],
    ["?country=kyrgyzstan", "kg"],
    ["?country=Kyrgyz+Republic", "kg"],
    ["?country=%D0%BA%D0%B8%D1%80%D0%B3%D0%B8%D0%B7%D0%B8%D1%8F", "kg"], // киргизия
    ["?country=%D0%9A%D1%8B%D1%80%D0%B3%D1%8B%D0%B7%D1%81%D1%82%D0%B0%D0%BD", "kg"], // Кыргызстан
    ["?country=%E5%90%89%E5%B0%94%E5%90%89%E6%96%AF%E6%96%AF%E5%9D%A6", "kg"], // 吉尔吉斯斯坦
    ["?country=Tajikstan", "tj"],
    ["?country=ivory%20coast", "ci"],
    ["?country=C%C3%B4te%20d%E2%80%99Ivoire", "ci"],
    ["?country=usa", "us"],
    ["?country=United%20States%20of%20America", "us"],
    ["?country=Russia", "ru"],
    ["?country=Russian%20Federation", "ru"],
    ["?country=%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D1%8F", "ru"], // Россия
    ["?country=Bolivia", "bo"],
    ["?country=Bolivia%20(Plurinational%20State%20of)", "bo"],
    ["?country=congo", "cg"],
    ["?country=DR%20Congo", "cd"],
    ["?country=%20%20mongolia%20", "mn"],
    ["?country=%E2%80%AEKyrgyzstan", "kg"], // a right-to-left override first
    ["?country=Kyr%E2%80%8Bgyz%E2%80%8Dstan", "kg"], // zero-width space and joiner inside
    ["?country=%EF%BB%BFMongolia", "mn"], // a byte-order mark first
    ["?country=%E2%81%A6Ukraine%E2%81%A9", "ua"], // inside bidi isolates
    ["?country=Kyr%ED%A0%80gyzstan", "kg"], // a lone surrogate's bytes, read as replacement characters
  ])("%s answers %s", (search, code) => {
    const state = parseLookupParams(search, resolve, en);
    expect(state.country).toBe(code);
    expect(state.ignored).toEqual([]);
  });

  it("reads a country and a date together", () => {
    expect(parseLookupParams("?country=Kyrgyzstan&date=2023-10-12", resolve, en)).toEqual({
      country: "kg",
      date: "2023-10-12",
      close: [],
      ignored: [],
    });
  });

  it("offers close matches, and only close ones, when a name is misspelt past recognition", () => {
    const state = parseLookupParams("?country=Kyrgyzzzzzzstan", resolve, en);
    expect(state.country).toBeNull();
    expect(state.close).toContain("kg");
    expect(state.ignored).toEqual(["No country matches the name in the address exactly."]);
  });

  const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join("");
  it.each([
    ["unknown code", "?country=zz"],
    ["unknown name", "?country=Atlantis"],
    ["script tag", "?country=%3Cscript%3Ealert(1)%3C%2Fscript%3E"],
    ["img onerror", `?country=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}`],
    ["attribute break-out", `?country=${encodeURIComponent('" onfocus="alert(1)" x="')}`],
    ["javascript: URL", "?country=javascript:alert(1)"],
    ["SQL", `?country=${encodeURIComponent("' OR '1'='1")}`],
    ["10,000 letters", `?country=${"k".repeat(10_000)}`],
    ["10,000 Cyrillic letters", `?country=${encodeURIComponent("Ж".repeat(10_000))}`],
    ["a 100,000-character address", `?country=${"x".repeat(100_000)}`],
    ["broken percent-encoding", "?country=%E0%A4%A"],
    ["a lone %", "?country=%"],
    ["%%", "?country=%%"],
    ["%zz and %u", "?country=%zz%u0041"],
    ["overlong UTF-8 and NUL", "?country=%C0%AF%00"],
    ["control characters only", `?country=${encodeURIComponent(CONTROL)}`],
    ["emoji", `?country=${encodeURIComponent("🇰🇬🏳️‍🌈👨‍👩‍👧‍👦")}`],
    ["prototype key", "?country=__proto__"],
    ["zero-width characters only", "?country=%E2%80%8B%E2%80%8D%EF%BB%BF"],
    ["the same parameter twice", "?country=<b>&country=kg"],
  ])("answers no country, calmly, for %s, and never repeats what it was given", (_, search) => {
    const state = parseLookupParams(search, resolve, en);
    expect(state.country).toBeNull();
    expect(state.close.every((code) => /^[a-z]{2}$/.test(code))).toBe(true);
    const said = state.ignored.join(" ");
    expect(said).toMatch(/^No country matches the name in the address/);
    expect(said).not.toMatch(/[<>"]|script|alert|proto|%/i);
  });

  it("ignores an empty or blank country, saying nothing", () => {
    for (const search of ["", "?", "?country=", "?country=%20%20", "?date=", "?other=1"]) {
      expect(parseLookupParams(search, resolve, en)).toEqual({ country: null, date: null, close: [], ignored: [] });
    }
  });

  it.each([
    ["?date=2023-02-30", "an impossible day"],
    ["?date=1066-10-14", "a day before 1900"],
    ["?date=2100-01-01", "a day after 2099"],
    ["?date=%E0%A4%A", "broken percent-encoding"],
    ["?date=2023-10-12T00:00", "a time"],
    ["?date=12/10/2023", "another format"],
    ["?date=%3Cscript%3E", "markup"],
  ])("ignores %s (%s) with a note, and answers for today", (search) => {
    const state = parseLookupParams(search, resolve, en);
    expect(state.date).toBeNull();
    expect(state.ignored).toEqual(["The date in the address is not a date we can answer for, so today is shown."]);
  });

  it("accepts any real day from 1900 to 2099, before the Statute too", () => {
    expect(parseLookupParams("?date=1990-01-01", resolve, en).date).toBe("1990-01-01");
    expect(parseLookupParams("?date=2031-01-01", resolve, en).date).toBe("2031-01-01");
  });

  it("writes the address back with the code, leaving today's date out", () => {
    expect(lookupSearch("KG", "2023-10-12")).toBe("?country=kg&date=2023-10-12");
    expect(lookupSearch("kg", null)).toBe("?country=kg");
    expect(lookupSearch(null, "2023-10-12")).toBe("?date=2023-10-12");
    expect(lookupSearch(null, null)).toBe("");
  });
});

describe("the country table's sorting and filtering", () => {
  const rows = [
    { iso2: "MN", name: "Mongolia", status: "party", keys: { signed: "2000-12-29" } },
    { iso2: "CN", name: "China", status: "non_party", keys: { signed: "" } },
    { iso2: "KG", name: "Kyrgyzstan", status: "signatory", keys: { signed: "1998-12-08" } },
    { iso2: "CI", name: "Côte d'Ivoire", status: "party", keys: { signed: "1998-11-30" } },
    { iso2: "US", name: "United States", status: "signature_withdrawn", keys: { signed: "2000-12-31" } },
  ];
  const shown = (text: string, status = "") =>
    rows.filter((r) => rowMatches(r, status, filterCodes(index, text))).map((r) => r.iso2);

  it("sorts by a date column with empty values last, both ways", () => {
    expect(sortRows(rows, "signed", "ascending").map((r) => r.iso2)).toEqual(["CI", "KG", "MN", "US", "CN"]);
    expect(sortRows(rows, "signed", "descending").map((r) => r.iso2)).toEqual(["US", "MN", "KG", "CI", "CN"]);
  });

  it("sorts names in the edition's collation: Ukrainian puts Ґ after every Г, and its own letters before Latin", () => {
    const uk = [
      { iso2: "GM", name: "Ґамбія", status: "party", keys: {} },
      { iso2: "GH", name: "Гана", status: "party", keys: {} },
      { iso2: "EG", name: "Єгипет", status: "non_party", keys: {} },
      { iso2: "EE", name: "Естонія", status: "party", keys: {} },
      { iso2: "CI", name: "Côte d'Ivoire", status: "party", keys: {} },
    ];
    expect(sortRows(uk, "name", "ascending", "uk").map((r) => r.iso2)).toEqual(["GH", "GM", "EE", "EG", "CI"]);
    expect(sortRows(uk, "name", "ascending").map((r) => r.iso2)).toEqual(["CI", "GM", "GH", "EE", "EG"]);
  });

  it.each([
    ["KYRG", ["KG"]],
    ["ivory coast", ["CI"]],
    ["cote d'ivoire", ["CI"]],
    ["usa", ["US"]],
    ["Киргизия", ["KG"]],
    ["Монголия", ["MN"]],
    ["吉尔吉斯斯坦", ["KG"]],
    ["Kyrgystan", ["KG"]],
    ["<img src=x>", []],
    ["x".repeat(10_000), []],
  ])("finds %s with the lookup's matcher", (text, codes) => {
    expect(shown(text)).toEqual(codes);
  });

  it("shows every row for an empty filter, and filters by status", () => {
    expect(shown("")).toHaveLength(rows.length);
    expect(shown("   ")).toHaveLength(rows.length);
    expect(shown("", "party")).toEqual(["MN", "CI"]);
    expect(shown("mong", "signatory")).toEqual([]);
  });
});

describe("the lookup's data files, /data/lookup.json and /data/lookup-names.json", () => {
  it("give back exactly what was packed: nulls, slugs and computed dates restored", () => {
    const entry = (code: string, names: string[]) => lookupEntry({ ...searchEntry(byCode(code)), names }, byCode(code));
    // Kyrgyzstan: a signature only; Hungary: a withdrawal withdrawn; Malaysia: an accession taken back; Bolivia: a
    // common name and the UN's; Philippines: a withdrawal that took effect.
    const packed = {
      countries: [
        entry("KG", ["Киргизия"]),
        entry("HU", []),
        entry("MY", ["Malaisie"]),
        entry("BO", ["Bolivie"]),
        entry("PH", []),
      ],
      trips: trips.filter((t) => t.status === "made"),
      occupied,
    };
    expect(fromWire(toWire(packed))).toEqual(packed);
    expect(JSON.stringify(toWire(packed))).not.toContain("null");
    expect(fromWire(toWire(packed)).countries[3]).toMatchObject({
      name: "Bolivia",
      unName: "Bolivia (Plurinational State of)",
    });
  });

  it("find every edition's own name for a country, and Kyrgyzstan by each of its spellings", async () => {
    const { readFileSync } = await import("node:fs");
    const slim = createIndex(slimNames(full));
    for (const lang of ["ru", "uk"]) {
      const own = JSON.parse(readFileSync(`content/editions/${lang}/country-names.json`, "utf8")) as Record<
        string,
        string
      >;
      for (const [code, name] of Object.entries(own)) {
        if (code.startsWith("_")) continue;
        expect(slim.find(name)[0]?.iso2, `${lang} ${name}`).toBe(code);
      }
    }
    for (const name of ["Киргизия", "Кыргызстан", "Киргизстан", "Kyrgyzstan"])
      expect(slim.find(name)[0]?.iso2).toBe("KG");
  });

  it("leave a name out only where the matcher finds its country from the others", () => {
    const slim = createIndex(slimNames(full));
    for (const entry of full) {
      for (const name of [entry.name, ...entry.names]) {
        expect(slim.find(name)[0]?.iso2, `${name} (${entry.iso2})`).toBe(index.find(name)[0]?.iso2);
      }
    }
  });

  it("carry Arabic and Chinese names apart, and no other", () => {
    const { entries, late } = splitNames(full);
    expect(late["KG"]).toContain("吉尔吉斯斯坦");
    expect(late["KG"]).toContain("قيرغيزستان");
    expect(entries.flatMap((e) => e.names).filter((n) => /[\p{Script=Arabic}\p{Script=Han}]/u.test(n))).toEqual([]);
    expect(Object.values(late).join("|")).not.toMatch(/[A-Za-zА-Яа-я]/);
  });
});
