/**
 * The <trip-map> element: a time control (a slider over days that rests on trip dates, step buttons and Play) that
 * shows the trips up to a day and recolours the countries whose status changed, and a detail card for the marker or
 * country in focus, under the pointer or tapped. Escape closes the card. The page holds two drawings of the map
 * (wide and narrow; CSS shows one): both follow the control, and focus goes to the one on screen. The element only
 * finds its parts and wires the controllers (map-time, map-play, map-card, map-links); what they decide lives in
 * src/lib (map-stops, map-state, status-history, map-status).
 */
import { parseAt } from "../../lib/map-state";
import { parseStops } from "../../lib/map-stops";
import type { Locale } from "../../lib/locales";
import { translator } from "../../lib/fill-lite";
import type { Dictionary } from "../../lib/translate";
import { detailCard } from "./map-card";
import { mapLinks } from "./map-links";
import { player, type Player } from "./map-play";
import { timeControl, type TimeControl } from "./map-time";

class TripMap extends HTMLElement {
  #player: Player | undefined;

  connectedCallback(): void {
    const svgs = [...this.querySelectorAll<SVGSVGElement>("svg.tm-svg")];
    const range = this.querySelector<HTMLInputElement>("input[type=range]");
    const status = this.querySelector<HTMLElement>("[data-status]");
    const cardBox = this.querySelector<HTMLElement>("[data-card]");
    const body = this.querySelector<HTMLElement>("[data-card-body]");
    const figure = this.querySelector<HTMLElement>("figure");
    const controls = this.querySelector<HTMLElement>("[data-controls]");
    const play = this.querySelector<HTMLButtonElement>("button[data-play]");
    if (svgs.length === 0 || !range || !status || !cardBox || !body || !figure || !controls || !play) return;
    const stops = parseStops(this.dataset["stops"]);
    if (stops === null) return;

    // The edition's strings come from the page (data-strings), never a bundled dictionary.
    const locale = (this.dataset["locale"] ?? "en") as Locale;
    const t = translator(this.dataset["tag"] ?? "en-GB", JSON.parse(this.dataset["strings"] ?? "{}") as Dictionary);
    const card = detailCard(this, cardBox, body, figure, t, locale);
    const text = this.querySelector<HTMLElement>("[data-play-text]");
    const icon = this.querySelector<HTMLElement>("[data-play-icon]");
    // Play and the time control each call the other: Play moves the day, moving the slider stops Play.
    const playback = player(play, text, icon, () => time, t);
    this.#player = playback;
    const made = this.dataset["made"] === undefined ? null : Number(this.dataset["made"]);
    const time: TimeControl = timeControl({ root: this, svgs, range, status, made, t, locale }, stops, {
      onDay: () => {
        card.closeIfOff();
      },
      interrupt: () => {
        playback.stop();
      },
      stepped: () => {
        playback.label();
      },
    });
    const openHash = mapLinks(svgs, controls, card, time);

    const first = stops[0]?.d ?? "";
    const last = stops.at(-1)?.d ?? "";
    time.setDay(parseAt(location.search, first, last) ?? last);
    playback.label();
    openHash();
  }

  disconnectedCallback(): void {
    this.#player?.dispose();
  }
}

/** Registers <trip-map> once. */
export function defineTripMap(): void {
  if (!customElements.get("trip-map")) customElements.define("trip-map", TripMap);
}
