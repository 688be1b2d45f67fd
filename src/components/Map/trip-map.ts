/**
 * The <trip-map> element: a time control (a slider over days that rests on trip dates, step buttons and Play) that
 * shows the trips up to a day and recolours the countries whose status changed, and a detail card for the marker or
 * country in focus, under the pointer or tapped. Escape closes the card. The page holds two drawings of the map
 * (wide and narrow; CSS shows one): both follow the control, and focus goes to the one on screen. With
 * prefers-reduced-motion, Play never runs by itself: each press steps to the next trip date. Text from the page is
 * only ever set as text.
 */
import { formatDate } from "../../lib/dates";
import { parseAt, positionFor, statusAt, tripFromHash } from "../../lib/map-state";
import { STATUS_LABEL, type Status } from "../../lib/membership";
import { slugify } from "../../lib/slug";
import { nextStop, snapToStop, valueOfStop } from "../../lib/time-axis";

interface Stop {
  d: string;
  t: string;
}

const PATTERNED: Partial<Record<Status, string>> = {
  signatory: "fillSig",
  former_party: "fillFormer",
  withdrawing: "fillWd",
};
/** Time between two steps while playing. */
const PLAY_MS = 1400;

const shown = (el: Element) => el.getClientRects().length > 0;

class TripMap extends HTMLElement {
  #marker: SVGAElement | null = null;
  /** Set while focus goes back to a marker after Escape, so the card stays closed. */
  #quiet = false;
  #timer: number | undefined;

  connectedCallback(): void {
    const svgs = [...this.querySelectorAll<SVGSVGElement>("svg.tm-svg")];
    const range = this.querySelector<HTMLInputElement>("input[type=range]");
    const status = this.querySelector<HTMLElement>("[data-status]");
    const card = this.querySelector<HTMLElement>("[data-card]");
    const body = this.querySelector<HTMLElement>("[data-card-body]");
    const figure = this.querySelector<HTMLElement>("figure");
    const controls = this.querySelector<HTMLElement>("[data-controls]");
    const play = this.querySelector<HTMLButtonElement>("button[data-play]");
    const playText = this.querySelector<HTMLElement>("[data-play-text]");
    const playIcon = this.querySelector<HTMLElement>("[data-play-icon]");
    if (svgs.length === 0 || !range || !status || !card || !body || !figure || !controls || !play) return;
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

    const all = <T extends Element>(selector: string) => svgs.flatMap((svg) => [...svg.querySelectorAll<T>(selector)]);
    const markers = all<SVGAElement>("a.tm-marker");
    const dated = all<SVGElement>("[data-date]");
    const changing = all<SVGElement>("[data-h]");
    // The numbered trips' days, once each (both drawings carry every marker).
    const numberedDays = [
      ...new Map(markers.filter((m) => m.dataset["n"]).map((m) => [m.dataset["n"], m.dataset["date"] ?? ""])).values(),
    ];
    const made = Number(this.dataset["made"] ?? numberedDays.length);
    const dayLabels = [...this.querySelectorAll<HTMLElement>("[data-day]")];
    const reduced = window.matchMedia("(prefers-reduced-motion: reduce)");
    let shownDay = last;
    let index = days.length - 1;

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

    const currentStatus = (shape: SVGElement, day: string): Status | null => {
      const h = shape.dataset["h"];
      if (h) return statusAt(h, day);
      const cls = [...shape.classList].find((c) => c.startsWith("tm-s-"))?.slice(5);
      return cls && cls !== "none" ? (cls as Status) : null;
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

    const setDay = (day: string) => {
      shownDay = day;
      for (const el of dated) el.classList.toggle("tm-off", (el.dataset["date"] ?? "") > day);
      for (const el of changing) {
        const s = statusAt(el.dataset["h"] ?? "", day);
        if (s === null) continue;
        for (const c of [...el.classList]) if (c.startsWith("tm-s-")) el.classList.remove(c);
        el.classList.add(`tm-s-${s}`);
        const key = PATTERNED[s];
        const fill = key ? el.closest<SVGSVGElement>("svg.tm-svg")?.dataset[key] : undefined;
        if (fill) el.setAttribute("fill", fill);
        else el.removeAttribute("fill");
        const title = el.querySelector("title");
        if (title) title.textContent = `${el.dataset["name"] ?? ""}: ${STATUS_LABEL[s]}`;
      }
      index = positionFor(days, day);
      range.value = String(valueOfStop(days, index));
      const stop = stops[index];
      const count = numberedDays.filter((d) => d <= day).length;
      const what = stop && stop.d === day && stop.t !== "today" ? ` (${stop.t})` : "";
      range.setAttribute("aria-valuetext", `${formatDate(day)}${what}`);
      status.textContent = `Up to ${formatDate(day)}${what}: ${String(count)} of ${String(made)} trips made since the warrant.`;
      for (const label of dayLabels) label.textContent = formatDate(day);
      for (const button of this.querySelectorAll<HTMLButtonElement>("button[data-step]")) {
        const step = Number(button.dataset["step"]);
        button.disabled = step < 0 ? index <= 0 : index >= days.length - 1;
      }
      if (this.#marker?.classList.contains("tm-off")) close(false);
    };

    const openHash = () => {
      const id = tripFromHash(location.hash);
      const matching = id === null ? [] : markers.filter((m) => m.dataset["trip"] === id);
      const marker = matching.find(shown) ?? matching[0];
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
    const chooseStop = (i: number) => {
      const stop = stops[Math.max(0, Math.min(stops.length - 1, i))];
      if (stop) chooseDay(stop.d);
    };

    const stopPlaying = () => {
      if (this.#timer !== undefined) window.clearInterval(this.#timer);
      this.#timer = undefined;
      playLabel();
    };
    const playLabel = () => {
      const playing = this.#timer !== undefined;
      const atEnd = index >= days.length - 1;
      if (playText) {
        playText.textContent = playing ? "Pause" : reduced.matches ? (atEnd ? "From the start" : "Next trip") : "Play";
      }
      if (playIcon) playIcon.textContent = playing ? "❚❚" : "▶";
    };
    play.addEventListener("click", () => {
      if (this.#timer !== undefined) {
        stopPlaying();
        return;
      }
      chooseStop(nextStop(index, days.length));
      if (reduced.matches) {
        // No motion: one step for each press.
        playLabel();
        return;
      }
      this.#timer = window.setInterval(() => {
        if (index >= days.length - 1) stopPlaying();
        else chooseStop(index + 1);
      }, PLAY_MS);
      playLabel();
    });
    reduced.addEventListener("change", () => {
      stopPlaying();
    });

    range.addEventListener("input", () => {
      stopPlaying();
      chooseStop(snapToStop(days, Number(range.value)));
    });
    // The slider moves from one trip date to the next, not one day at a time.
    range.addEventListener("keydown", (event) => {
      const moves: Record<string, number> = {
        ArrowRight: 1,
        ArrowUp: 1,
        ArrowLeft: -1,
        ArrowDown: -1,
        PageUp: 5,
        PageDown: -5,
      };
      let target: number | null = null;
      if (event.key in moves) target = index + (moves[event.key] ?? 0);
      else if (event.key === "Home") target = 0;
      else if (event.key === "End") target = days.length - 1;
      if (target === null) return;
      event.preventDefault();
      stopPlaying();
      chooseStop(target);
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>("button[data-step]")) {
      button.addEventListener("click", () => {
        stopPlaying();
        chooseStop(index + Number(button.dataset["step"]));
        playLabel();
      });
    }
    // A marker that takes focus under the control stuck to the top of the screen is scrolled out from under it.
    const unhide = (el: Element) => {
      const c = controls.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      if (r.top < c.bottom && r.bottom > c.top) window.scrollBy({ top: r.top - c.bottom - 8, behavior: "instant" });
    };
    for (const marker of markers) {
      marker.addEventListener("focus", () => {
        unhide(marker);
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
    for (const svg of svgs) {
      svg.addEventListener("click", (event) => {
        const target = event.target;
        if (!(target instanceof SVGElement) || target.closest("a")) return;
        const shape = target.closest<SVGElement>("[data-a3]");
        if (shape) showCountry(shape);
      });
    }
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

    // The control sticks to the top of the screen over the map: keep a focused marker from scrolling under it.
    const pad = () => {
      document.documentElement.style.scrollPaddingTop = `${String(controls.offsetHeight + 8)}px`;
    };
    new ResizeObserver(pad).observe(controls);

    setDay(parseAt(location.search, first, last) ?? last);
    playLabel();
    openHash();
  }

  disconnectedCallback(): void {
    if (this.#timer !== undefined) window.clearInterval(this.#timer);
  }
}

/** Registers <trip-map> once. */
export function defineTripMap(): void {
  if (!customElements.get("trip-map")) customElements.define("trip-map", TripMap);
}
