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
import { DetailCard } from "./map-card";
import { MapLinks } from "./map-links";
import { Player } from "./map-play";
import { TimeControl } from "./map-time";

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

    const card = new DetailCard(this, cardBox, body, figure);
    const made = this.dataset["made"] === undefined ? null : Number(this.dataset["made"]);
    const time = new TimeControl({ root: this, svgs, range, status, made }, stops, () => {
      if (card.marker?.classList.contains("tm-off")) card.close(false);
    });
    const player = new Player(
      play,
      this.querySelector<HTMLElement>("[data-play-text]"),
      this.querySelector<HTMLElement>("[data-play-icon]"),
      time,
    );
    this.#player = player;
    const links = new MapLinks(svgs, controls, card, time);

    player.wire();
    time.wire(
      () => {
        player.stop();
      },
      () => {
        player.label();
      },
    );
    links.wire();
    card.wire();

    time.setDay(parseAt(location.search, time.first, time.last) ?? time.last);
    player.label();
    links.openHash();
  }

  disconnectedCallback(): void {
    this.#player?.dispose();
  }
}

/** Registers <trip-map> once. */
export function defineTripMap(): void {
  if (!customElements.get("trip-map")) customElements.define("trip-map", TripMap);
}
