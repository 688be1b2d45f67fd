/**
 * The travel map's words in each edition: map-text, trip-facts and map-stops with a translator give the
 * dictionaries' strings (the same English as without one), and placeName gives the editions' city names.
 */
import { describe, expect, it } from "vitest";
import enMain from "../../content/editions/en/ui/main.json";
import enMap from "../../content/editions/en/ui/map.json";
import ruMain from "../../content/editions/ru/ui/main.json";
import ruMap from "../../content/editions/ru/ui/map.json";
import ukMain from "../../content/editions/uk/ui/main.json";
import ukMap from "../../content/editions/uk/ui/map.json";
import { placeName } from "../../src/i18n/places";
import {
  countryLabel,
  countryStatusLine,
  markerLabel,
  outcomeText,
  purposeText,
  tripHeading,
} from "../../src/lib/map-text";
import { playText, timeStops } from "../../src/lib/map-stops";
import { translator, type Dictionary } from "../../src/lib/translate";
import { keySentence, otherTripsSentence, storyNotes, summitShort, type KeyNumbers } from "../../src/lib/trip-facts";
import { textWidth } from "../../src/lib/map-labels";
import type { Trip } from "../../src/lib/trips";

const en = translator("en-GB", { ...enMain, ...enMap });
const ru = translator("ru", { ...ruMain, ...ruMap });
// The Ukrainian file carries a `_meta` note object (never shown), which the Dictionary type does not describe.
const uk = translator("uk", { ...ukMain, ...ukMap } as unknown as Dictionary);

const trip: Trip = {
  id: "2023-10-12-visit-kyrgyzstan",
  start: "2023-10-12",
  end: "2023-10-13",
  datePrecision: "day",
  iso2: "KG",
  country: "Kyrgyzstan",
  cities: ["Bishkek"],
  purpose: "bilateral",
  summitName: null,
  title: "",
  summary: "",
  hostStatusAtTime: "signatory",
  sinceWarrant: true,
  status: "made",
  sources: [],
  url: "/timeline/#2023-10-12-visit-kyrgyzstan",
  number: 1,
};

describe("map-text in each edition", () => {
  it("writes English from the English dictionary", () => {
    expect(tripHeading(trip, en)).toBe("1. Kyrgyzstan");
    expect(purposeText(trip, en)).toBe("Bilateral visit");
    expect(outcomeText({ status: "skipped" }, en)).toBe("Skipped");
    expect(countryLabel("Taiwan", null, en)).toBe("Taiwan: not in the ICC list");
    expect(countryStatusLine("party", "1 June 2024", en)).toBe("ICC status on 1 June 2024: State Party.");
    expect(markerLabel(trip, en, "en")).toBe(
      "1. Kyrgyzstan (Bishkek), 12–13 October 2023, Bilateral visit. Host's ICC status then: Signed, not ratified.",
    );
  });

  it("writes Russian and Ukrainian", () => {
    const kg = { ...trip, country: "Кыргызстан", cities: [placeName("Bishkek", "ru")] };
    expect(tripHeading({ ...kg, number: null, status: "skipped" }, ru)).toBe(
      ru("tripHeading.skipped", { country: "Кыргызстан" }),
    );
    expect(markerLabel(kg, ru, "ru")).toContain("Кыргызстан (Бишкек), 12–13 октября 2023 года");
    expect(purposeText(trip, uk)).toBe(uk("purpose.bilateral"));
    expect(countryStatusLine("party", "1 червня 2024 року", uk)).toBe(
      uk("travelMap.card.statusOn", { date: "1 червня 2024 року", status: uk("status.label.party") }),
    );
    expect(countryLabel("Тайвань", null, ru)).not.toMatch(/[A-Za-z]/);
  });
});

describe("trip-facts in each edition", () => {
  const k: KeyNumbers = {
    made: 26,
    countries: 15,
    toParties: 2,
    partyHosts: ["Mongolia", "Tajikistan"],
    skipped: 2,
    skippedToParties: 2,
    announced: 1,
    before: 2,
  };

  it("writes English from the English dictionary", () => {
    expect(keySentence(k, en)).toBe(
      "26 trips to 15 countries since the warrant, 2 of them to States Parties (Mongolia and Tajikistan).",
    );
    expect(keySentence({ ...k, toParties: 0, partyHosts: [] }, en)).toBe(
      "26 trips to 15 countries since the warrant, none of them to a State Party.",
    );
  });

  it("writes Russian and Ukrainian, with the plural forms and lists of the language", () => {
    const ruK = { ...k, partyHosts: ["Монголия", "Таджикистан"] };
    expect(keySentence(ruK, ru)).toBe(
      "После выдачи ордера — 26 поездок в 15 стран, из них 2 — в государства-участники (Монголия и Таджикистан).",
    );
    expect(otherTripsSentence(ruK, true, ru)).not.toMatch(/[A-Za-z]/);
    expect(keySentence({ ...k, partyHosts: ["Монголія", "Таджикистан"] }, uk)).toContain("Монголія і Таджикистан");
  });

  it("writes the story notes' lines in the edition", () => {
    const hosted = { ...trip, hostStatusAtTime: "party" as const, country: "Монголия", start: "2024-09-03" };
    const [note] = storyNotes([hosted], ru);
    expect(note?.lines[0]?.text).toBe(ru("story.hosted"));
    expect(note?.title).toMatch(/^Монголия, сент\. 2024/);
    expect(storyNotes([{ ...hosted, country: "Mongolia" }], en)[0]?.title).toBe("Mongolia, Sept 2024");
  });
});

describe("map-stops in each edition", () => {
  const two = [
    { ...trip, start: "2023-08-22", country: "South Africa", status: "skipped" as const },
    { ...trip, start: "2023-08-22", country: "India", status: "made" as const },
  ];
  it("names a day's trips as before in English", () => {
    expect(timeStops(two, "2023-09-01", en)).toEqual(timeStops(two, "2023-09-01"));
    expect(timeStops(two, "2023-09-01")[0]?.t).toBe("South Africa (skipped) and India");
  });
  it("names them in Russian", () => {
    const ruTwo = two.map((x) => ({ ...x, country: x.country === "India" ? "Индия" : "ЮАР" }));
    expect(timeStops(ruTwo, "2023-09-01", ru)[0]?.t).toBe(`ЮАР (${ru("tripStatus.skipped")}) и Индия`);
  });
  it("words Play in the edition", () => {
    expect(playText(false, false, false, en)).toBe(playText(false, false, false));
    expect(playText(true, false, false, en)).toBe("Pause");
    expect(playText(true, false, false, uk)).toBe(uk("travelMap.pause"));
  });
});

describe("placeName", () => {
  it("gives the glossary's city names and keeps English in English", () => {
    expect(placeName("Bishkek", "ru")).toBe("Бишкек");
    expect(placeName("Bishkek", "uk")).toBe("Бішкек");
    expect(placeName("Bishkek", "en")).toBe("Bishkek");
    // A place an edition's table lacks fails the build, naming the place and the file, rather than show English.
    expect(() => placeName("Nowhere", "ru")).toThrow(
      'no ru name for the place "Nowhere": add it to content/editions/ru/places.json',
    );
  });
});

describe("summitShort in the editions", () => {
  it("shortens the editions' summit names as the English", () => {
    const summit = (summitName: string) => ({ summitName, purpose: "summit" as const });
    expect(summitShort(summit("XVII саммит БРИКС"), ru)).toBe("БРИКС");
    expect(summitShort(summit("Саммит лидеров «Группы двадцати»"), ru)).toBe("G20");
    expect(summitShort(summit("17-й саміт БРІКС"), uk)).toBe("БРІКС");
    expect(summitShort(summit("Зустріч лідерів економік АТЕС"), uk)).toBe("АТЕС");
    expect(summitShort(summit("15th BRICS Summit"), en)).toBe("BRICS");
  });
});

describe("textWidth", () => {
  it("counts Cyrillic wider than Latin, and leaves Latin as it was", () => {
    expect(textWidth("Moscow", 12)).toBeCloseTo((0.88 + 0.56 * 4 + 0.88) * 12 * 1.04);
    expect(textWidth("Москва", 12)).toBeGreaterThan(textWidth("Moskva", 12));
  });
});
