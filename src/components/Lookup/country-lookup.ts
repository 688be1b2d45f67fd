/**
 * The <country-lookup> element: a WAI-ARIA 1.2 combobox over the country index, a date field,
 * and a result card. Everything the reader typed is only ever set as text, never as markup.
 */
import { buildCard, type Card } from "../../lib/lookup-card";
import { fromWire, type LookupData, type WireData } from "../../lib/lookup-data";
import { lookupSearch, parseLookupParams } from "../../lib/lookup-state";
import { STATUS_LABEL } from "../../lib/membership";
import { createIndex, type CountryIndex, type SearchHit } from "../../lib/search";

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = "", text = ""): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
};

class CountryLookup extends HTMLElement {
  #data: LookupData | null = null;
  #index: CountryIndex | null = null;
  #loading: Promise<void> | null = null;
  #hits: SearchHit[] = [];
  #active = -1;
  #chosen: string | null = null;

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

    const load = () => (this.#loading ??= this.#load());
    this.addEventListener("focusin", () => void load(), { once: true });
    new IntersectionObserver((entries, observer) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        void load();
      }
    }).observe(this);

    input.addEventListener("input", () => {
      this.#chosen = null;
      void load().then(() => {
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
      void load().then(() => {
        if (this.#hits.length === 0) this.#search(input, list);
        if (this.#hits.length > 0) this.#choose(Math.max(this.#active, 0), input, list, date);
      });
    });

    if (this.hasAttribute("data-sync-url") && location.search.length > 1) {
      void load().then(() => {
        this.#fromAddress(input, date);
      });
    }
  }

  async #load(): Promise<void> {
    try {
      const response = await fetch(this.dataset["src"] ?? "/data/lookup.json");
      this.#data = fromWire((await response.json()) as WireData);
      this.#index = createIndex(this.#data.countries);
    } catch {
      this.#status("The country list could not be loaded. The table below has every country.");
    }
  }

  #status(text: string): void {
    const status = this.querySelector("[data-lookup-status]");
    if (status) status.textContent = text;
  }

  #search(input: HTMLInputElement, list: HTMLUListElement): void {
    if (!this.#index) return;
    const query = input.value;
    this.#hits = this.#index.find(query, 8);
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
    if (query.trim() === "") this.#status("");
    else if (open)
      this.#status(
        `${this.#hits.length} ${this.#hits.length === 1 ? "country matches" : "countries match"}. Use the arrow keys to choose.`,
      );
    else {
      const near = this.#index.nearest(query, 3);
      this.#status(`No country matches. Nearest names: ${near.join(", ")}.`);
    }
  }

  #key(event: KeyboardEvent, input: HTMLInputElement, list: HTMLUListElement, date: HTMLInputElement): void {
    const count = this.#hits.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (list.hidden) {
        if (this.#index) this.#search(input, list);
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
      else input.value = "";
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

  #fromAddress(input: HTMLInputElement, date: HTMLInputElement): void {
    if (!this.#index) return;
    const index = this.#index;
    const state = parseLookupParams(location.search, (code) => index.byCode(code) !== undefined);
    if (state.date !== null) date.value = state.date;
    if (state.country !== null) {
      const entry = index.byCode(state.country);
      if (entry) {
        input.value = entry.name;
        this.#chosen = entry.iso2;
        this.#answer(entry.iso2, date);
      }
    }
    if (state.ignored.length > 0) this.#status(state.ignored.join(" "));
  }

  #answer(iso2: string, date: HTMLInputElement): void {
    const country = this.#data?.countries.find((c) => c.iso2 === iso2);
    if (!country || !this.#data) return;
    const now = this.dataset["today"] ?? new Date().toISOString().slice(0, 10);
    const day = /^\d{4}-\d{2}-\d{2}$/.test(date.value) ? date.value : now;
    const card = buildCard(country, day, now, this.#data.trips);
    this.querySelector("[data-lookup-result]")?.replaceChildren(renderCard(card));
    this.#status("");
    if (this.hasAttribute("data-sync-url")) {
      history.replaceState(null, "", `${location.pathname}${lookupSearch(iso2, day === now ? null : day)}`);
    }
  }
}

/** The result card as DOM built from text, so nothing from data or input is parsed as markup. */
function renderCard(card: Card): HTMLElement {
  const root = el("article", "border-rule bg-paper mt-3 rounded border p-4");
  root.dataset["iccStatus"] = card.status;
  root.dataset["iso2"] = card.iso2;
  root.setAttribute("aria-label", `Result: ${card.heading}`);
  const badge = el("span", `status-badge status-${card.status}`, STATUS_LABEL[card.status]);
  const heading = el("h3", "font-serif text-lg font-bold", card.heading);
  root.append(heading, badge, el("p", "mt-2 font-semibold", card.answer), el("p", "mt-1", card.duty));
  if (card.caveat !== null) root.append(el("p", "border-accent mt-2 border-l-4 pl-2 text-sm", card.caveat));
  if (card.facts.length > 0) {
    const dl = el("dl", "mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm");
    for (const f of card.facts) dl.append(el("dt", "text-ink-2", f.label), el("dd", "", f.value));
    root.append(dl);
  }
  const visits = el("div", "mt-3 text-sm");
  if (card.visits.length === 0) visits.append(el("p", "", "Putin has not visited since the warrant."));
  else {
    visits.append(el("p", "font-semibold", "Putin's visits since the warrant:"));
    // Each visit link is a touch target: 24 px tall at least (WCAG 2.2 target size).
    const ul = el("ul", "list-disc space-y-1 pl-5");
    for (const v of card.visits) {
      const li = el("li");
      const a = el("a", "inline-block py-1", v.text);
      a.href = v.href;
      li.append(a);
      ul.append(li);
    }
    visits.append(ul);
  }
  const more = el("a", "mt-3 inline-block", `Everything about ${card.heading}`);
  more.href = card.href;
  root.append(visits, more);
  return root;
}

export function defineCountryLookup(): void {
  if (!customElements.get("country-lookup")) customElements.define("country-lookup", CountryLookup);
}
