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
import { buildCard } from "../../lib/lookup-card";
import {
  LOAD_FAILED,
  announcement,
  cardView,
  keyAction,
  optionView,
  questionDay,
  suggest,
  suggestStatus,
} from "../../lib/lookup-view";
import type { SearchHit } from "../../lib/search";
import { translator } from "../../lib/fill-lite";
import type { Translator } from "../../lib/translate";
import { announcer, bringIntoView, build, closeList, comboboxRoles, highlight, whenSeen } from "./lookup-dom";
import { loadFor, type Loaded } from "./lookup-load";

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
  /** Says the answer once to screen readers (a polite live region of its own). */
  #announce = announcer(null);
  /** The edition's words, handed over by the page (`data-strings`, `data-tag`). */
  readonly t: Translator = translator(
    this.dataset["tag"] ?? "en-GB",
    JSON.parse(this.dataset["strings"] ?? "{}") as Record<string, string>,
  );

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>("#lookup-country");
    const list = this.querySelector<HTMLUListElement>("#lookup-listbox");
    const date = this.querySelector<HTMLInputElement>("#lookup-date");
    const form = this.querySelector("form");
    if (!input || !list || !date || !form) return;

    comboboxRoles(input, list);
    this.#announce = announcer(this.querySelector("[data-lookup-announce]"));

    this.addEventListener("focusin", () => void this.#load(), { once: true });
    whenSeen(this, () => void this.#load());

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
        closeList(input, list);
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
    return loadFor(query, this.dataset["src"], this.dataset["names"]).then(
      (loaded) => (this.#loaded = loaded),
      () => {
        this.#status(this.t(LOAD_FAILED));
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

  #search(input: HTMLInputElement, list: HTMLUListElement): void {
    const index = this.#loaded?.index;
    if (!index) return;
    const { hits, near } = suggest(index, input.value);
    this.#hits = hits;
    this.#active = -1;
    input.removeAttribute("aria-activedescendant");
    list.replaceChildren(...hits.map((hit, i) => build(optionView(hit, i))));
    list.hidden = hits.length === 0;
    input.setAttribute("aria-expanded", String(hits.length > 0));
    this.#status(suggestStatus(this.t, input.value, hits.length, near));
  }

  #key(event: KeyboardEvent, input: HTMLInputElement, list: HTMLUListElement, date: HTMLInputElement): void {
    const action = keyAction(event.key, {
      open: !list.hidden,
      count: this.#hits.length,
      active: this.#active,
      text: input.value,
    });
    if (action.prevent) event.preventDefault();
    if (action.do === "open") this.#search(input, list);
    else if (action.do === "move") {
      this.#active = action.index;
      highlight(input, list, action.index);
    } else if (action.do === "choose") this.#choose(action.index, input, list, date);
    else if (action.do === "close") closeList(input, list);
    else if (action.do === "clear") {
      input.value = "";
      this.#chosen = null;
      this.#clear();
    }
  }

  #choose(index: number, input: HTMLInputElement, list: HTMLUListElement, date: HTMLInputElement): void {
    const hit = this.#hits[index];
    if (!hit) return;
    input.value = hit.name;
    closeList(input, list);
    this.#chosen = hit.iso2;
    this.#answer(hit.iso2, date);
  }

  #answer(iso2: string, date: HTMLInputElement): void {
    const data = this.#loaded?.data;
    const country = data?.countries.find((c) => c.iso2 === iso2);
    const result = this.querySelector<HTMLElement>("[data-lookup-result]");
    if (!country || !data || !result) return;
    const now = this.dataset["today"] ?? new Date().toISOString().slice(0, 10);
    const asked = questionDay(date.value, now, date);
    if ("error" in asked) {
      result.replaceChildren();
      this.#status(this.t(asked.error));
      return;
    }
    const { day } = asked;
    const card = buildCard(this.t, country, day, now, data.trips, data.occupied);
    const rendered = build(cardView(card, this.t)) as HTMLElement;
    result.replaceChildren(rendered);
    this.#status("");
    this.#announce(announcement(card));
    this.#change({ iso2, day: day === now ? null : day });
    bringIntoView(rendered);
  }
}

export function defineCountryLookup(): void {
  if (!customElements.get("country-lookup")) customElements.define("country-lookup", CountryLookup);
}
