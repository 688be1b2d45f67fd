/**
 * The travel map's time control, as data: its stops (each day a trip began, then today), carried to the browser in
 * `data-stops` and read back there without trusting it, the key that moves the slider from stop to stop, and the
 * words the control says. Pure: the page builds the stops, the <trip-map> element only wires events to these.
 */
import { isRealDate } from "./real-date";
import type { Translator } from "./translate";
import type { Trip } from "./trips";

/** A stop: its day, and what happened then ("Kyrgyzstan", "Mongolia and China (skipped)", "today"). */
export interface TimeStop {
  d: string;
  t: string;
}

/** What the last stop says when no trip began on the build's day. */
export const TODAY_STOP = "today";

/**
 * The stops for trips up to `today`: each day a trip dated to the day began, in order, naming its host countries
 * (with the status of a trip not made), then today unless a trip began today. With a translator `tr` the status
 * is the edition's word (tripStatus.*) and the names are joined as its language lists them.
 */
export function timeStops(
  trips: readonly Pick<Trip, "start" | "country" | "status" | "datePrecision">[],
  today: string,
  tr?: Translator,
): TimeStop[] {
  const dated = trips.filter((t) => t.datePrecision === "day" && t.start <= today);
  const status = (s: Trip["status"]) => (tr ? tr(`tripStatus.${s}`) : s);
  const join = (names: string[]) =>
    tr ? new Intl.ListFormat(tr.locale, { type: "conjunction" }).format(names) : names.join(" and ");
  const stops = [...new Set(dated.map((t) => t.start))].sort().map((d) => ({
    d,
    t: join(
      dated
        .filter((t) => t.start === d)
        .map((t) => `${t.country}${t.status === "made" ? "" : ` (${status(t.status)})`}`),
    ),
  }));
  if (stops.at(-1)?.d !== today) stops.push({ d: today, t: TODAY_STOP });
  return stops;
}

/**
 * The stops from the page's `data-stops` JSON; null unless it is a non-empty list of `{ d, t }` with real days in
 * rising order and text for each.
 */
export function parseStops(json: string | undefined): TimeStop[] | null {
  let value: unknown;
  try {
    value = JSON.parse(json ?? "");
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length === 0) return null;
  const stops: TimeStop[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== "object" || item === null) return null;
    const { d, t } = item as Record<string, unknown>;
    if (typeof d !== "string" || typeof t !== "string" || !isRealDate(d)) return null;
    const previous = stops.at(-1);
    if (previous && previous.d >= d) return null;
    stops.push({ d, t });
  }
  return stops;
}

/** How far each key moves the slider, in stops. */
const KEY_STEPS: Record<string, number> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
  PageUp: 5,
  PageDown: -5,
};

/**
 * The stop a key sends the slider to from stop `index` of `count` (the caller clamps it), or null for a key the
 * slider leaves to the browser. The slider moves from one trip date to the next, not one day at a time.
 */
export function keyTarget(key: string, index: number, count: number): number | null {
  const step = KEY_STEPS[key];
  if (step !== undefined) return index + step;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return null;
}

/** What a day's stop adds to the day in words: ` (Kyrgyzstan)` when the day is a trip's stop, else nothing. */
export function stopNote(stop: TimeStop | undefined, day: string): string {
  return stop && stop.d === day && stop.t !== TODAY_STOP ? ` (${stop.t})` : "";
}

/** The Play button's words: Pause while playing; with reduced motion, one step per press. */
export function playText(playing: boolean, reducedMotion: boolean, atEnd: boolean, t?: Translator): string {
  if (t) return t(`travelMap.${playing ? "pause" : !reducedMotion ? "play" : atEnd ? "fromStart" : "nextTrip"}`);
  if (playing) return "Pause";
  if (!reducedMotion) return "Play";
  return atEnd ? "From the start" : "Next trip";
}
