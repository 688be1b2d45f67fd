/**
 * How each ICC status is shown, in one table for every map, key and share card: the class that shades a country
 * (src/styles/map-shading.css), the fill pattern for the statuses between "party" and "not a party" (ids from
 * MapPatterns.astro, so status never rests on colour alone), and the solid colour of a card's badge. Also the one
 * way a status written in the page (a class, a history) is read back: unknown words are refused, never cast.
 */
import { STATUSES, type Status } from "./membership";

/** The fill patterns (MapPatterns.astro draws `<prefix>-sig`, `-former` and `-wd`). */
export type PatternId = "sig" | "former" | "wd";

/** Each status's pattern, or null for a plain fill. */
export const STATUS_PATTERN: Record<Status, PatternId | null> = {
  party: null,
  withdrawing: "wd",
  signatory: "sig",
  signature_withdrawn: null,
  former_party: "former",
  non_party: null,
};

/** Each status's colour, as on the site's badges and share cards; all take white text at AA contrast or better. */
export const STATUS_COLOR: Record<Status, string> = {
  party: "#1f5fa8",
  withdrawing: "#1f5fa8",
  former_party: "#7a3e9d",
  signatory: "#7d5700",
  signature_withdrawn: "#7d5700",
  non_party: "#4a4a4a",
};

/** The word for "no ICC status" (an area not in the ICC list) in class names. */
const NONE = "none";
const CLASS_PREFIX = "tm-s-";

/** The class that shades a country: `tm-s-party`, …, `tm-s-none` for an area not in the ICC list. */
export function statusClass(status: Status | null): string {
  return `${CLASS_PREFIX}${status ?? NONE}`;
}

/** The `fill` of a patterned status with the patterns of `prefix` (`url(#tm-sig)`); undefined for a plain fill. */
export function patternFill(prefix: string, status: Status | null): string | undefined {
  const pattern = status === null ? null : STATUS_PATTERN[status];
  return pattern === null ? undefined : `url(#${prefix}-${pattern})`;
}

/** The `data-fill-*` attributes an interactive map's <svg> carries, so the script can repaint a pattern by status. */
export function patternData(prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pattern of ["sig", "former", "wd"] as const) out[`data-fill-${pattern}`] = `url(#${prefix}-${pattern})`;
  return out;
}

/** The dataset key of a status's pattern attribute on the <svg> (`fillSig`), or null for a plain fill. */
export function patternDataKey(status: Status): string | null {
  const pattern = STATUS_PATTERN[status];
  return pattern === null ? null : `fill${pattern.charAt(0).toUpperCase()}${pattern.slice(1)}`;
}

const isStatus = (text: string): text is Status => (STATUSES as readonly string[]).includes(text);

/** A status from its word (`party`, `former_party`…); null for anything else. */
export function parseStatus(text: string): Status | null {
  return isStatus(text) ? text : null;
}

/** A shape's status from its shading class (`tm-s-party`); null for `tm-s-none`, no class or an unknown word. */
export function statusFromClasses(classes: Iterable<string>): Status | null {
  for (const c of classes) if (c.startsWith(CLASS_PREFIX)) return parseStatus(c.slice(CLASS_PREFIX.length));
  return null;
}

/** Whether a class is a status shading class (to swap one for another). */
export const isStatusClass = (c: string): boolean => c.startsWith(CLASS_PREFIX);
