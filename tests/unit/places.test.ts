import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { placeName } from "../../src/i18n/places";

/** Every distinct `place` and trip `cities` value in the English timeline. */
function englishPlaces(): string[] {
  const dir = "content/timeline";
  const found = new Set<string>();
  for (const file of readdirSync(dir)) {
    const front = readFileSync(`${dir}/${file}`, "utf8").split("---")[1] ?? "";
    const place = /^place:\s*"([^"]+)"/m.exec(front)?.[1];
    if (place !== undefined) found.add(place);
    const cities = /^\s+cities:\s*(\[[^\]]*\])/m.exec(front)?.[1];
    if (cities !== undefined) for (const city of JSON.parse(cities) as string[]) found.add(city);
  }
  return [...found];
}

describe("placeName", () => {
  it("keeps the English name in the English edition", () => {
    expect(placeName("Bishkek", "en")).toBe("Bishkek");
  });

  it("names Bishkek as the glossary does in Russian and Ukrainian", () => {
    expect(placeName("Bishkek", "ru")).toBe("Бишкек");
    expect(placeName("Bishkek", "uk")).toBe("Бішкек");
    expect(placeName("The Hague", "ru")).toBe("Гаага");
  });

  it("fails naming the place and the file when an edition lacks it", () => {
    expect(() => placeName("Atlantis", "ru")).toThrow(/"Atlantis".*content\/editions\/ru\/places\.json/);
  });

  it("names every place and city of the timeline in every edition", () => {
    const places = englishPlaces();
    expect(places.length).toBeGreaterThan(30);
    for (const place of places) {
      expect(placeName(place, "ru")).toMatch(/^[А-ЯЁ]/);
      expect(placeName(place, "uk")).toMatch(/^[А-ЯІЇЄҐ]/);
    }
  });
});
