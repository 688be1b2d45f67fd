/** Build only. The site's app icons (manifest, Apple touch icon), drawn from its mark by resvg. */
import { Resvg } from "@resvg/resvg-js";
import { COLORS } from "../og";

/**
 * The site's mark as a square app icon: the red of public/favicon.svg filling the square (home screens
 * round the corners themselves) with the white "T" in the middle 60%, inside a maskable icon's safe zone.
 */
export function iconSvg(size: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${String(size)}" height="${String(size)}" viewBox="0 0 32 32"><rect width="32" height="32" fill="${COLORS.accent}"/><path transform="translate(16 16) scale(0.75) translate(-16 -16)" d="M9 8h14v3h-5v13h-4V11H9z" fill="#fff"/></svg>`;
}

/** The app icon as PNG bytes, `size` pixels square. */
export function drawIcon(size: number): Buffer {
  return new Resvg(iconSvg(size), { fitTo: { mode: "width", value: size } }).render().asPng();
}
