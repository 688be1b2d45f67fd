/**
 * The travel map's detail card: the trip of a marker (from its <template>) or the country of a shape, beside the
 * marker on a wide screen and docked at the bottom on a phone. It remembers the marker it shows, so Escape can give
 * focus back to it; the close button, Escape and focus leaving the map close it. Text from the page is only ever
 * set as text.
 */
import { formatDate } from "../../lib/dates";
import { statusFromClasses } from "../../lib/map-status";
import { countryStatusLine } from "../../lib/map-text";
import type { Status } from "../../lib/membership";
import * as routes from "../../lib/routes";
import { slugify } from "../../lib/slug";
import { statusAt } from "../../lib/status-history";
import type { Locale } from "../../lib/locales";
import type { Translator } from "../../lib/translate";

/** A shape's status on `day`: from its history when it changes over the span, else from its shading class. */
function shapeStatus(shape: SVGElement, day: string): Status | null {
  const h = shape.dataset["h"];
  return h ? statusAt(h, day) : statusFromClasses(shape.classList);
}

export interface DetailCard {
  close(returnFocus: boolean): void;
  /** Beside the anchor on a wide screen (left of it when there is no room on the right); CSS docks it on a phone. */
  place(anchor: Element): void;
  showTrip(marker: SVGAElement, focusCard: boolean): void;
  showCountry(shape: SVGElement, day: string): void;
  /** Closes the card when the day shown hides its marker. */
  closeIfOff(): void;
  /** True while focus goes back to a marker after Escape, so the card stays closed. */
  quiet(): boolean;
}

/** The card `card`, filled in `body` and placed within `figure`, for the <trip-map> `root`. */
export function detailCard(
  root: HTMLElement,
  card: HTMLElement,
  body: HTMLElement,
  figure: HTMLElement,
  t: Translator,
  locale: Locale,
): DetailCard {
  let current: SVGAElement | null = null;
  let quiet = false;

  const close = (returnFocus: boolean) => {
    if (card.hidden) return;
    card.hidden = true;
    const marker = current;
    marker?.classList.remove("tm-current");
    current = null;
    if (returnFocus && marker) {
      quiet = true;
      marker.focus();
      quiet = false;
    }
  };

  const place = (anchor: Element) => {
    if (!window.matchMedia("(min-width: 768px)").matches) return;
    const f = figure.getBoundingClientRect();
    const a = anchor.getBoundingClientRect();
    const w = card.offsetWidth;
    const h = card.offsetHeight;
    let left = a.right - f.left + 8;
    if (left + w > f.width) left = a.left - f.left - w - 8;
    const top = Math.min(Math.max(0, a.top - f.top - 12), Math.max(0, f.height - h));
    card.style.left = `${Math.max(0, left)}px`;
    card.style.top = `${top}px`;
  };

  const showTrip = (marker: SVGAElement, focusCard: boolean) => {
    const template = root.querySelector<HTMLTemplateElement>(
      `template[data-card-for="${CSS.escape(marker.dataset["trip"] ?? "")}"]`,
    );
    if (!template) return;
    current?.classList.remove("tm-current");
    current = marker;
    marker.classList.add("tm-current");
    body.replaceChildren(template.content.cloneNode(true));
    card.hidden = false;
    place(marker);
    if (focusCard) body.querySelector<HTMLElement>("h2")?.focus();
  };

  const showCountry = (shape: SVGElement, day: string) => {
    const name = shape.dataset["name"] ?? "";
    const iso2 = shape.dataset["iso2"];
    current?.classList.remove("tm-current");
    current = null;
    const heading = document.createElement("h2");
    heading.className = "font-serif text-base font-bold";
    heading.tabIndex = -1;
    heading.textContent = name;
    const p = document.createElement("p");
    p.className = "mt-1";
    p.textContent = countryStatusLine(shapeStatus(shape, day), formatDate(day, locale), t);
    const nodes: Node[] = [heading, p];
    if (iso2) {
      const link = document.createElement("a");
      // Another edition's names are not slugs: its shapes carry the English slug.
      link.href = routes.country(shape.dataset["slug"] ?? slugify(name), locale);
      link.textContent = t("travelMap.card.countryLink", { country: name });
      const lp = document.createElement("p");
      lp.className = "mt-2";
      lp.append(link);
      nodes.push(lp);
    }
    body.replaceChildren(...nodes);
    card.hidden = false;
    place(shape);
  };

  root.querySelector("[data-close]")?.addEventListener("click", () => {
    close(true);
  });
  root.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || card.hidden) return;
    event.preventDefault();
    close(card.contains(document.activeElement) || document.activeElement === current);
  });
  root.addEventListener("focusout", (event) => {
    const next = event.relatedTarget;
    if (next instanceof Node && root.contains(next)) return;
    if (next !== null) close(false);
  });

  return {
    close,
    place,
    showTrip,
    showCountry,
    closeIfOff: () => {
      if (current?.classList.contains("tm-off")) close(false);
    },
    quiet: () => quiet,
  };
}
