/**
 * What the lookup island shows, without a browser: the suggestions and their status line, what each key does, the
 * day a question asks about, and the card and options as nodes whose every string from data or input is text.
 */
import { describe, expect, it } from "vitest";
import { countrySlug } from "../../src/lib/country-name";
import { buildCard, type Card, type LookupCountry } from "../../src/lib/lookup-card";
import { en } from "./edition-t";
import { lookupTrips, occupiedVisits } from "../../src/lib/lookup-data";
import {
  OUT_OF_RANGE,
  announcement,
  cardView,
  keyAction,
  optionView,
  questionDay,
  suggest,
  suggestStatus,
  type ViewNode,
} from "../../src/lib/lookup-view";
import { searchEntry } from "../../src/lib/names";
import { createIndex } from "../../src/lib/search";
import { loadEvents, loadStates, loadTrips } from "./content-data";

const states = loadStates();
const events = loadEvents();
const index = createIndex(states.map(searchEntry));
const trips = lookupTrips(loadTrips(states), events);
const occupied = occupiedVisits(events);
const country = (code: string): LookupCountry => {
  const s = states.find((x) => x.iso2 === code);
  if (!s) throw new Error(`no ${code}`);
  return { ...s, slug: countrySlug(s) };
};
const NOW = "2026-12-01";

/** Every string the tree sets as text, and every attribute value, in document order. */
function strings(node: ViewNode | string): string[] {
  if (typeof node === "string") return [node];
  return [node.text ?? "", ...Object.values(node.attrs ?? {}), ...(node.children ?? []).flatMap(strings)];
}
const find = (node: ViewNode, tag: string): ViewNode[] =>
  [
    node.tag === tag ? [node] : [],
    ...(node.children ?? []).map((c) => (typeof c === "string" ? [] : find(c, tag))),
  ].flat(2);

describe("the lookup's suggestions", () => {
  it("offers the matches for a name a reader types, and counts them", () => {
    const { hits, near } = suggest(index, "kyrgyz");
    expect(hits[0]?.iso2).toBe("KG");
    expect(near).toBe(false);
    expect(suggestStatus(en, "kyrgyz", hits.length, near)).toMatch(
      /^\d+ (country matches|countries match)\. Use the arrow keys/,
    );
  });

  it("offers only close names for a misspelling, and says they are not exact", () => {
    const { hits, near } = suggest(index, "Kyrgyzzzzzzstan");
    expect(near).toBe(true);
    expect(hits.map((h) => h.iso2)).toContain("KG");
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(suggestStatus(en, "Kyrgyzzzzzzstan", 1, true)).toBe(
      "No country matches exactly; one close name. Use the arrow keys to choose.",
    );
  });

  it("offers nothing for a string no name is near, and says so", () => {
    const { hits } = suggest(index, "zzzzzzzzzzzz");
    expect(hits).toEqual([]);
    expect(suggestStatus(en, "zzzzzzzzzzzz", 0, false)).toBe("No country matches that name.");
    expect(suggestStatus(en, "   ", 0, false)).toBe("");
  });

  it("shows the other name an option was found by, but not a code", () => {
    const byName = optionView({ iso2: "CI", name: "Côte d'Ivoire", kind: "word", matched: "Ivory Coast", score: 1 }, 2);
    expect(byName.text).toBe("Côte d'Ivoire");
    expect(byName.attrs).toEqual({
      id: "lookup-option-CI",
      role: "option",
      "aria-selected": "false",
      "data-index": "2",
    });
    expect(byName.children?.[0]).toMatchObject({ text: " (Ivory Coast)" });
    const byCode = optionView({ iso2: "CI", name: "Côte d'Ivoire", kind: "code", matched: "CIV", score: 0 }, 0);
    expect(byCode.children).toEqual([]);
  });
});

describe("the combobox's keys", () => {
  const open = { open: true, count: 3, active: -1, text: "k" };
  it.each([
    ["ArrowDown", { ...open, open: false }, { do: "open", prevent: true }],
    ["ArrowDown", open, { do: "move", index: 0, prevent: true }],
    ["ArrowDown", { ...open, active: 2 }, { do: "move", index: 0, prevent: true }],
    ["ArrowUp", { ...open, active: 0 }, { do: "move", index: 2, prevent: true }],
    // With no option active yet, Up goes to the last option (WAI-ARIA combobox pattern), Down to the first.
    ["ArrowUp", open, { do: "move", index: 2, prevent: true }],
    ["ArrowUp", { ...open, count: 0 }, { do: "none", prevent: true }],
    ["Enter", open, { do: "choose", index: 0, prevent: true }],
    ["Enter", { ...open, active: 1 }, { do: "choose", index: 1, prevent: true }],
    ["Enter", { ...open, open: false }, { do: "none", prevent: false }],
    ["Escape", open, { do: "close", prevent: false }],
    ["Escape", { ...open, open: false }, { do: "clear", prevent: false }],
    ["Escape", { ...open, open: false, text: "" }, { do: "none", prevent: false }],
    ["a", open, { do: "none", prevent: false }],
  ] as const)("%s with %o does %o", (key, list, action) => {
    expect(keyAction(key, list)).toEqual(action);
  });
});

describe("the day a question asks about", () => {
  const bounds = { min: "1900-01-01", max: "2099-12-31" };
  it("is the date field's day, or today when the field is empty or half typed", () => {
    expect(questionDay("2023-10-12", NOW, bounds)).toEqual({ day: "2023-10-12" });
    expect(questionDay("", NOW, bounds)).toEqual({ day: NOW });
    expect(questionDay("2023-10", NOW, bounds)).toEqual({ day: NOW });
  });
  it("is refused when a typed year falls outside the field's bounds", () => {
    expect(questionDay("0202-10-12", NOW, bounds)).toEqual({ error: OUT_OF_RANGE });
    expect(questionDay("2100-01-01", NOW, bounds)).toEqual({ error: OUT_OF_RANGE });
  });
});

describe("the result card as nodes", () => {
  it("restates the question, answers it, and links the trip and the country's page", () => {
    const card = buildCard(en, country("MN"), "2024-09-03", NOW, trips, occupied);
    const view = cardView(card, en);
    expect(view.tag).toBe("article");
    expect(view.attrs).toMatchObject({
      "data-icc-status": "party",
      "data-iso2": "MN",
      "aria-label": "Answer: Mongolia",
    });
    expect(find(view, "h3")[0]?.text).toBe("Was Mongolia a State Party on 3 September 2024?");
    expect(find(view, "strong")[0]?.text).toBe(card.answer);
    const hrefs = find(view, "a").map((a) => a.attrs?.["href"]);
    expect(hrefs).toContain("/countries/mongolia/");
    expect(hrefs.some((h) => h?.startsWith("/timeline/2024-09-0"))).toBe(true);
    expect(announcement(card)).toBe(`${card.question} ${card.answer}`);
  });

  it.each([
    "<img src=x onerror=alert(1)>",
    "</article><script>alert(1)</script>",
    '" onmouseover="alert(1)',
    "javascript:alert(1)",
  ])("keeps %s as text wherever the card shows it, and in no href", (payload) => {
    const card: Card = {
      ...buildCard(en, country("KG"), "2023-10-12", NOW, trips, occupied),
      name: payload,
      unName: payload,
      question: payload,
      answer: payload,
      details: [payload],
      caveat: payload,
      visitsIntro: payload,
    };
    const view = cardView(card, en);
    const texts = strings(view);
    expect(texts.filter((t) => t.includes(payload)).length).toBeGreaterThanOrEqual(7);
    for (const a of find(view, "a")) expect(a.attrs?.["href"]).toMatch(/^\/(timeline|countries)\//);
    // Only the elements the card is made of: a payload never becomes a tag.
    const tags = new Set<string>();
    const walk = (n: ViewNode | string) => {
      if (typeof n === "string") return;
      tags.add(n.tag);
      n.children?.forEach(walk);
    };
    walk(view);
    expect([...tags].sort()).toEqual([
      "a",
      "article",
      "dd",
      "div",
      "dl",
      "dt",
      "h3",
      "li",
      "p",
      "span",
      "strong",
      "ul",
    ]);
  });
});
