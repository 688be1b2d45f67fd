/**
 * What the lookup island shows, decided without a DOM: the suggestions for a query and the line that counts them,
 * what a key does in the combobox, which day a question asks about, and the result card and the options as a tree of
 * plain nodes. The island (components/Lookup/country-lookup.ts) only turns the tree into elements, always setting
 * text as text, and wires events to these functions; so everything here is unit-tested without a browser.
 */
import type { Translator } from "./translate";
import type { Card, Link } from "./lookup-card";
import type { CountryIndex, SearchHit } from "./search";

/** An element to make: its tag, class, text and attributes, then its children (a string is a text node). */
export interface ViewNode {
  tag: string;
  className?: string;
  /** Set as the element's text, never parsed as markup. */
  text?: string;
  attrs?: Record<string, string>;
  children?: (ViewNode | string)[];
}

/** How many names the list offers, and how many close names when nothing matches. */
export const MAX_HITS = 8;
export const MAX_NEAR = 3;

/** The key of what the status line says when the data could not be loaded. */
export const LOAD_FAILED = "lookup.loadFailed";
/**
 * The key of what it says when a typed year falls outside the date field's bounds (FIRST_DAY and LAST_DAY of
 * lookup-state): "Choose a day from 1900 to 2099."
 */
export const OUT_OF_RANGE = "lookup.badDay";

/** The suggestions for a query; when nothing matches, only names a few letters away, never unrelated ones. */
export function suggest(index: CountryIndex, query: string): { hits: SearchHit[]; near: boolean } {
  const hits = index.find(query, MAX_HITS);
  if (hits.length > 0) return { hits, near: false };
  const near = index.nearest(query, MAX_NEAR);
  if (near.length === 0) return { hits, near: false };
  return {
    hits: near.map((e) => ({ iso2: e.iso2, name: e.name, kind: "fuzzy", matched: e.name, score: 9 })),
    near: true,
  };
}

/** The status line under the field once the list is shown: how many names match, and how to choose one. */
export function suggestStatus(t: Translator, query: string, count: number, near: boolean): string {
  if (query.trim() === "") return "";
  return count > 0 ? t(near ? "lookup.fuzzy" : "lookup.matches", { n: count }) : t("lookup.noMatch");
}

/** An option of the list: the name, and the other name it was found by ("Kyrgyzstan (Kyrgyz Republic)"). */
export function optionView(hit: SearchHit, index: number): ViewNode {
  return {
    tag: "li",
    className: "cursor-pointer px-3 py-2 aria-selected:bg-paper-2 aria-selected:font-semibold",
    text: hit.name,
    attrs: { id: `lookup-option-${hit.iso2}`, role: "option", "aria-selected": "false", "data-index": String(index) },
    children:
      hit.matched !== hit.name && hit.kind !== "code"
        ? [{ tag: "span", className: "text-ink-2 text-sm", text: ` (${hit.matched})` }]
        : [],
  };
}

/** What a key does in the combobox; `prevent` says whether the browser's own action (a form's submit) is stopped. */
export type KeyAction =
  | { do: "open" | "close" | "clear" | "none"; prevent: boolean }
  | { do: "move" | "choose"; index: number; prevent: boolean };

/** The action for `key`, given whether the list is open, how many options it has, the active one, and the field. */
export function keyAction(
  key: string,
  list: { open: boolean; count: number; active: number; text: string },
): KeyAction {
  const { open, count, active } = list;
  if (key === "ArrowDown" || key === "ArrowUp") {
    if (!open) return { do: "open", prevent: true };
    if (count === 0) return { do: "none", prevent: true };
    // From no active option, Down goes to the first and Up to the last (the WAI-ARIA combobox pattern).
    if (active < 0) return { do: "move", index: key === "ArrowDown" ? 0 : count - 1, prevent: true };
    const step = key === "ArrowDown" ? 1 : -1;
    return { do: "move", index: (active + step + count) % count, prevent: true };
  }
  if (key === "Enter" && open && count > 0) return { do: "choose", index: Math.max(active, 0), prevent: true };
  if (key === "Escape") {
    if (open) return { do: "close", prevent: false };
    if (list.text !== "") return { do: "clear", prevent: false };
  }
  return { do: "none", prevent: false };
}

/**
 * The day a question asks about: the date field's day when it holds one, else today (`now`); or an error when the
 * day falls outside the field's bounds, which a typed year can.
 */
export function questionDay(
  value: string,
  now: string,
  bounds: { min: string; max: string },
): { day: string } | { error: string } {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : now;
  return day < bounds.min || day > bounds.max ? { error: OUT_OF_RANGE } : { day };
}

/** What a screen reader is told once the card is shown: the question and its answer. */
export const announcement = (card: Pick<Card, "question" | "answer">): string => `${card.question} ${card.answer}`;

const link = ({ text, href }: Link, className = ""): ViewNode => ({ tag: "a", className, text, attrs: { href } });

/**
 * A list of links, each a touch target 24 px tall at least (WCAG 2.2 target size); block links, so that a bullet
 * sits by the first line of a link that wraps, not the last.
 */
const list = (links: readonly Link[]): ViewNode => ({
  tag: "ul",
  className: "list-disc space-y-1 pl-5",
  children: links.map((l) => ({ tag: "li", children: [link(l, "block py-1")] })),
});

const p = (className: string, text: string, children: (ViewNode | string)[] = []): ViewNode => ({
  tag: "p",
  className,
  text,
  children,
});

/** The result card, as nodes whose every string from data or input is text; its own words from `t`. */
export function cardView(card: Card, t: Translator): ViewNode {
  const children: ViewNode[] = [{ tag: "h3", className: "font-serif text-lg font-bold", text: card.question }];
  if (card.unName !== null) children.push(p("text-ink-2 text-sm", t("card.unName", { unName: card.unName })));
  children.push(
    { tag: "span", className: `status-badge status-${card.status} mt-2`, text: t(`status.label.${card.status}`) },
    p("mt-2", "", [{ tag: "strong", text: card.answer }, ...card.details.map((d) => ` ${d}`)]),
    p("mt-1", card.duty),
  );
  if (card.caveat !== null) children.push(p("border-accent mt-2 border-l-4 pl-2 text-sm", card.caveat));
  if (card.onTheDay !== null) {
    const { text, link: trip, later } = card.onTheDay;
    children.push({
      tag: "div",
      className: "border-accent mt-3 border-l-4 pl-2",
      children: [
        p("", `${text} `, [link(trip, "inline-block py-1")]),
        ...(later.length > 0 ? [p("mt-1 font-semibold", t("card.day.whatFollowed")), list(later)] : []),
      ],
    });
  }
  if (card.facts.length > 0)
    children.push({
      tag: "dl",
      className: "mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm",
      children: card.facts.flatMap((f) => [
        { tag: "dt", className: "text-ink-2", text: f.label },
        { tag: "dd", className: "whitespace-nowrap", text: f.value },
      ]),
    });
  const visits: ViewNode[] = [p(card.visits.length > 0 ? "font-semibold" : "", card.visitsIntro)];
  if (card.visits.length > 0) visits.push(list(card.visits));
  if (card.occupied.length > 0) visits.push(p("mt-2 font-semibold", t("card.occupiedIntro")), list(card.occupied));
  children.push({ tag: "div", className: "mt-3 text-sm", children: visits }, link(card.more, "mt-3 inline-block"));
  return {
    tag: "article",
    className: "border-rule bg-paper mt-3 scroll-mt-4 rounded border p-4",
    attrs: {
      "data-icc-status": card.status,
      "data-iso2": card.iso2,
      "aria-label": t("card.ariaLabel", { country: card.name }),
    },
    children,
  };
}
