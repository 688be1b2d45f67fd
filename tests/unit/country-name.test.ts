/**
 * Common names, their addresses, and the sentences pages build from a name and a status: the country page's
 * description and first line, its list of trips, and the travel map's labels.
 */
import { describe, expect, it } from "vitest";
import {
  capital,
  countrySlug,
  formalName,
  nameInText,
  redirectSlugs,
  withCommonName,
} from "../../src/lib/country-name";
import {
  countryDescription,
  dutySentence,
  factLabel,
  statusLabel,
  statusSentence,
  statusWords,
  tripLine,
  visitsLine,
} from "../../src/lib/country-text";
import enMain from "../../content/editions/en/ui/main.json";
import ruMain from "../../content/editions/ru/ui/main.json";
import ukMain from "../../content/editions/uk/ui/main.json";
import { translator, type Dictionary } from "../../src/lib/translate";
import { WARRANT_ISSUED } from "../../src/lib/story";
import { countryLabel, markerLabel } from "../../src/lib/map-text";
import { statusOn, STATUSES } from "../../src/lib/membership";
import { treatyFacts } from "../../src/lib/treaty";
import { iccState } from "../../src/schemas/icc";
import { loadEvents, loadStates, loadTrips, readStates } from "./content-data";

const states = loadStates();
const en = translator("en-GB", enMain);
const ru = translator("ru", ruMain);
const uk = translator("uk", ukMain as unknown as Dictionary);
const byCode = (code: string) => {
  const s = states.find((x) => x.iso2 === code);
  if (!s) throw new Error(`no ${code}`);
  return s;
};

describe("common names", () => {
  it.each([
    ["BO", "Bolivia"],
    ["RU", "Russia"],
    ["US", "United States"],
    ["GB", "United Kingdom"],
    ["IR", "Iran"],
    ["VE", "Venezuela"],
    ["KR", "South Korea"],
    ["KP", "North Korea"],
    ["TZ", "Tanzania"],
    ["MD", "Moldova"],
    ["SY", "Syria"],
    ["LA", "Laos"],
    ["VN", "Vietnam"],
    ["TR", "Türkiye"],
    ["NL", "Netherlands"],
    ["CZ", "Czechia"],
    ["PS", "Palestine"],
    ["FM", "Micronesia"],
    ["CG", "Congo"],
    ["CD", "DR Congo"],
    ["BN", "Brunei"],
    ["KG", "Kyrgyzstan"],
  ])("%s is %s", (code, name) => {
    expect(byCode(code).name).toBe(name);
  });

  it("keeps the UN's name beside the common one, and says it only where they differ", () => {
    expect(byCode("BO")).toMatchObject({ name: "Bolivia", unName: "Bolivia (Plurinational State of)" });
    expect(formalName(byCode("BO"))).toBe("Bolivia (Plurinational State of)");
    expect(formalName(byCode("KG"))).toBeNull();
    expect(withCommonName({ iso2: "KG", name: "Kyrgyzstan" })).toEqual({
      iso2: "KG",
      name: "Kyrgyzstan",
      unName: "Kyrgyzstan",
    });
  });

  it("no common name is in parentheses or repeats the UN's, which the schema refuses", () => {
    for (const raw of readStates() as { name: string; shortName?: string }[]) {
      if (raw.shortName !== undefined) expect(raw.shortName).not.toMatch(/[()]/);
    }
    const kg = (readStates() as { iso2: string }[]).find((s) => s.iso2 === "KG");
    expect(iccState.safeParse({ ...kg, shortName: "Kyrgyzstan" }).success).toBe(false);
  });

  it.each([
    ["US", "the United States", "The United States"],
    ["NL", "the Netherlands", "The Netherlands"],
    ["PH", "the Philippines", "The Philippines"],
    ["GM", "the Gambia", "The Gambia"],
    ["VA", "the Holy See", "The Holy See"],
    ["KG", "Kyrgyzstan", "Kyrgyzstan"],
    ["CD", "DR Congo", "DR Congo"],
  ])("%s is “%s” inside a sentence", (code, inside, first) => {
    expect(nameInText(byCode(code))).toBe(inside);
    expect(capital(nameInText(byCode(code)))).toBe(first);
  });
});

describe("addresses", () => {
  it.each([
    ["RU", "russia", ["ru", "russian-federation"]],
    ["BO", "bolivia", ["bo", "bolivia-plurinational-state-of"]],
    ["US", "united-states", ["us", "united-states-of-america"]],
    ["CD", "dr-congo", ["cd", "democratic-republic-of-the-congo"]],
    ["CI", "cote-divoire", ["ci"]],
    ["KG", "kyrgyzstan", ["kg"]],
  ])("%s's page is /countries/%s/, and %j lead to it", (code, slug, redirects) => {
    expect(countrySlug(byCode(code))).toBe(slug);
    expect(redirectSlugs(byCode(code))).toEqual(redirects);
  });

  it("no two pages or redirects share an address, and only codes are two letters long", () => {
    const all = states.flatMap((s) => [countrySlug(s), ...redirectSlugs(s)]);
    expect(all.length - new Set(all).size).toBe(0);
    for (const s of states) expect(countrySlug(s)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(states.filter((s) => countrySlug(s).length <= 2)).toEqual([]);
  });
});

describe("sentences built from a name and a status", () => {
  it.each([
    ["KG", "Kyrgyzstan is a signatory that has not ratified the Rome Statute."],
    ["MN", "Mongolia is a State Party to the Rome Statute."],
    ["US", "The United States is a signatory that has told the UN it does not intend to become a party."],
    ["PH", "The Philippines is a former State Party whose withdrawal took effect."],
    ["CN", "China is not a party to the Rome Statute and has never signed it."],
  ])("%s's page opens “%s”", (code, sentence) => {
    const s = byCode(code);
    expect(statusSentence(en, s, statusOn(s, "2026-12-01"))).toBe(sentence);
    expect(countryDescription(en, s, statusOn(s, "2026-12-01"))).toBe(
      `${sentence} Its Rome Statute dates, sources, and Putin's visits since the ICC warrant.`,
    );
  });

  it("writes each trip on a country's page as a whole sentence, in the tense of its day", () => {
    const trip = { start: "2023-10-12", cities: ["Bishkek", "Kant"], status: "made" as const };
    expect(tripLine(en, trip, byCode("KG"), "signatory", "2026-12-01")).toBe(
      ", Bishkek, Kant: Kyrgyzstan was then a signatory, not a party.",
    );
    expect(tripLine(en, { ...trip, status: "skipped" }, byCode("ZA"), "party", "2026-12-01")).toBe(
      ", Bishkek, Kant (skipped): South Africa was then a State Party.",
    );
    expect(
      tripLine(
        en,
        { ...trip, start: "2027-05-01", status: "announced" },
        byCode("US"),
        "signature_withdrawn",
        "2026-12-01",
      ),
    ).toBe(", Bishkek, Kant (announced): if nothing changes, the United States will not be a party then.");
  });

  it("writes the page's sentences in the Russian and Ukrainian editions, with no English article", () => {
    const kg = { iso2: "KG", name: "Кыргызстан" };
    expect(statusSentence(ru, kg, "signatory")).toBe(
      "Кыргызстан — государство, подписавшее, но не ратифицировавшее Римский статут.",
    );
    expect(countryDescription(ru, kg, "signatory")).toBe(
      "Кыргызстан — государство, подписавшее, но не ратифицировавшее Римский статут. Даты по Римскому статуту, источники и поездки Путина после выдачи ордера МУС.",
    );
    expect(statusSentence(uk, { iso2: "US", name: "Сполучені Штати" }, "party")).toBe(
      "Сполучені Штати — держава-учасниця Римського статуту.",
    );
    const trip = { start: "2023-10-12", cities: ["Бишкек"], status: "made" as const };
    expect(tripLine(ru, trip, kg, "signatory", "2026-12-01")).toBe(
      ", Бишкек: статус страны на тот момент — государство, подписавшее статут, но не ставшее его участником.",
    );
    expect(tripLine(uk, { ...trip, status: "skipped" }, { iso2: "ZA", name: "ПАР" }, "party", "2026-12-01")).toBe(
      `, Бишкек (${uk("tripStatus.skipped")}): тоді ПАР — ${uk("status.phrase.party")}.`,
    );
    expect(visitsLine(ru, { iso2: "RU", name: "Россия" }, 0)).toBe(
      "Россия — страна самого Путина: на этом сайте учитываются только зарубежные поездки.",
    );
  });

  it("gives every status its label, words and duty in each edition, the English as the pages had them", () => {
    for (const status of STATUSES) {
      for (const t of [en, ru, uk]) {
        expect(statusLabel(t, status)).not.toBe("");
        expect(statusWords(t, status, "was")).not.toBe("");
        for (const tense of ["is", "was", "will"] as const) expect(dutySentence(t, status, tense)).not.toBe("");
      }
    }
    expect(statusLabel(en, "signature_withdrawn")).toBe("Signed, then said it will not join");
    expect(statusWords(en, "withdrawing", "was")).toBe(
      "a State Party that had given notice of withdrawal, not yet in effect",
    );
    expect(dutySentence(en, "withdrawing", "was")).toBe(
      "As a State Party, it had to arrest Putin if he entered its territory and surrender him to the Court (Articles 86 and 89).",
    );
    expect(dutySentence(en, "signature_withdrawn")).toBe(
      "It is not bound to arrest Putin: the Rome Statute's duties fall on its States Parties.",
    );
    expect(statusLabel(ru, "party")).toBe(ruMain["status.label.party"]);
    expect(factLabel(uk, { key: "withdrawalNotified" })).toBe(ukMain["fact.withdrawalNotified"]);
    expect(factLabel(ru, { key: "deposit.succession" })).toBe(ruMain["fact.deposit.succession"]);
    expect(() => factLabel(en, { key: "joinedSomehow" })).toThrow(/joinedSomehow/);
    // Every fact of every record has its words in every edition.
    for (const s of states)
      for (const fact of treatyFacts(s, "2026-12-01")) {
        for (const t of [en, ru, uk]) expect(factLabel(t, fact).length, `${s.iso2} ${fact.key}`).toBeGreaterThan(3);
      }
    expect(factLabel(en, { key: "deposit.unknown" })).toBe("Ratified or acceded");
  });

  it("labels every trip on the map under the host's common name, in whole parts", () => {
    const trips = loadTrips(states);
    for (const trip of trips) {
      const label = markerLabel(trip, en);
      expect(label, trip.id).toContain(byCode(trip.iso2).name);
      expect(label, trip.id).not.toMatch(/undefined|null|\s{2}|\(\)|\((Plurinational|Islamic|Bolivarian)/);
      expect(label, trip.id).toMatch(/\.$/);
    }
    for (const status of STATUSES) expect(countryLabel("Russia", status, en)).toMatch(/^Russia: [A-Z]/);
  });
});

describe("the lookup's constants agree with the data", () => {
  it("the warrant's day is the day of the timeline's warrant event", () => {
    const warrant = loadEvents().find((e) => e.id.endsWith("-icc-issues-putin-warrant"));
    expect(warrant?.data.date).toBe(WARRANT_ISSUED);
  });
});
