import { describe, expect, it } from "vitest";
import en from "../../content/editions/en/ui/main.json";
import { dictionaryProblems, fill, mergeDictionaries, placeholders, translator } from "../../src/lib/translate";

describe("interface strings", () => {
  it("fills placeholders, capitalising {Name} from the value of name", () => {
    expect(fill("{Country} did not arrest him.", { country: "the Netherlands" })).toBe(
      "The Netherlands did not arrest him.",
    );
    expect(fill("Source {n}: {publisher}", { n: 3, publisher: "AP" })).toBe("Source 3: AP");
    expect(() => fill("Last updated {date}.", {}, "footer.lastUpdated")).toThrow(
      'interface string "footer.lastUpdated" needs a value for {date}',
    );
  });

  it("names a key the dictionary lacks", () => {
    const t = translator("en-GB", { "nav.map": "Travel map" });
    expect(t("nav.map")).toBe("Travel map");
    expect(() => t("nav.timeline")).toThrow('no interface string "nav.timeline" in the en-GB dictionary');
  });

  it("chooses the plural form by the language's rules, # standing for the number", () => {
    const uk = translator("uk", {
      trips: "{n, plural, one {# поїздка} few {# поїздки} many {# поїздок} other {# поїздки}} до {hosts}",
    });
    expect([1, 3, 5, 21].map((n) => uk("trips", { n, hosts: "Китаю" }))).toEqual([
      "1 поїздка до Китаю",
      "3 поїздки до Китаю",
      "5 поїздок до Китаю",
      "21 поїздка до Китаю",
    ]);
    const en = translator("en-GB", {
      before:
        "The {n, plural, one {# trip} other {# trips}} before the warrant {n, plural, one {is} other {are}} shown.",
      none: "{n, plural, =0 {No trip} one {# trip} other {# trips}}",
    });
    expect(en("before", { n: 1 })).toBe("The 1 trip before the warrant is shown.");
    expect(en("before", { n: 2 })).toBe("The 2 trips before the warrant are shown.");
    expect(en("none", { n: 0 })).toBe("No trip");
    expect(() => translator("en", { x: "{n, plural, one {#}}" })("x", { n: 1 })).toThrow(
      'a plural needs an "other" form',
    );
  });

  it("cuts a string at a placeholder for markup to go there", () => {
    const t = translator("ru", { "footer.lastUpdated": "Последнее обновление: {date}." });
    expect(t.split("footer.lastUpdated", "date")).toEqual(["Последнее обновление: ", "."]);
  });

  it("finds every key an edition lacks or adds, and a placeholder the code does not give", () => {
    const reference = {
      a: "Hello {name}",
      b: "{n, plural, one {# trip} other {# trips}}",
      c: "{country} was {status}.",
    };
    const dict = {
      a: "Привет, {nom}",
      b: "{n, plural, one {# поездка} many {# поездок} other {# поездки}}",
      d: "лишняя",
    };
    expect(dictionaryProblems(reference, dict, "ru")).toEqual([
      'ru: "a" names {nom}, which the English lacks',
      'ru: missing interface string "c"',
      'ru: interface string "d" is not in the English dictionary',
    ]);
    // Leaving a value out is allowed: a sentence that need not inflect the country's name.
    expect(dictionaryProblems({ c: "{country} was {status}." }, { c: "Статус страны: {status}." }, "ru")).toEqual([]);
    expect(dictionaryProblems({ a: "x" }, { a: " " }, "uk")).toEqual(['uk: interface string "a" is empty']);
  });

  it("merges an edition's files, and names both files of a key given twice", () => {
    expect(
      mergeDictionaries([
        ["a.json", { _meta: "note", x: "1" }],
        ["b.json", { y: "2" }],
      ]),
    ).toEqual({
      x: "1",
      y: "2",
    });
    expect(() =>
      mergeDictionaries([
        ["a.json", { x: "1" }],
        ["b.json", { x: "2" }],
      ]),
    ).toThrow('interface string "x" is in both a.json and b.json');
  });

  it("the English dictionary's placeholders are plain names", () => {
    for (const [key, value] of Object.entries(en)) {
      for (const p of placeholders(value)) expect(p, key).toMatch(/^[A-Za-z]\w*$/);
    }
  });
});
