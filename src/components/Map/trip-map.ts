/**
 * The <trip-map> element: a time control that shows the trips up to a day and recolours the
 * countries whose status changed, and a detail card for the marker or country in focus, under
 * the pointer or tapped. Escape closes the card. Text from the page is only ever set as text.
 */
import { formatDate } from "../../lib/dates";
import { parseAt, positionFor, statusAt, tripFromHash, tripsBy } from "../../lib/map-state";
import { STATUS_LABEL, type Status } from "../../lib/membership";
import { slugify } from "../../lib/slug";

interface Stop {
  d: string;
  t: string;
}

const PATTERNED: Partial<Record<Status, string>> = {
  signatory: "fillSig",
  former_party: "fillFormer",
  withdrawing: "fillWd",
};

class TripMap extends HTMLElement {
  #marker: SVGAElement | null = null;
  /** Set while focus goes back to a marker after Escape, so the card stays closed. */
  #quiet = false;

  connectedCallback(): void {
    const svg = this.querySelector<SVGSVGElement>("svg.tm-svg");
    const range = this.querySelector<HTMLInputElement>("input[type=range]");
    const status = this.querySelector<HTMLElement>("[data-status]");
    const card = this.querySelector<HTMLElement>("[data-card]");
    const body = this.querySelector<HTMLElement>("[data-card-body]");
    const figure = this.querySelector<HTMLElement>("figure");
    if (!svg || !range || !status || !card || !body || !figure) return;
    let stops: Stop[];
    try {
      stops = JSON.parse(this.dataset["stops"] ?? "[]") as Stop[];
    } catch {
      return;
    }
    const days = stops.map((s) => s.d);
    const first = days[0];
    const last = days.at(-1);
    if (first === undefined || last === undefined) return;

    const markers = [...svg.querySelectorAll<SVGAElement>("a.tm-marker")];
    const dated = [...svg.querySelectorAll<SVGElement>("[data-date]")];
    const changing = [...svg.querySelectorAll<SVGElement>("[data-h]")];
    const starts = markers.map((m) => m.dataset["date"] ?? "");
    const total = markers.length;
    const dayLabels = [...this.querySelectorAll<HTMLElement>("[data-day]")];
    let shownDay = last;

    const close = (returnFocus: boolean) => {
      if (card.hidden) return;
      card.hidden = true;
      const marker = this.#marker;
      marker?.classList.remove("tm-current");
      this.#marker = null;
      if (returnFocus && marker) {
        this.#quiet = true;
        marker.focus();
        this.#quiet = false;
      }
    };

    const place = (anchor: Element) => {
      if (!window.matchMedia("(min-width: 640px)").matches) return;
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
      const template = this.querySelector<HTMLTemplateElement>(
        `template[data-card-for="${CSS.escape(marker.dataset["trip"] ?? "")}"]`,
      );
      if (!template) return;
      this.#marker?.classList.remove("tm-current");
      this.#marker = marker;
      marker.classList.add("tm-current");
      body.replaceChildren(template.content.cloneNode(true));
      card.hidden = false;
      place(marker);
      if (focusCard) body.querySelector<HTMLElement>("h2")?.focus();
    };

    const showCountry = (shape: SVGElement) => {
      const name = shape.dataset["name"] ?? "";
      const iso2 = shape.dataset["iso2"];
      const s = currentStatus(shape, shownDay);
      this.#marker?.classList.remove("tm-current");
      this.#marker = null;
      const heading = document.createElement("h2");
      heading.className = "font-serif text-base font-bold";
      heading.tabIndex = -1;
      heading.textContent = name;
      const p = document.createElement("p");
      p.className = "mt-1";
      p.textContent =
        s === null ? "Not in the ICC list." : `ICC status on ${formatDate(shownDay)}: ${STATUS_LABEL[s]}.`;
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
      body.replaceChildren(...nodes);
      card.hidden = false;
      place(shape);
    };

    const currentStatus = (shape: SVGElement, day: string): Status | null => {
      const h = shape.dataset["h"];
      if (h) return statusAt(h, day);
      const cls = [...shape.classList].find((c) => c.startsWith("tm-s-"))?.slice(5);
      return cls && cls !== "none" ? (cls as Status) : null;
    };

    const setDay = (day: string) => {
      shownDay = day;
      for (const el of dated) el.classList.toggle("tm-off", (el.dataset["date"] ?? "") > day);
      for (const el of changing) {
        const s = statusAt(el.dataset["h"] ?? "", day);
        if (s === null) continue;
        for (const c of [...el.classList]) if (c.startsWith("tm-s-")) el.classList.remove(c);
        el.classList.add(`tm-s-${s}`);
        const key = PATTERNED[s];
        const fill = key ? svg.dataset[key] : undefined;
        if (fill) el.setAttribute("fill", fill);
        else el.removeAttribute("fill");
        const title = el.querySelector("title");
        if (title) title.textContent = `${el.dataset["name"] ?? ""}: ${STATUS_LABEL[s]}`;
      }
      const index = positionFor(days, day);
      range.value = String(index);
      const stop = stops[index];
      const shown = tripsBy(starts, day);
      const what = stop && stop.d === day && stop.t !== "today" ? ` (${stop.t})` : "";
      range.setAttribute("aria-valuetext", `${formatDate(day)}${what}`);
      status.textContent = `Showing ${shown} of ${total} trips, up to ${formatDate(day)}${what}.`;
      for (const label of dayLabels) label.textContent = formatDate(day);
      for (const button of this.querySelectorAll<HTMLButtonElement>("button[data-step]")) {
        const step = Number(button.dataset["step"]);
        button.disabled = step < 0 ? index <= 0 : index >= days.length - 1;
      }
      if (this.#marker?.classList.contains("tm-off")) close(false);
    };

    const openHash = () => {
      const id = tripFromHash(location.hash);
      const marker = id === null ? undefined : markers.find((m) => m.dataset["trip"] === id);
      if (!marker) return;
      setDay(marker.dataset["date"] ?? last);
      marker.focus({ preventScroll: true });
      showTrip(marker, false);
      // The browser scrolls to the table row the address names (and drops focus): bring the marker back.
      const reveal = () => {
        marker.focus({ preventScroll: true });
        marker.scrollIntoView({ block: "center", inline: "center" });
        place(marker);
      };
      if (document.readyState === "complete") reveal();
      else window.addEventListener("load", () => requestAnimationFrame(reveal), { once: true });
    };

    /** The reader chose a day: show it, and put it in the address (`?at=`) so a shared link opens there. */
    const chooseDay = (day: string) => {
      setDay(day);
      history.replaceState(null, "", day === last ? location.pathname : `${location.pathname}?at=${day}`);
    };

    range.addEventListener("input", () => {
      const stop = stops[Number(range.value)];
      if (stop) chooseDay(stop.d);
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>("button[data-step]")) {
      button.addEventListener("click", () => {
        const next = Number(range.value) + Number(button.dataset["step"]);
        const stop = stops[next];
        if (stop) chooseDay(stop.d);
      });
    }
    for (const marker of markers) {
      marker.addEventListener("focus", () => {
        if (!this.#quiet) showTrip(marker, false);
      });
      marker.addEventListener("pointerenter", () => {
        showTrip(marker, false);
      });
      marker.addEventListener("click", (event) => {
        event.preventDefault();
        history.replaceState(null, "", `#trip-${marker.dataset["trip"] ?? ""}`);
        showTrip(marker, true);
      });
    }
    svg.addEventListener("click", (event) => {
      const target = event.target;
      if (!(target instanceof SVGElement) || target.closest("a")) return;
      const shape = target.closest<SVGElement>("[data-a3]");
      if (shape) showCountry(shape);
    });
    this.querySelector("[data-close]")?.addEventListener("click", () => {
      close(true);
    });
    this.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || card.hidden) return;
      event.preventDefault();
      close(card.contains(document.activeElement) || document.activeElement === this.#marker);
    });
    this.addEventListener("focusout", (event) => {
      const next = event.relatedTarget;
      if (next instanceof Node && this.contains(next)) return;
      if (next !== null) close(false);
    });
    window.addEventListener("hashchange", () => {
      openHash();
    });

    // On a narrow screen the map scrolls sideways: start with Moscow in the middle.
    const scroller = this.querySelector<HTMLElement>(".tm-scroll");
    const moscow = svg.querySelector(".tm-moscow");
    if (scroller && moscow && scroller.scrollWidth > scroller.clientWidth) {
      const s = scroller.getBoundingClientRect();
      const m = moscow.getBoundingClientRect();
      scroller.scrollLeft = m.left - s.left - scroller.clientWidth / 2;
    }
    setDay(parseAt(location.search, first, last) ?? last);
    openHash();
  }
}

/** Registers <trip-map> once. */
export function defineTripMap(): void {
  if (!customElements.get("trip-map")) customElements.define("trip-map", TripMap);
}
