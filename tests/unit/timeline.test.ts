import { describe, expect, it } from "vitest";
import { useTranslations } from "../../src/i18n";
import { KINDS, KIND_LABEL, kindLabel } from "../../src/lib/timeline";

describe("kindLabel", () => {
  it("names each kind in English as the English labels do", () => {
    const t = useTranslations("en");
    for (const kind of KINDS) expect(kindLabel(kind, t)).toBe(KIND_LABEL[kind]);
  });

  it("names the kinds in Russian and Ukrainian", () => {
    expect(kindLabel("court", useTranslations("ru"))).toBe("Суд");
    expect(kindLabel("travel", useTranslations("ru"))).toBe("Поездки");
    expect(kindLabel("war", useTranslations("uk"))).toBe("Війна");
    expect(kindLabel("travel", useTranslations("uk"))).toBe("Поїздки");
  });

  it("lists the kinds in the order of the English labels", () => {
    expect(KINDS).toEqual(Object.keys(KIND_LABEL));
  });
});
