/**
 * The travel map's Play button: steps through the trip dates one every PLAY_MS, from the start again when pressed
 * at the end. With prefers-reduced-motion it never runs by itself: each press steps to the next trip date.
 */
import { playText } from "../../lib/map-stops";
import { nextStop } from "../../lib/time-axis";
import type { TimeControl } from "./map-time";

/** Time between two steps while playing. */
const PLAY_MS = 1400;

export class Player {
  #timer: number | undefined;
  readonly #reduced = window.matchMedia("(prefers-reduced-motion: reduce)");

  constructor(
    private readonly button: HTMLButtonElement,
    private readonly text: HTMLElement | null,
    private readonly icon: HTMLElement | null,
    private readonly time: TimeControl,
  ) {}

  /** Says what a press will do. */
  label(): void {
    const playing = this.#timer !== undefined;
    if (this.text) this.text.textContent = playText(playing, this.#reduced.matches, this.time.atEnd);
    if (this.icon) this.icon.textContent = playing ? "❚❚" : "▶";
  }

  stop(): void {
    this.dispose();
    this.label();
  }

  /** Stops the timer without touching the page (the element left it). */
  dispose(): void {
    if (this.#timer !== undefined) window.clearInterval(this.#timer);
    this.#timer = undefined;
  }

  wire(): void {
    const { time } = this;
    this.button.addEventListener("click", () => {
      if (this.#timer !== undefined) {
        this.stop();
        return;
      }
      time.chooseStop(nextStop(time.index, time.days.length));
      if (this.#reduced.matches) {
        // No motion: one step for each press.
        this.label();
        return;
      }
      this.#timer = window.setInterval(() => {
        if (time.atEnd) this.stop();
        else time.chooseStop(time.index + 1);
      }, PLAY_MS);
      this.label();
    });
    this.#reduced.addEventListener("change", () => {
      this.stop();
    });
  }
}
