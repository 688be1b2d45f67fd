import { describe, expect, it } from "vitest";
import { useTranslations } from "../../src/i18n";
import { KINDS, kindLabel } from "../../src/lib/timeline";
import { EVENT_KINDS } from "../../src/schemas/timeline";

describe("kindLabel", () => {
  it("names each kind in English as the English labels do", () => {
    const t = useTranslations("en");
    expect(KINDS.map((kind) => kindLabel(kind, t))).toEqual(["Court", "Travel", "Membership", "Diplomacy", "War"]);
  });

  it("names the kinds in Russian and Ukrainian", () => {
    expect(kindLabel("court", useTranslations("ru"))).toBe("Суд");
    expect(kindLabel("travel", useTranslations("ru"))).toBe("Поездки");
    expect(kindLabel("war", useTranslations("uk"))).toBe("Війна");
    expect(kindLabel("travel", useTranslations("uk"))).toBe("Поїздки");
  });

  it("lists every kind the schema allows, in the filter's order", () => {
    expect(KINDS).toEqual(["court", "travel", "membership", "diplomacy", "war"]);
    expect([...KINDS].sort()).toEqual([...EVENT_KINDS].sort());
  });
});
