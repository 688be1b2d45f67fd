/**
 * The <country-lookup> element: a WAI-ARIA 1.2 combobox over the country index, a date field, and a result card that
 * restates the question and answers it. The answer is cleared the moment the question changes, announced once to
 * screen readers, and scrolled into view when it lands below the fold. Everything the reader typed, and everything in
 * the address, is only ever set as text, never as markup.
 *
 * The element does not read or write the address: it fires `lookup-change` whenever it shows or clears an answer, and
 * `show()` answers for a country chosen elsewhere. On /countries/, lookup-address.ts keeps the address in step
 * through the two; the explainer, whose address never changes, does not load it.
 */
import { buildCard, type Card, type Link } from "../../lib/lookup-card";
import { STATUS_LABEL } from "../../lib/membership";
import type { SearchHit } from "../../lib/search";
import { loadFor, type Loaded } from "./lookup-load";

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = "", text = ""): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
};

const link = ({ text, href }: Link, className = "") => {
  const a = el("a", className, text);
  a.href = href;
  return a;
};

/**
 * The detail of a `lookup-change` event: the answer shown, its country's alpha-2 code and the day asked about (null
 * for today); or null once the answer is cleared.
 */
export type LookupChange = { iso2: string; day: string | null } | null;

export class CountryLookup extends HTMLElement {
  #loaded: Loaded | null = null;
  #hits: SearchHit[] = [];
  #active = -1;
  #chosen: string | null = null;
  #timer: number | undefined;

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>("#lookup-country");
    const list = this.querySelector<HTMLUListElement>("#lookup-listbox");
    const date = this.querySelector<HTMLInputElement>("#lookup-date");
    const form = this.querySelector("form");
    if (!input || !list || !date || !form) return;

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    list.setAttribute("role", "listbox");

    this.addEventListener("focusin", () => void this.#load(), { once: true });
    new IntersectionObserver((entries, observer) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        void this.#load();
      }
    }).observe(this);

    input.addEventListener("input", () => {
      // A new question: the old answer goes at once, before the list is even searched.
      this.#chosen = null;
      this.#clear();
      void this.#load(input.value).then(() => {
        this.#search(input, list);
      });
    });
    input.addEventListener("keydown", (event) => {
      this.#key(event, input, list, date);
    });
    input.addEventListener("blur", () =>
      setTimeout(() => {
        this.#close(input, list);
      }, 150),
    );
    list.addEventListener("mousedown", (event) => {
      event.preventDefault();
    });
    list.addEventListener("click", (event) => {
      const option = (event.target as Element).closest<HTMLElement>("[role=option]");
      const index = Number(option?.dataset["index"] ?? -1);
      if (index >= 0) this.#choose(index, input, list, date);
    });
    date.addEventListener("change", () => {
      if (this.#chosen !== null) this.#answer(this.#chosen, date);
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#load(input.value).then(() => {
        if (this.#hits.length === 0) this.#search(input, list);
        if (this.#hits.length > 0) this.#choose(Math.max(this.#active, 0), input, list, date);
      });
    });
  }

  /** Answers for the country `iso2` as if the reader had chosen it: its name in the field, its card below. */
  async show(iso2: string): Promise<void> {
    const entry = (await this.#load())?.index.byCode(iso2);
    const input = this.querySelector<HTMLInputElement>("#lookup-country");
    const date = this.querySelector<HTMLInputElement>("#lookup-date");
    if (!entry || !input || !date) return;
    input.value = entry.name;
    this.#chosen = entry.iso2;
    this.#answer(entry.iso2, date);
  }

  /** The data, once; for a query in Arabic or Chinese letters, the names in those scripts too. */
  #load(query = ""): Promise<Loaded | null> {
    return loadFor(query, this.dataset["src"]).then(
      (loaded) => (this.#loaded = loaded),
      () => {
        this.#status("The country list could not be loaded. The table of every country is on the countries page.");
        return null;
      },
    );
  }

  #status(text: string): void {
    this.querySelector("[data-lookup-status]")?.replaceChildren(text);
  }

  #change(detail: LookupChange): void {
    this.dispatchEvent(new CustomEvent("lookup-change", { detail }));
  }

  /** Removes the answer and its announcement. */
  #clear(): void {
    this.querySelector("[data-lookup-result]")?.replaceChildren();
    this.#announce("");
    this.#change(null);
  }

  /** Says the answer once: the live region gets it a moment after being emptied, so a repeat is announced too. */
  #announce(text: string): void {
    const region = this.querySelector("[data-lookup-announce]");
    if (!region) return;
    window.clearTimeout(this.#timer);
    region.textContent = "";
    if (text !== "")
      this.#timer = window.setTimeout(() => {
        region.textContent = text;
      }, 100);
  }

  #search(input: HTMLInputElement, list: HTMLUListElement): void {
    const index = this.#loaded?.index;
    if (!index) return;
    const query = input.value;
    this.#hits = index.find(query, 8);
    // Nothing matched: offer only names a few letters away, never a list of unrelated ones.
    const near = this.#hits.length === 0 ? index.nearest(query, 3) : [];
    if (near.length > 0)
      this.#hits = near.map((e) => ({ iso2: e.iso2, name: e.name, kind: "fuzzy", matched: e.name, score: 9 }));
    this.#active = -1;
    input.removeAttribute("aria-activedescendant");
    list.replaceChildren(
      ...this.#hits.map((hit, i) => {
        const option = el("li", "cursor-pointer px-3 py-2 aria-selected:bg-paper-2 aria-selected:font-semibold");
        option.id = `lookup-option-${hit.iso2}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset["index"] = String(i);
        option.textContent = hit.name;
        if (hit.matched !== hit.name && hit.kind !== "code") {
          option.append(el("span", "text-ink-2 text-sm", ` (${hit.matched})`));
        }
        return option;
      }),
    );
    const open = this.#hits.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    const n = this.#hits.length;
    if (query.trim() === "") this.#status("");
    else if (near.length > 0)
      this.#status(
        `No country matches exactly; ${n === 1 ? "one close name" : `${n} close names`}. Use the arrow keys to choose.`,
      );
    else if (open)
      this.#status(`${n} ${n === 1 ? "country matches" : "countries match"}. Use the arrow keys to choose.`);
    else this.#status("No country matches that name.");
  }

  #key(event: KeyboardEvent, input: HTMLInputElement, list: HTMLUListElement, date: HTMLInputElement): void {
    const count = this.#hits.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (list.hidden) {
        this.#search(input, list);
        return;
      }
      if (count === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.#active = (this.#active + step + count) % count;
      this.#highlight(input, list);
    } else if (event.key === "Enter") {
      if (!list.hidden && count > 0) {
        event.preventDefault();
        this.#choose(Math.max(this.#active, 0), input, list, date);
      }
    } else if (event.key === "Escape") {
      if (!list.hidden) this.#close(input, list);
      else if (input.value !== "") {
        input.value = "";
        this.#chosen = null;
        this.#clear();
      }
    }
  }

  #highlight(input: HTMLInputElement, list: HTMLUListElement): void {
    for (const [i, option] of [...list.children].entries()) {
      option.setAttribute("aria-selected", String(i === this.#active));
      if (i === this.#active) {
        input.setAttribute("aria-activedescendant", option.id);
        option.scrollIntoView({ block: "nearest" });
      }
    }
  }

  #close(input: HTMLInputElement, list: HTMLUListElement): void {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  #choose(index: number, input: HTMLInputElement, list: HTMLUListElement, date: HTMLInputElement): void {
    const hit = this.#hits[index];
    if (!hit) return;
    input.value = hit.name;
    this.#close(input, list);
    this.#chosen = hit.iso2;
    this.#answer(hit.iso2, date);
  }

  #answer(iso2: string, date: HTMLInputElement): void {
    const data = this.#loaded?.data;
    const country = data?.countries.find((c) => c.iso2 === iso2);
    const result = this.querySelector<HTMLElement>("[data-lookup-result]");
    if (!country || !data || !result) return;
    const now = this.dataset["today"] ?? new Date().toISOString().slice(0, 10);
    const day = /^\d{4}-\d{2}-\d{2}$/.test(date.value) ? date.value : now;
    // The field's own bounds, FIRST_DAY and LAST_DAY of lookup-state.ts: a typed year can fall outside them.
    if (day < date.min || day > date.max) {
      result.replaceChildren();
      this.#status("Choose a day from 1900 to 2099.");
      return;
    }
    const card = buildCard(country, day, now, data.trips, data.occupied);
    const rendered = renderCard(card);
    result.replaceChildren(rendered);
    this.#status("");
    this.#announce(`${card.question} ${card.answer}`);
    this.#change({ iso2, day: day === now ? null : day });
    // On a phone the card lands below the fold: bring its question and answer into view.
    const top = rendered.getBoundingClientRect().top;
    const height = window.visualViewport?.height ?? window.innerHeight;
    if (top < 0 || top + 120 > height) {
      const still = matchMedia("(prefers-reduced-motion: reduce)").matches;
      rendered.scrollIntoView({ block: "start", behavior: still ? "auto" : "smooth" });
    }
  }
}

/** The result card as DOM built from text, so nothing from data or input is parsed as markup. */
function renderCard(card: Card): HTMLElement {
  const root = el("article", "border-rule bg-paper mt-3 scroll-mt-4 rounded border p-4");
  root.dataset["iccStatus"] = card.status;
  root.dataset["iso2"] = card.iso2;
  root.setAttribute("aria-label", `Answer: ${card.name}`);
  root.append(el("h3", "font-serif text-lg font-bold", card.question));
  if (card.unName !== null) root.append(el("p", "text-ink-2 text-sm", `UN name: ${card.unName}`));
  const answer = el("p", "mt-2");
  answer.append(el("strong", "", card.answer), ...card.details.map((d) => ` ${d}`));
  root.append(
    el("span", `status-badge status-${card.status} mt-2`, STATUS_LABEL[card.status]),
    answer,
    el("p", "mt-1", card.duty),
  );
  if (card.caveat !== null) root.append(el("p", "border-accent mt-2 border-l-4 pl-2 text-sm", card.caveat));
  if (card.onTheDay !== null) {
    const day = el("div", "border-accent mt-3 border-l-4 pl-2");
    const p = el("p", "", `${card.onTheDay.text} `);
    p.append(link(card.onTheDay.link, "inline-block py-1"));
    day.append(p);
    if (card.onTheDay.later.length > 0) {
      day.append(el("p", "mt-1 font-semibold", "What followed:"), list(card.onTheDay.later));
    }
    root.append(day);
  }
  if (card.facts.length > 0) {
    const dl = el("dl", "mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm");
    for (const f of card.facts) dl.append(el("dt", "text-ink-2", f.label), el("dd", "whitespace-nowrap", f.value));
    root.append(dl);
  }
  const visits = el("div", "mt-3 text-sm");
  visits.append(el("p", card.visits.length > 0 ? "font-semibold" : "", card.visitsIntro));
  if (card.visits.length > 0) visits.append(list(card.visits));
  if (card.occupied.length > 0) {
    visits.append(el("p", "mt-2 font-semibold", "Visits to occupied territory that the timeline records:"));
    visits.append(list(card.occupied));
  }
  root.append(visits, link(card.more, "mt-3 inline-block"));
  return root;
}

/**
 * A list of links, each a touch target 24 px tall at least (WCAG 2.2 target size); block links, so that a bullet
 * sits by the first line of a link that wraps, not the last.
 */
function list(links: Link[]): HTMLUListElement {
  const ul = el("ul", "list-disc space-y-1 pl-5");
  for (const l of links) {
    const li = el("li");
    li.append(link(l, "block py-1"));
    ul.append(li);
  }
  return ul;
}

export function defineCountryLookup(): void {
  if (!customElements.get("country-lookup")) customElements.define("country-lookup", CountryLookup);
}
