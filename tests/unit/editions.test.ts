/**
 * The list of editions (locales.ts) drives the switcher's links, the hreflang alternates and the dictionaries: each
 * edition has every interface string, and a string missing in one fails with its key.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { editionsOf, hreflangLinks } from "../../src/lib/alternates";
import { formatDate, formatSpan, formatWhen } from "../../src/lib/dates";
import { noteHash, sourceHash, withScopes } from "../../src/lib/edition-words";
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO, localeOfPath, pathInDefault } from "../../src/lib/locales";
import { dictionaryProblems, mergeDictionaries, type Dictionary } from "../../src/lib/translate";

const EDITIONS = resolve(import.meta.dirname, "../../content/editions");

/** An edition's dictionary files, merged, as the build reads them. */
function dictionaryOf(locale: string): Dictionary {
  const dir = join(EDITIONS, locale, "ui");
  return mergeDictionaries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => [f, JSON.parse(readFileSync(join(dir, f), "utf8")) as Dictionary] as const),
  );
}

describe("editions", () => {
  it("lists the default edition first, each with a name, a tag and an Open Graph locale", () => {
    expect(LOCALES[0]).toBe(DEFAULT_LOCALE);
    for (const l of LOCALES) expect(LOCALE_INFO[l].name.length).toBeGreaterThan(2);
    expect(LOCALE_INFO.ru.og).toBe("ru_RU");
  });

  it("tells the edition of a path and the same path in the default edition", () => {
    expect(localeOfPath("/ru/timeline/")).toBe("ru");
    expect(localeOfPath("/uk/")).toBe("uk");
    expect(localeOfPath("/timeline/")).toBe("en");
    expect(localeOfPath("/rural/")).toBe("en");
    expect(pathInDefault("/uk/countries/kyrgyzstan/")).toBe("/countries/kyrgyzstan/");
    expect(pathInDefault("/ru/")).toBe("/");
    expect(pathInDefault("/map/")).toBe("/map/");
  });

  it("links every page to itself in every edition, reciprocally, with x-default on the default edition", () => {
    for (const path of ["/", "/ru/timeline/", "/uk/countries/kyrgyzstan/"]) {
      const links = hreflangLinks(path);
      expect(links.map((l) => l.hreflang)).toEqual([...LOCALES, "x-default"]);
      for (const link of links.filter((l) => l.hreflang !== "x-default")) {
        // From the alternate, the same set of alternates: each page names every other, and itself.
        expect(hreflangLinks(link.path)).toEqual(links);
        expect(localeOfPath(link.path)).toBe(link.locale);
      }
    }
    expect(editionsOf("/uk/map/").map((e) => e.path)).toEqual(["/map/", "/ru/map/", "/uk/map/"]);
  });

  it.each(LOCALES.filter((l) => l !== DEFAULT_LOCALE))("has every English interface string in %s", (locale) => {
    expect(dictionaryProblems(dictionaryOf(DEFAULT_LOCALE), dictionaryOf(locale), locale)).toEqual([]);
  });

  it("links each edition's 404 page to the others' files, /404.html and /ru/404.html", () => {
    const files = ["/404.html", "/ru/404.html", "/uk/404.html"];
    expect(editionsOf("/404/").map((e) => e.path)).toEqual(files);
    expect(editionsOf("/ru/404/").map((e) => e.path)).toEqual(files);
    expect(editionsOf("/uk/404.html").map((e) => e.path)).toEqual(files);
    expect(editionsOf("/ru/404-trips/").map((e) => e.path)).toEqual([
      "/404-trips/",
      "/ru/404-trips/",
      "/uk/404-trips/",
    ]);
  });

  it.each(LOCALES)("names the theme button in %s with its visible label inside (WCAG 2.5.3)", (locale) => {
    const dict = dictionaryOf(locale);
    for (const target of ["toDark", "toLight"]) {
      const text = (dict[`theme.${target}.text`] ?? "?").toLocaleLowerCase();
      expect((dict[`theme.${target}.name`] ?? "").toLocaleLowerCase()).toContain(text);
    }
  });

  it("fails on a string removed from an edition, naming its key", () => {
    const english = dictionaryOf(DEFAULT_LOCALE);
    const other = LOCALES.find((l) => l !== DEFAULT_LOCALE) ?? "ru";
    const rest = Object.fromEntries(Object.entries(dictionaryOf(other)).filter(([key]) => key !== "nav.timeline"));
    expect(dictionaryProblems(english, rest, other)).toEqual([`${other}: missing interface string "nav.timeline"`]);
  });

  it("writes dates in each edition's full form", () => {
    expect(formatDate("2023-10-12")).toBe("12 October 2023");
    expect(formatDate("2023-10-12", "ru")).toBe("12 октября 2023 года");
    expect(formatDate("2023-10-12", "uk")).toBe("12 жовтня 2023 року");
    expect(formatSpan("2023-10-12", "2023-10-13", "ru")).toBe("12–13 октября 2023 года");
    expect(formatSpan("2024-06-30", "2024-07-02", "uk")).toBe("30 червня – 2 липня 2024 року");
    expect(formatSpan("2022-12-30", "2023-01-02")).toBe("30 December 2022 – 2 January 2023");
    expect(formatWhen("2026-11-01", undefined, "month", "ru")).toBe("ноябрь 2026 года");
    expect(formatWhen("2026-11-01", undefined, "month")).toBe("November 2026");
  });

  it("stamps a translation by the English words only, not its dates or sources", () => {
    const english = { title: "Putin visits Kyrgyzstan", date: "2023-10-12", summary: "He went.", sources: [1] };
    const stamp = sourceHash(english, "Body.\n");
    expect(stamp).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceHash({ ...english, date: "2023-10-13", sources: [1, 2] }, "Body.")).toBe(stamp);
    expect(sourceHash({ ...english, summary: "He flew." }, "Body.")).not.toBe(stamp);
    expect(sourceHash(english, "Another body.")).not.toBe(stamp);
    expect(noteHash("A note.", undefined)).not.toBe(noteHash("A note.", "A caveat."));
    expect(noteHash("A note.", undefined, [])).toBe(noteHash("A note.", undefined));
    expect(noteHash("A note.", undefined, ["Crimes since 2014"])).not.toBe(noteHash("A note.", undefined));
    expect(noteHash("A note.", undefined, ["Crimes since 2014"])).not.toBe(
      noteHash("A note.", undefined, ["Since 2013"]),
    );
  });

  it("gives a country's declarations the edition's scopes in order, or keeps the English, marked, while any is missing", () => {
    const actions = [
      { type: "signature", date: "2000-01-01" },
      { type: "article-12-3", date: "2014-04-17", scope: "Crimes from 2013 to 2014" },
      { type: "article-12-3", date: "2015-09-08", scope: "Crimes from 2014 onwards" },
    ];
    expect(withScopes(actions, ["2013–2014", "с 2014 года"])).toEqual({
      actions: [actions[0], { ...actions[1], scope: "2013–2014" }, { ...actions[2], scope: "с 2014 года" }],
    });
    expect(withScopes(actions, ["2013–2014"])).toEqual({ actions, scopesLang: "en" });
    expect(withScopes(actions, undefined)).toEqual({ actions, scopesLang: "en" });
    expect(withScopes(actions.slice(0, 1), undefined)).toEqual({ actions: actions.slice(0, 1) });
  });
});
