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

/** Shows each shape whose status changes over the span in its status on `day`. */
function paintStatuses(shapes: readonly SVGElement[], day: string): void {
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
    if (title) title.textContent = countryLabel(el.dataset["name"] ?? "", s);
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
}

export class TimeControl {
  readonly days: string[];
  /** The stop the slider rests on. */
  index: number;
  /** The day the map shows. */
  day: string;
  readonly #dated: SVGElement[];
  readonly #changing: SVGElement[];
  readonly #numberedDays: string[];
  readonly #dayLabels: HTMLElement[];
  readonly #steps: HTMLButtonElement[];
  readonly #made: number;

  constructor(
    private readonly parts: TimeParts,
    private readonly stops: readonly TimeStop[],
    /** Called after the map shows a new day. */
    private readonly onDay: () => void,
  ) {
    this.days = stops.map((s) => s.d);
    this.index = this.days.length - 1;
    this.day = this.days.at(-1) ?? "";
    const all = <T extends Element>(selector: string) =>
      parts.svgs.flatMap((svg) => [...svg.querySelectorAll<T>(selector)]);
    this.#dated = all<SVGElement>("[data-date]");
    this.#changing = all<SVGElement>("[data-h]");
    // The numbered trips' days, once each (both drawings carry every marker).
    const numbered = all<SVGAElement>("a.tm-marker").filter((m) => m.dataset["n"]);
    this.#numberedDays = [...new Map(numbered.map((m) => [m.dataset["n"], m.dataset["date"] ?? ""])).values()];
    this.#dayLabels = [...parts.root.querySelectorAll<HTMLElement>("[data-day]")];
    this.#steps = [...parts.root.querySelectorAll<HTMLButtonElement>("button[data-step]")];
    this.#made = parts.made ?? this.#numberedDays.length;
  }

  get first(): string {
    return this.days[0] ?? "";
  }
  get last(): string {
    return this.days.at(-1) ?? "";
  }
  get atEnd(): boolean {
    return this.index >= this.days.length - 1;
  }

  /** Shows the map, the slider and the status line as on `day`. */
  setDay(day: string): void {
    const { range, status } = this.parts;
    this.day = day;
    for (const el of this.#dated) el.classList.toggle("tm-off", (el.dataset["date"] ?? "") > day);
    paintStatuses(this.#changing, day);
    this.index = positionFor(this.days, day);
    range.value = String(valueOfStop(this.days, this.index));
    const count = this.#numberedDays.filter((d) => d <= day).length;
    const what = stopNote(this.stops[this.index], day);
    range.setAttribute("aria-valuetext", `${formatDate(day)}${what}`);
    status.textContent = `Up to ${formatDate(day)}${what}: ${String(count)} of ${String(this.#made)} trips made since the warrant.`;
    for (const label of this.#dayLabels) label.textContent = formatDate(day);
    for (const button of this.#steps) {
      const step = Number(button.dataset["step"]);
      button.disabled = step < 0 ? this.index <= 0 : this.atEnd;
    }
    this.onDay();
  }

  /** The reader chose a day: show it, and put it in the address (`?at=`) so a shared link opens there. */
  chooseDay(day: string): void {
    this.setDay(day);
    history.replaceState(null, "", day === this.last ? location.pathname : `${location.pathname}?at=${day}`);
  }

  chooseStop(i: number): void {
    const stop = this.stops[Math.max(0, Math.min(this.stops.length - 1, i))];
    if (stop) this.chooseDay(stop.d);
  }

  /**
   * The slider (dragged, or moved by keys from one trip date to the next) and the step buttons. `interrupt` runs
   * before any of them moves the day (it stops Play); `stepped` after a step button's.
   */
  wire(interrupt: () => void, stepped: () => void): void {
    const { range } = this.parts;
    range.addEventListener("input", () => {
      interrupt();
      this.chooseStop(snapToStop(this.days, Number(range.value)));
    });
    range.addEventListener("keydown", (event) => {
      const target = keyTarget(event.key, this.index, this.days.length);
      if (target === null) return;
      event.preventDefault();
      interrupt();
      this.chooseStop(target);
    });
    for (const button of this.#steps) {
      button.addEventListener("click", () => {
        interrupt();
        this.chooseStop(this.index + Number(button.dataset["step"]));
        stepped();
      });
    }
  }
}
