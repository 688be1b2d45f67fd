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

/** A mailto: link for reporting an error on a page, with the page named in the subject and body. */
export function reportErrorHref(email: string, pageTitle: string, pageUrl: string): string {
  const subject = `Correction: ${pageTitle}`;
  const body = `Page: ${pageUrl}\n\nWhat is wrong, and a source that shows the correct fact:\n`;
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** Main navigation, in reading order. */
export const NAV = [
  { href: /* @__PURE__ */ routes.home(), label: "Explainer" },
  { href: /* @__PURE__ */ routes.timeline(), label: "Timeline" },
  { href: /* @__PURE__ */ routes.map(), label: "Travel map", short: "Map" },
  { href: /* @__PURE__ */ routes.countries(), label: "Countries" },
  { href: /* @__PURE__ */ routes.about(), label: "About" },
] as const;

/** True when `href` is the current page or a section that contains it. */
export function isCurrent(href: string, pathname: string): boolean {
  const path = pathname.endsWith("/") ? pathname : `${pathname}/`;
  return href === "/" ? path === "/" : path.startsWith(href);
}
