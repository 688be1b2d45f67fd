/**
 * Share cards: what the 1200×630 picture a link preview shows for each page says (`Card`, plain data), and the
 * address and words of a page's card for its head. Browser-safe and light: the page head imports this, while the
 * drawing (satori, resvg, fonts, cache) lives in src/lib/build/og-render.ts. No Astro imports.
 */
import { formatWhen } from "./dates";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { STATUS_COLOR } from "./map-status";
import type { Status } from "./membership";
import type { Kind } from "./timeline";
import type { Translator } from "./translate";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says. Every field is text or a colour. */
export interface Card {
  /** Small capitals above the title, e.g. "Timeline · Court". */
  eyebrow: string;
  /** A line between the eyebrow and the title, e.g. an event's date and place. */
  dateline?: string;
  /** The headline, e.g. a country's name or an event's title. */
  title: string;
  /** One or two sentences under the title (cut with "…" past three lines, or two beside a badge or dateline). */
  text?: string;
  /** A solid badge under the title, e.g. a country's status in words and in its colour. */
  badge?: { label: string; color: string };
  /** Colour of the band down the left edge; the site's red when absent. */
  band?: string;
  /** The footer's words on the right, in the card's edition, e.g. "Every fact sourced" (`ogCard.footer`). */
  footer?: string;
}

/** The light theme's colours (src/styles/global.css), which every card uses. */
export const COLORS = {
  paper: "#ffffff",
  ink: "#1a1a1a",
  ink2: "#4a4a4a",
  rule: "#d6d3cc",
  accent: "#8a1c1c",
} as const;

/** The card for a country: its name (the UN's above it where it differs) and its status today, in words and colour, in `t`'s edition. */
export function countryCard(name: string, status: Status, unName: string | null, t: Translator): Card {
  return {
    eyebrow: t("ogCard.eyebrow.countries"),
    ...(unName === null ? {} : { dateline: t("ogCard.unName", { unName }) }),
    title: name,
    badge: { label: t(`status.label.${status}`), color: STATUS_COLOR[status] },
    text: cardDuty(status, t),
    band: STATUS_COLOR[status],
    footer: t("ogCard.footer"),
  };
}

/** What the status means for the warrant, short enough for two lines of a card. */
export function cardDuty(status: Status, t: Translator): string {
  if (status === "party" || status === "withdrawing") return t("ogCard.countryDuty.party");
  // The lookup's sentence for today (`warrantDuty`): one with no signature and one withdrawn read the same.
  return t(`duty.${status === "signature_withdrawn" ? "non_party" : status}.is`);
}

/** The fields of a timeline event a card shows. */
export interface EventFields {
  title: string;
  date: string;
  endDate?: string | undefined;
  datePrecision?: "month" | "year" | undefined;
  kind: Kind;
  place?: string | undefined;
}

/** The card for a timeline event: its date (in the edition's words), kind and title. */
export function eventCard(event: EventFields, t: Translator, locale: Locale = DEFAULT_LOCALE): Card {
  const where = event.place === undefined ? "" : ` · ${event.place}`;
  return {
    eyebrow: t("ogCard.eyebrow.timelineKind", { kind: t(`kind.${event.kind}`) }),
    dateline: `${formatWhen(event.date, event.endDate, event.datePrecision, locale)}${where}`,
    title: event.title,
    footer: t("ogCard.footer"),
  };
}

/** Words describing a card, for `og:image:alt` and `twitter:image:alt`. */
export function cardAlt(card: Card): string {
  const parts = [card.eyebrow, card.dateline, card.title, card.badge?.label, card.text].filter(
    (p): p is string => p !== undefined && p !== "",
  );
  return parts.map((p) => p.replace(/[.\s]+$/, "")).join(". ") + ".";
}

/**
 * The card's name in /og/: "/" → "index", "/countries/kyrgyzstan/" → "countries/kyrgyzstan",
 * "/404.html" → "404". Its image is served at `/og/<slug>.png`.
 */
export function cardSlug(pathname: string): string {
  const trimmed = pathname.replace(/\.html$/, "").replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "index" : trimmed;
}

/** The address of a page's card, e.g. "/og/countries/kyrgyzstan.png". */
export function cardImagePath(pathname: string): string {
  return `/og/${cardSlug(pathname)}.png`;
}
