import * as routes from "./routes";
/** Names, navigation and addresses shared by every page. */
export const SITE_NAME = "The Putin Warrant, Explained";

/**
 * The public address used when none is configured (SITE_URL): a reserved `.example` name that no reader can open.
 * The build warns while it is in use, and Share buttons then copy the page's own address instead.
 */
export const PLACEHOLDER_SITE = "https://putin-icc-explainer.example";

/** True when `site` is the placeholder, or missing: links must then be made from the page's own address. */
export function isPlaceholderSite(site: URL | string | undefined): boolean {
  return site === undefined || new URL(site).origin === new URL(PLACEHOLDER_SITE).origin;
}

/**
 * Where readers send corrections: CORRECTIONS_EMAIL at build time, else corrections@ the site's host. The one place
 * the address is decided; the footer and the about page both use it.
 */
export function correctionsEmail(site: URL | string, configured: string | undefined): string {
  const chosen = configured?.trim();
  if (chosen !== undefined && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(chosen)) return chosen;
  return `corrections@${new URL(site).hostname}`;
}

/** A mailto: link for reporting an error on a page, with the subject and body its edition writes (naming the page). */
export function reportErrorHref(email: string, subject: string, body: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** Main navigation, in reading order: each item's address in an edition, and the keys of its words (translate.ts). */
export const NAV = [
  { href: (locale?: routes.Locale) => routes.home(undefined, locale), key: "nav.explainer" },
  { href: (locale?: routes.Locale) => routes.timeline(undefined, locale), key: "nav.timeline" },
  { href: (locale?: routes.Locale) => routes.map(locale), key: "nav.map", shortKey: "nav.map.short" },
  { href: (locale?: routes.Locale) => routes.countries(locale), key: "nav.countries" },
  { href: (locale?: routes.Locale) => routes.about(undefined, locale), key: "nav.about" },
] as const;

/**
 * True when `href` is the current page or a section that contains it; `home` is the edition's explainer ("/",
 * "/ru/"), current only on itself.
 */
export function isCurrent(href: string, pathname: string, home = "/"): boolean {
  const path = pathname.endsWith("/") ? pathname : `${pathname}/`;
  return href === home ? path === home : path.startsWith(href);
}
