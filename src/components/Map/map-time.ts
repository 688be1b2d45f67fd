/**
 * The travel map's time control: the slider on a date axis that rests on the stops, the step buttons, the line
 * that says what the map shows, and the map itself brought to the chosen day (trips after it hidden, countries
 * recoloured from their histories). A day the reader chooses goes in the address (`?at=`).
 */
import { formatDate } from "../../lib/dates";
import { positionFor } from "../../lib/map-state";
import { isStatusClass, patternDataKey, statusClass } from "../../lib/map-status";
import { keyTarget, stopNote, type TimeStop } from "../../lib/map-stops";
import { countryLabel } from "../../lib/map-text";
import { statusAt } from "../../lib/status-history";
import { snapToStop, valueOfStop } from "../../lib/time-axis";
import type { Locale } from "../../lib/locales";
import type { Translator } from "../../lib/translate";

/** Shows each shape whose status changes over the span in its status on `day`. */
function paintStatuses(shapes: readonly SVGElement[], day: string, t: Translator): void {
  for (const el of shapes) {
    const s = statusAt(el.dataset["h"] ?? "", day);
    if (s === null) continue;
    for (const c of [...el.classList]) if (isStatusClass(c)) el.classList.remove(c);
    el.classList.add(statusClass(s));
    const key = patternDataKey(s);
    const fill = key ? el.closest<SVGSVGElement>("svg.tm-svg")?.dataset[key] : undefined;
    if (fill) el.setAttribute("fill", fill);
    else el.removeAttribute("fill");
    const title = el.querySelector("title");
    if (title) title.textContent = countryLabel(el.dataset["name"] ?? "", s, t);
  }
}

/** What the time control moves, found in the <trip-map>. */
export interface TimeParts {
  root: HTMLElement;
  svgs: SVGSVGElement[];
  range: HTMLInputElement;
  status: HTMLElement;
  /** How many trips were made since the warrant, for the status line; null: count the numbered markers. */
  made: number | null;
  /** The edition's strings, and its code for dates. */
  t: Translator;
  locale: Locale;
}

/** What the rest of the map asks of the time control. */
export interface TimeControl {
  /** The stops' days, in order. */
  days: readonly string[];
  /** The stop the slider rests on. */
  index(): number;
  /** The day the map shows. */
  day(): string;
  /** Shows the map, the slider and the status line as on `day`. */
  setDay(day: string): void;
  /** The reader chose stop `i` (clamped): show it, and put it in the address. */
  chooseStop(i: number): void;
}

/**
 * Wires the slider (dragged, or moved by keys from one trip date to the next) and the step buttons. `interrupt` runs
 * before any of them moves the day (it stops Play), `stepped` after a step button's, `onDay` after every new day.
 */
export function timeControl(
  parts: TimeParts,
  stops: readonly TimeStop[],
  hooks: { onDay: () => void; interrupt: () => void; stepped: () => void },
): TimeControl {
  const { root, svgs, range, status, t, locale } = parts;
  const days = stops.map((s) => s.d);
  const last = days.at(-1) ?? "";
  let index = days.length - 1;
  let shown = last;
  const all = <T extends Element>(selector: string) => svgs.flatMap((svg) => [...svg.querySelectorAll<T>(selector)]);
  const dated = all<SVGElement>("[data-date]");
  const changing = all<SVGElement>("[data-h]");
  // The numbered trips' days, once each (both drawings carry every marker).
  const numbered = all<SVGAElement>("a.tm-marker").filter((m) => m.dataset["n"]);
  const numberedDays = [...new Map(numbered.map((m) => [m.dataset["n"], m.dataset["date"] ?? ""])).values()];
  const made = parts.made ?? numberedDays.length;
  const dayLabels = [...root.querySelectorAll<HTMLElement>("[data-day]")];
  const steps = [...root.querySelectorAll<HTMLButtonElement>("button[data-step]")];

  const setDay = (day: string) => {
    shown = day;
    for (const el of dated) el.classList.toggle("tm-off", (el.dataset["date"] ?? "") > day);
    paintStatuses(changing, day, t);
    index = positionFor(days, day);
    range.value = String(valueOfStop(days, index));
    const count = numberedDays.filter((d) => d <= day).length;
    const what = stopNote(stops[index], day);
    const date = formatDate(day, locale);
    range.setAttribute("aria-valuetext", `${date}${what}`);
    status.textContent = t("travelMap.status", { date, what, count, made });
    for (const label of dayLabels) label.textContent = date;
    for (const button of steps) {
      const step = Number(button.dataset["step"]);
      button.disabled = step < 0 ? index <= 0 : index >= days.length - 1;
    }
    hooks.onDay();
  };

  const chooseStop = (i: number) => {
    const stop = stops[Math.max(0, Math.min(stops.length - 1, i))];
    if (!stop) return;
    setDay(stop.d);
    // A shared link opens on the day chosen; today needs no `?at=`.
    history.replaceState(null, "", stop.d === last ? location.pathname : `${location.pathname}?at=${stop.d}`);
  };

  range.addEventListener("input", () => {
    hooks.interrupt();
    chooseStop(snapToStop(days, Number(range.value)));
  });
  range.addEventListener("keydown", (event) => {
    const target = keyTarget(event.key, index, days.length);
    if (target === null) return;
    event.preventDefault();
    hooks.interrupt();
    chooseStop(target);
  });
  for (const button of steps) {
    button.addEventListener("click", () => {
      hooks.interrupt();
      chooseStop(index + Number(button.dataset["step"]));
      hooks.stepped();
    });
  }

  return { days, index: () => index, day: () => shown, setDay, chooseStop };
}
