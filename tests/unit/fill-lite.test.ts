/**
 * The island's small translator (src/lib/fill-lite.ts) against translate.ts: the same output for every string of
 * every edition's dictionary, with sample values and several numbers for each plural.
 */
import { describe, expect, it } from "vitest";
import { fill as liteFill, translator as liteTranslator } from "../../src/lib/fill-lite";
import { LOCALES, LOCALE_INFO } from "../../src/lib/locales";
import { fill, placeholders, translator } from "../../src/lib/translate";
import { dictionaryOf } from "./edition-t";

describe("fill-lite", () => {
  it("fills every string of every edition as translate.ts does", () => {
    let checked = 0;
    for (const locale of LOCALES) {
      const tag = LOCALE_INFO[locale].tag;
      for (const [key, template] of Object.entries(dictionaryOf(locale))) {
        if (key.startsWith("_")) continue;
        const names = [...new Set(placeholders(template, key))];
        for (const n of [0, 1, 2, 3, 5, 11, 21, 22, 101, 1.5]) {
          const vars = Object.fromEntries(
            names.map((name) => {
              const lower = name.charAt(0).toLowerCase() + name.slice(1);
              return [lower, /plural/.test(template) ? n : `ängel ${lower} "<b>"`];
            }),
          );
          expect(liteFill(template, vars, tag), `${locale} ${key} n=${String(n)}`).toBe(fill(template, vars, key, tag));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it("chooses Russian and Ukrainian plural forms", () => {
    const t = liteTranslator("ru", { k: "{n, plural, one {# страна} few {# страны} many {# стран} other {# страны}}" });
    expect([1, 3, 5, 21, 1.5].map((n) => t("k", { n }))).toEqual([
      "1 страна",
      "3 страны",
      "5 стран",
      "21 страна",
      "1.5 страны",
    ]);
    const full = translator("ru", { k: "{n, plural, one {# страна} few {# страны} many {# стран} other {# страны}}" });
    expect(full("k", { n: 1.5 })).toBe(t("k", { n: 1.5 }));
  });

  it("capitalises {Name}, reads an exact =0 form, and gives a missing key as itself", () => {
    const t = liteTranslator("en-GB", {
      a: "{Country} and {country}",
      b: "{n, plural, =0 {none} one {# one} other {# many}}",
    });
    expect(t("a", { country: "the Netherlands" })).toBe("The Netherlands and the Netherlands");
    expect([0, 1, 4].map((n) => t("b", { n }))).toEqual(["none", "1 one", "4 many"]);
    expect(t("nope")).toBe("nope");
    expect(t.has("a")).toBe(true);
    expect(t.split("a", "country", { country: "x" })).toEqual(["X and ", ""]);
    expect(() => t("a")).toThrow(/Country/);
  });
});
