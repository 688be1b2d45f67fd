/**
 * The travel map's markers and the trips table: each marker links to its table row (`#trip-<id>`). Focus, hover or
 * a click shows the marker's card; an address naming a trip (on load or on hashchange) shows the map on that trip's
 * day with its marker in focus, in the drawing on screen. A click on a country shows its card.
 */
import { tripFromHash } from "../../lib/map-state";
import type { DetailCard } from "./map-card";
import type { TimeControl } from "./map-time";

const shown = (el: Element) => el.getClientRects().length > 0;

/**
 * Wires the markers and countries of `svgs` to the card and the address; `controls` is the time control's box,
 * which sticks to the top of the screen over the map. Returns what shows the trip the address names, if any.
 */
export function mapLinks(
  svgs: readonly SVGSVGElement[],
  controls: HTMLElement,
  card: DetailCard,
  time: TimeControl,
): () => void {
  const markers = svgs.flatMap((svg) => [...svg.querySelectorAll<SVGAElement>("a.tm-marker")]);

  const openHash = () => {
    const id = tripFromHash(location.hash);
    const matching = id === null ? [] : markers.filter((m) => m.dataset["trip"] === id);
    const marker = matching.find(shown) ?? matching[0];
    if (!marker) return;
    time.setDay(marker.dataset["date"] ?? time.days.at(-1) ?? "");
    marker.focus({ preventScroll: true });
    card.showTrip(marker, false);
    // The browser scrolls to the table row the address names (and drops focus): bring the marker back.
    const reveal = () => {
      marker.focus({ preventScroll: true });
      marker.scrollIntoView({ block: "center", inline: "center" });
      card.place(marker);
    };
    if (document.readyState === "complete") reveal();
    else window.addEventListener("load", () => requestAnimationFrame(reveal), { once: true });
  };

  // A marker that takes focus under the sticky control is scrolled out from under it.
  const unhide = (el: Element) => {
    const c = controls.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    if (r.top < c.bottom && r.bottom > c.top) window.scrollBy({ top: r.top - c.bottom - 8, behavior: "instant" });
  };
  for (const marker of markers) {
    marker.addEventListener("focus", () => {
      unhide(marker);
      if (!card.quiet()) card.showTrip(marker, false);
    });
    marker.addEventListener("pointerenter", () => {
      card.showTrip(marker, false);
    });
    marker.addEventListener("click", (event) => {
      event.preventDefault();
      history.replaceState(null, "", `#trip-${marker.dataset["trip"] ?? ""}`);
      card.showTrip(marker, true);
    });
  }
  for (const svg of svgs) {
    svg.addEventListener("click", (event) => {
      const target = event.target;
      if (!(target instanceof SVGElement) || target.closest("a")) return;
      const shape = target.closest<SVGElement>("[data-a3]");
      if (shape) card.showCountry(shape, time.day());
    });
  }
  window.addEventListener("hashchange", () => {
    openHash();
  });
  // Keep a focused marker from scrolling under the sticky control.
  new ResizeObserver(() => {
    document.documentElement.style.scrollPaddingTop = `${String(controls.offsetHeight + 8)}px`;
  }).observe(controls);

  return openHash;
}
