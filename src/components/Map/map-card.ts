/**
 * The travel map's detail card: the trip of a marker (from its <template>) or the country of a shape, beside the
 * marker on a wide screen and docked at the bottom on a phone. It remembers the marker it shows, so Escape can give
 * focus back to it. Text from the page is only ever set as text.
 */
import { formatDate } from "../../lib/dates";
import { countryStatusLine } from "../../lib/map-text";
import { statusFromClasses } from "../../lib/map-status";
import { statusAt } from "../../lib/status-history";
import { slugify } from "../../lib/slug";
import type { Status } from "../../lib/membership";

/** A shape's status on `day`: from its history when it changes over the span, else from its shading class. */
function shapeStatus(shape: SVGElement, day: string): Status | null {
  const h = shape.dataset["h"];
  return h ? statusAt(h, day) : statusFromClasses(shape.classList);
}

export class DetailCard {
  /** The marker whose trip the card shows, if any. */
  marker: SVGAElement | null = null;
  /** Set while focus goes back to a marker after Escape, so the card stays closed. */
  quiet = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly card: HTMLElement,
    private readonly body: HTMLElement,
    private readonly figure: HTMLElement,
  ) {}

  close(returnFocus: boolean): void {
    if (this.card.hidden) return;
    this.card.hidden = true;
    const marker = this.marker;
    marker?.classList.remove("tm-current");
    this.marker = null;
    if (returnFocus && marker) {
      this.quiet = true;
      marker.focus();
      this.quiet = false;
    }
  }

  /** Beside the anchor on a wide screen (left of it when there is no room on the right); CSS docks it on a phone. */
  place(anchor: Element): void {
    if (!window.matchMedia("(min-width: 768px)").matches) return;
    const { card } = this;
    const f = this.figure.getBoundingClientRect();
    const a = anchor.getBoundingClientRect();
    const w = card.offsetWidth;
    const h = card.offsetHeight;
    let left = a.right - f.left + 8;
    if (left + w > f.width) left = a.left - f.left - w - 8;
    const top = Math.min(Math.max(0, a.top - f.top - 12), Math.max(0, f.height - h));
    card.style.left = `${Math.max(0, left)}px`;
    card.style.top = `${top}px`;
  }

  showTrip(marker: SVGAElement, focusCard: boolean): void {
    const template = this.root.querySelector<HTMLTemplateElement>(
      `template[data-card-for="${CSS.escape(marker.dataset["trip"] ?? "")}"]`,
    );
    if (!template) return;
    this.marker?.classList.remove("tm-current");
    this.marker = marker;
    marker.classList.add("tm-current");
    this.body.replaceChildren(template.content.cloneNode(true));
    this.card.hidden = false;
    this.place(marker);
    if (focusCard) this.body.querySelector<HTMLElement>("h2")?.focus();
  }

  showCountry(shape: SVGElement, day: string): void {
    const name = shape.dataset["name"] ?? "";
    const iso2 = shape.dataset["iso2"];
    this.marker?.classList.remove("tm-current");
    this.marker = null;
    const heading = document.createElement("h2");
    heading.className = "font-serif text-base font-bold";
    heading.tabIndex = -1;
    heading.textContent = name;
    const p = document.createElement("p");
    p.className = "mt-1";
    p.textContent = countryStatusLine(shapeStatus(shape, day), formatDate(day));
    const nodes: Node[] = [heading, p];
    if (iso2) {
      const link = document.createElement("a");
      link.href = `/countries/${slugify(name)}/`;
      link.textContent = `${name} and the ICC`;
      const lp = document.createElement("p");
      lp.className = "mt-2";
      lp.append(link);
      nodes.push(lp);
    }
    this.body.replaceChildren(...nodes);
    this.card.hidden = false;
    this.place(shape);
  }

  /** Close button, Escape, and focus leaving the map close the card. */
  wire(): void {
    this.root.querySelector("[data-close]")?.addEventListener("click", () => {
      this.close(true);
    });
    this.root.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || this.card.hidden) return;
      event.preventDefault();
      this.close(this.card.contains(document.activeElement) || document.activeElement === this.marker);
    });
    this.root.addEventListener("focusout", (event) => {
      const next = event.relatedTarget;
      if (next instanceof Node && this.root.contains(next)) return;
      if (next !== null) this.close(false);
    });
  }
}
