/**
 * The travel map's time control on a true date axis: the slider runs over days, so the gaps between trips show,
 * and it always rests on a stop (a day a trip began, or today). Years are marked where they begin. Pure: the
 * page draws the axis at build time and the <trip-map> element snaps the slider with these functions.
 */

const DAY_MS = 86_400_000;

/** Days from 1970-01-01 to `day` (`YYYY-MM-DD`). */
export const dayNumber = (day: string): number => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

/** The day `n` days after 1970-01-01, as `YYYY-MM-DD`. */
export const dayFromNumber = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** A mark on the axis: `at` is its place from 0 (the first stop) to 1 (the last). */
export interface AxisMark {
  day: string;
  at: number;
}

export interface TimeAxis {
  /** Days from the first stop to the last: the slider's maximum (its minimum is 0). */
  span: number;
  /** Every stop, where it falls. */
  stops: AxisMark[];
  /** Each 1 January inside the span, where a year begins. */
  yearStarts: AxisMark[];
  /** Each year's label, in the middle of the part of the year the axis shows (years with too little room have none). */
  yearLabels: (AxisMark & { year: string })[];
}

/** The axis for sorted stop days; `minShare` is the least share of the width a year needs for its label. */
export function timeAxis(stops: readonly string[], minShare = 0.06): TimeAxis {
  const first = stops[0];
  const last = stops.at(-1);
  if (first === undefined || last === undefined) return { span: 0, stops: [], yearStarts: [], yearLabels: [] };
  const f = dayNumber(first);
  const span = Math.max(1, dayNumber(last) - f);
  const at = (day: string) => Math.round(((dayNumber(day) - f) / span) * 10_000) / 10_000;
  const y0 = Number(first.slice(0, 4));
  const y1 = Number(last.slice(0, 4));
  const yearStarts: AxisMark[] = [];
  const yearLabels: TimeAxis["yearLabels"] = [];
  for (let y = y0; y <= y1; y++) {
    const start = `${String(y)}-01-01`;
    if (start > first) yearStarts.push({ day: start, at: at(start) });
    const from = Math.max(0, at(start));
    const to = Math.min(1, at(`${String(y + 1)}-01-01`));
    if (to - from >= minShare) {
      yearLabels.push({ year: String(y), day: start, at: Math.round(((from + to) / 2) * 10_000) / 10_000 });
    }
  }
  return { span, stops: stops.map((day) => ({ day, at: at(day) })), yearStarts, yearLabels };
}

/**
 * The stop the slider should rest on for a raw value (days after the first stop): the last stop on or before it,
 * so dragging never shows a trip before its day. Returns the stop's index.
 */
export function snapToStop(stops: readonly string[], value: number): number {
  const first = stops[0];
  if (first === undefined) return 0;
  const day = dayFromNumber(dayNumber(first) + Math.round(value));
  let index = 0;
  stops.forEach((d, i) => {
    if (d <= day) index = i;
  });
  return index;
}

/** The slider value (days after the first stop) of stop `index`. */
export function valueOfStop(stops: readonly string[], index: number): number {
  const first = stops[0];
  const stop = stops[index];
  return first === undefined || stop === undefined ? 0 : dayNumber(stop) - dayNumber(first);
}

/**
 * The next stop when playing: one after `index`, or the first again once the last is reached (so Play, pressed at
 * the end, starts over).
 */
export function nextStop(index: number, count: number): number {
  return index >= count - 1 ? 0 : index + 1;
}
