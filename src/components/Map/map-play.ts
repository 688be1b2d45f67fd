/**
 * The travel map's Play button: steps through the trip dates one every PLAY_MS, from the start again when pressed
 * at the end. With prefers-reduced-motion it never runs by itself: each press steps to the next trip date.
 */
import { playText } from "../../lib/map-stops";
import { nextStop } from "../../lib/time-axis";
import type { Translator } from "../../lib/translate";
import type { TimeControl } from "./map-time";

/** Time between two steps while playing. */
const PLAY_MS = 1400;

export interface Player {
  /** Says what a press will do. */
  label(): void;
  /** Stops playing, and says so. */
  stop(): void;
  /** Stops the timer without touching the page (the element left it). */
  dispose(): void;
}

/** Wires the Play `button` (its words in `text`, its symbol in `icon`) to the time control. */
export function player(
  button: HTMLButtonElement,
  text: HTMLElement | null,
  icon: HTMLElement | null,
  time: () => TimeControl,
  t: Translator,
): Player {
  let timer: number | undefined;
  const reduced = window.matchMedia("(prefers-reduced-motion: reduce)");
  const atEnd = () => time().index() >= time().days.length - 1;

  const label = () => {
    const playing = timer !== undefined;
    if (text) text.textContent = playText(playing, reduced.matches, atEnd(), t);
    if (icon) icon.textContent = playing ? "❚❚" : "▶";
  };
  const dispose = () => {
    if (timer !== undefined) window.clearInterval(timer);
    timer = undefined;
  };
  const stop = () => {
    dispose();
    label();
  };

  button.addEventListener("click", () => {
    if (timer !== undefined) {
      stop();
      return;
    }
    const t = time();
    t.chooseStop(nextStop(t.index(), t.days.length));
    if (reduced.matches) {
      // No motion: one step for each press.
      label();
      return;
    }
    timer = window.setInterval(() => {
      if (atEnd()) stop();
      else t.chooseStop(t.index() + 1);
    }, PLAY_MS);
    label();
  });
  reduced.addEventListener("change", () => {
    stop();
  });

  return { label, stop, dispose };
}
