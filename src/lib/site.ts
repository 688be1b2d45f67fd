/** Names and navigation shared by every page. */
export const SITE_NAME = "The Putin Warrant, Explained";

/** Main navigation, in reading order. */
export const NAV = [
  { href: "/", label: "Explainer" },
  { href: "/timeline/", label: "Timeline" },
  { href: "/map/", label: "Travel map" },
  { href: "/countries/", label: "Countries" },
  { href: "/about/", label: "About" },
] as const;

/** True when `href` is the current page or a section that contains it. */
export function isCurrent(href: string, pathname: string): boolean {
  const path = pathname.endsWith("/") ? pathname : `${pathname}/`;
  return href === "/" ? path === "/" : path.startsWith(href);
}
