/**
 * The lookup's card in the Russian and Ukrainian editions: the same answers as the English, in the edition's words,
 * the country named as the edition names it, and dates in full form.
 */
import { describe, expect, it } from "vitest";
import { countryName } from "../../src/i18n/countries";
import { countrySlug } from "../../src/lib/country-name";
import { buildCard, type Card, type LookupCountry } from "../../src/lib/lookup-card";
import { lookupTrips, occupiedVisits } from "../../src/lib/lookup-data";
import { cardView, suggestStatus } from "../../src/lib/lookup-view";
import type { Locale } from "../../src/lib/locales";
import { loadEvents, loadStates, loadTrips } from "./content-data";
import { en, tOf } from "./edition-t";

const NOW = "2026-12-01";
const states = loadStates();
const events = loadEvents();
const trips = lookupTrips(loadTrips(states), events);
const occupied = occupiedVisits(events);
/** A country as the island has it on a page of `locale`: the edition's name, and no English UN name beside it. */
const country = (code: string, locale: Locale): LookupCountry => {
  const s = states.find((x) => x.iso2 === code);
  if (!s) throw new Error(`no ${code}`);
  const record = { ...s, slug: countrySlug(s) };
  return locale === "en" ? record : { ...record, name: countryName(code, s.name, locale), unName: undefined };
};
const card = (code: string, day: string, locale: Locale): Card =>
  buildCard(locale === "en" ? en : tOf(locale), country(code, locale), day, NOW, trips, occupied);
const text = (c: Card) =>
  [c.question, c.answer, ...c.details, c.duty, c.onTheDay?.text ?? "", c.visitsIntro, c.more.text].join("\n");

describe("the lookup card in Russian and Ukrainian", () => {
  it("answers for Kyrgyzstan on 12 October 2023: a signatory, not a party: no duty to arrest", () => {
    const ru = card("KG", "2023-10-12", "ru");
    expect(ru.name).toBe("Кыргызстан");
    expect(ru.question).toBe("Была ли страна Кыргызстан государством-участником на 12 октября 2023 года?");
    expect(ru.answer).toBe("Нет: на 12 октября 2023 года страна Кыргызстан не была государством-участником.");
    expect(ru.duty).toBe(
      "Эта страна не была обязана арестовывать Путина: одна лишь подпись не создаёт обязанности исполнять ордера суда.",
    );
    expect(ru.more).toEqual({ text: "Всё о стране: Кыргызстан", href: "/ru/countries/kyrgyzstan/" });
    expect(ru.onTheDay?.link.href).toMatch(/^\/ru\/timeline\//);
    const uk = card("KG", "2023-10-12", "uk");
    expect(uk.name).toBe("Киргизстан");
    expect(uk.question).toContain("Киргизстан");
    expect(uk.question).toContain("12 жовтня 2023 року");
    expect(uk.answer).toMatch(/^Ні: /);
    expect(uk.duty).toBe(tOf("uk")("duty.signatory.was"));
    expect(uk.more.href).toBe("/uk/countries/kyrgyzstan/");
  });

  it("answers for Mongolia on 2 September 2024: a State Party, Putin arrived that day and was not arrested", () => {
    const ru = card("MN", "2024-09-02", "ru");
    expect(ru.question).toBe("Была ли страна Монголия государством-участником на 2 сентября 2024 года?");
    expect(ru.answer).toBe(
      "Да: на 2 сентября 2024 года страна Монголия была государством-участником Римского статута.",
    );
    expect(ru.duty).toBe(tOf("ru")("duty.party.was"));
    expect(ru.onTheDay?.text).toMatch(/^В тот день Путин прибыл в эту страну с визитом \(.+\)[;.]/);
    expect(ru.onTheDay?.text).toMatch(/Власти страны его не арестовали\.$/);
    expect(ru.facts.map((f) => f.label)).toContain("Ратификация");
    expect(ru.facts.find((f) => f.label === "Ратификация")?.value).toMatch(/года$/);
    const uk = card("MN", "2024-09-02", "uk");
    expect(uk.question).toContain("Монголія");
    expect(uk.question).toContain("2 вересня 2024 року");
    expect(uk.answer).toMatch(/^Так: /);
    expect(uk.onTheDay?.text).toMatch(/^Того дня Путін прибув/);
  });

  it("answers for Hungary today, withdrawing or gone, in the present tense", () => {
    const ru = card("HU", NOW, "ru");
    const uk = card("HU", NOW, "uk");
    const enCard = card("HU", NOW, "en");
    expect(ru.status).toBe(enCard.status);
    expect(ru.question).toBe("Является ли Венгрия государством-участником сегодня?");
    expect(ru.answer).toMatch(/^(Да|Нет): сегодня /);
    expect(uk.question).toContain("Угорщина");
    expect(uk.question).toContain("сьогодні");
    expect(uk.answer).toMatch(/^(Так|Ні): сьогодні /);
  });

  it("leaves no English word of the card's own in Russian or Ukrainian, whatever the day", () => {
    for (const locale of ["ru", "uk"] as const)
      for (const code of ["KG", "MN", "HU", "UA", "RU", "US", "BI", "PH", "ZA", "NL"])
        for (const day of ["1997-01-01", "2001-05-05", "2023-10-12", "2024-09-02", NOW, "2028-01-01"]) {
          const words = text(card(code, day, locale));
          expect(words, `${locale} ${code} ${day}`).not.toMatch(
            /\b(the|State Party|Putin|was|will|arrest|since|Statute)\b/,
          );
        }
  });

  it("draws the card and the status line in the edition", () => {
    const ru = tOf("ru");
    const view = JSON.stringify(cardView(card("MN", "2024-09-02", "ru"), ru));
    expect(view).toContain("Ответ: Монголия");
    expect(view).toContain("Государство-участник");
    expect(view).not.toMatch(/Answer|What followed|UN name/);
    expect(suggestStatus(ru, "Кирг", 1, false)).toBe("Подходит 1 страна. Выберите стрелками.");
    expect(suggestStatus(ru, "zzzz", 0, false)).toBe("Страны с таким названием не найдено.");
    expect(suggestStatus(tOf("uk"), "zzzz", 0, false)).toBe(tOf("uk")("lookup.noMatch"));
  });
});
