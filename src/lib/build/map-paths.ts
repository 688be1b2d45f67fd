/**
 * Build only. Writes what d3-geo projects as compact SVG path data: relative steps on a grid, repeated points
 * dropped, so the inline map stays light.
 */
import { geoPath, type GeoProjection } from "d3-geo";

/** A number for SVG path data: no leading zero, no trailing ".0". */
const num = (v: number): string => {
  const t = (Math.round(v * 10) / 10).toString();
  return t.replace(/^(-?)0\./, "$1.");
};
const join = (a: string, b: string): string => (b.startsWith("-") ? a + b : `${a} ${b}`);

/**
 * A d3-geo path context that writes compact SVG path data: the first point of each ring absolute,
 * the rest relative, on a grid of 1/`grid` units (0.1 by default), with repeated points dropped. Rounding happens
 * on absolute values, so the relative steps never drift.
 */
class CompactPath {
  readonly #grid: number;
  constructor(grid = 10) {
    this.#grid = grid;
  }
  #out: string[] = [];
  #x = 0;
  #y = 0;
  #startX = 0;
  #startY = 0;
  #pending = false;
  moveTo(x: number, y: number): void {
    const g = this.#grid;
    const rx = Math.round(x * g);
    const ry = Math.round(y * g);
    this.#out.push(`M${join(num(rx / g), num(ry / g))}`);
    [this.#x, this.#y, this.#startX, this.#startY] = [rx, ry, rx, ry];
    this.#pending = false;
  }
  lineTo(x: number, y: number): void {
    const g = this.#grid;
    const rx = Math.round(x * g);
    const ry = Math.round(y * g);
    const dx = rx - this.#x;
    const dy = ry - this.#y;
    if (dx === 0 && dy === 0) return;
    if (dy === 0) this.#out.push(`h${num(dx / g)}`);
    else if (dx === 0) this.#out.push(`v${num(dy / g)}`);
    else this.#out.push(`l${join(num(dx / g), num(dy / g))}`);
    [this.#x, this.#y] = [rx, ry];
    this.#pending = true;
  }
  closePath(): void {
    if (this.#pending) this.#out.push("z");
    [this.#x, this.#y] = [this.#startX, this.#startY];
  }
  beginPath(): void {
    /* Nothing to do: each ring starts with moveTo. */
  }
  arc(): void {
    /* Points are not drawn with this context. */
  }
  toString(): string {
    const d = this.#out.join("");
    this.#out = [];
    return d;
  }
}

/** Draws a GeoJSON object with the panel's projection, as compact path data ("" when nothing is visible). */
export const pathFor = (projection: GeoProjection, grid = 10) => {
  const context = new CompactPath(grid);
  const path = geoPath(projection, context);
  return (object: GeoJSON.GeoJsonObject): string => {
    path(object as GeoJSON.Feature);
    return context.toString();
  };
};
/** Thinning tolerance, in SVG units (about a pixel at desktop width). */
export const THIN = 0.8;
