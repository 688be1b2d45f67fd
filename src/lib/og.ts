/**
 * Share cards: the 1200×630 PNG a link preview shows for each page. A card is described by plain data
 * (`Card`), drawn by satori into SVG with fonts shipped from npm, turned into PNG by resvg, and cached
 * on disk by a hash of its inputs so an unchanged card is not drawn again on the next build.
 * No Astro imports; nothing here asks any other host for anything.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { formatWhen } from "./dates";
import { STATUS_LABEL, warrantDuty, type Status } from "./membership";
import { markUsed } from "./og-cache";
import { KIND_LABEL, type Kind } from "./timeline";

/** Bump when the drawing changes outside the element tree (e.g. the PNG settings), so cached cards are redrawn. */
export const TEMPLATE_VERSION = 1;
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
}

/** The light theme's colours (src/styles/global.css), which every card uses. */
export const COLORS = {
  paper: "#ffffff",
  ink: "#1a1a1a",
  ink2: "#4a4a4a",
  rule: "#d6d3cc",
  accent: "#8a1c1c",
} as const;

/** Each status's colour, as on the site's badges; all take white text at AA contrast or better. */
export const STATUS_COLOR: Record<Status, string> = {
  party: "#1f5fa8",
  withdrawing: "#1f5fa8",
  former_party: "#7a3e9d",
  signatory: "#7d5700",
  signature_withdrawn: "#7d5700",
  non_party: "#4a4a4a",
};

/** The card for a country: its common name (the UN's above it where it differs) and its status today, in words and colour. */
export function countryCard(name: string, status: Status, unName: string | null = null): Card {
  return {
    eyebrow: "Countries and the ICC",
    ...(unName === null ? {} : { dateline: `UN name: ${unName}` }),
    title: name,
    badge: { label: STATUS_LABEL[status], color: STATUS_COLOR[status] },
    text: cardDuty(status),
    band: STATUS_COLOR[status],
  };
}

/** What the status means for the warrant, short enough for two lines of a card. */
export function cardDuty(status: Status): string {
  return status === "party" || status === "withdrawing"
    ? "Bound to cooperate with the Court: it must arrest Putin if he enters its territory."
    : warrantDuty(status);
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

/** The card for a timeline event: its date, kind and title. */
export function eventCard(event: EventFields): Card {
  const where = event.place === undefined ? "" : ` · ${event.place}`;
  return {
    eyebrow: `Timeline · ${KIND_LABEL[event.kind]}`,
    dateline: `${formatWhen(event.date, event.endDate, event.datePrecision)}${where}`,
    title: event.title,
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

/** The font files cards use (Latin, then Latin Extended for names beyond it), under node_modules/@fontsource. */
const FONT_FILES = [
  ["Inter", "inter/files/inter-latin-400-normal.woff", 400],
  ["Inter", "inter/files/inter-latin-700-normal.woff", 700],
  ["Inter", "inter/files/inter-latin-ext-400-normal.woff", 400],
  ["Inter", "inter/files/inter-latin-ext-700-normal.woff", 700],
  ["Source Serif 4", "source-serif-4/files/source-serif-4-latin-700-normal.woff", 700],
  ["Source Serif 4", "source-serif-4/files/source-serif-4-latin-ext-700-normal.woff", 700],
] as const;

/** The packages that draw a card; their versions are part of the cache key. */
const DRAWING_PACKAGES = ["satori", "@resvg/resvg-js", "@fontsource/inter", "@fontsource/source-serif-4"];

/** "satori@0.63.2 @resvg/resvg-js@2.6.2 …", read from node_modules. */
export async function drawingVersions(root: string = process.cwd()): Promise<string> {
  const versions = await Promise.all(
    DRAWING_PACKAGES.map(async (name) => {
      const pkg = JSON.parse(await readFile(join(root, "node_modules", name, "package.json"), "utf8")) as {
        version?: string;
      };
      return `${name}@${pkg.version ?? "?"}`;
    }),
  );
  return versions.join(" ");
}

/**
 * The cache key of a card: a hash of the whole element tree (its words, colours and every style), the
 * template version (for changes outside the tree, like the PNG settings), the font files and the versions
 * of the packages that draw it.
 */
export function cardHash(card: Card, siteName: string, host: string, versions = ""): string {
  const tree = cardTree(card, siteName, host);
  const input = JSON.stringify({ v: TEMPLATE_VERSION, fonts: FONT_FILES, versions, tree });
  return createHash("sha256").update(input).digest("hex").slice(0, 32);
}

/** Title size by length, so short titles stand large and long ones fit in three lines. */
function titleSize(title: string): number {
  if (title.length <= 24) return 84;
  if (title.length <= 44) return 70;
  if (title.length <= 64) return 60;
  return 54;
}

/** Typewriter quotes as typographic ones, for display: "Putin's" → "Putin’s", "'a'" → "‘a’". */
export function curly(text: string): string {
  return text
    .replace(/(^|[\s([{“‘-])'/g, "$1‘")
    .replace(/'/g, "’")
    .replace(/(^|[\s([{‘-])"/g, "$1“")
    .replace(/"/g, "”");
}

/** A satori element: the shape React elements have, built without React. */
interface El {
  type: string;
  props: { style?: Record<string, string | number>; children?: (El | string)[] | El | string; src?: string };
}
const el = (type: string, style: Record<string, string | number>, children?: (El | string)[] | El | string): El => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** The site's mark (public/favicon.svg), drawn as an image. */
const MARK = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#8a1c1c"/><path d="M9 8h14v3h-5v13h-4V11H9z" fill="#fff"/></svg>',
).toString("base64")}`;

/** The element tree satori draws. */
export function cardTree(card: Card, siteName: string, host: string): El {
  const size = titleSize(card.title);
  const mark: El = { type: "img", props: { src: MARK, style: { width: 52, height: 52 } } };
  const children: El[] = [
    el("div", { display: "flex", alignItems: "center", gap: 18 }, [
      mark,
      el("div", { fontFamily: "Inter", fontWeight: 700, fontSize: 30, color: COLORS.ink }, siteName),
    ]),
    el("div", { display: "flex", flexDirection: "column" }, [
      el(
        "div",
        {
          fontFamily: "Inter",
          fontWeight: 700,
          fontSize: 26,
          letterSpacing: 2,
          textTransform: "uppercase",
          color: COLORS.accent,
        },
        curly(card.eyebrow),
      ),
      ...(card.dateline
        ? [
            el(
              "div",
              { fontFamily: "Inter", fontWeight: 700, fontSize: 34, color: COLORS.ink, marginTop: 14 },
              curly(card.dateline),
            ),
          ]
        : []),
      el(
        "div",
        {
          display: "block",
          fontFamily: "Source Serif 4",
          fontWeight: 700,
          fontSize: size,
          lineHeight: 1.12,
          color: COLORS.ink,
          marginTop: 14,
          lineClamp: 3,
        },
        curly(card.title),
      ),
      ...(card.badge
        ? [
            el("div", { display: "flex", marginTop: 26 }, [
              el(
                "div",
                {
                  fontFamily: "Inter",
                  fontWeight: 700,
                  fontSize: 34,
                  color: "#ffffff",
                  backgroundColor: card.badge.color,
                  borderRadius: 8,
                  padding: "8px 20px",
                },
                curly(card.badge.label),
              ),
            ]),
          ]
        : []),
      ...(card.text
        ? [
            el(
              "div",
              {
                display: "block",
                fontFamily: "Inter",
                fontWeight: 400,
                fontSize: 30,
                lineHeight: 1.35,
                color: COLORS.ink2,
                marginTop: 22,
                lineClamp: card.badge || card.dateline ? 2 : 3,
              },
              curly(card.text),
            ),
          ]
        : []),
    ]),
    el(
      "div",
      {
        display: "flex",
        justifyContent: "space-between",
        borderTop: `2px solid ${COLORS.rule}`,
        paddingTop: 18,
        fontFamily: "Inter",
        fontSize: 24,
        color: COLORS.ink2,
      },
      [el("div", {}, host), el("div", {}, "Every fact sourced")],
    ),
  ];
  return el(
    "div",
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: "flex",
      backgroundColor: COLORS.paper,
    },
    [
      el("div", { width: 28, height: CARD_HEIGHT, flexShrink: 0, backgroundColor: card.band ?? COLORS.accent }),
      el(
        "div",
        {
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          flexGrow: 1,
          padding: "52px 72px 44px 64px",
        },
        children,
      ),
    ],
  );
}

/** A font for satori. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: "normal";
}

/** The fonts cards use, read from the @fontsource packages in node_modules (woff: satori cannot read woff2). */
export async function loadCardFonts(root: string = process.cwd()): Promise<CardFont[]> {
  const files = join(root, "node_modules", "@fontsource");
  const font = async (name: string, file: string, weight: 400 | 700): Promise<CardFont> => ({
    name,
    weight,
    style: "normal",
    data: await readFile(join(files, file)),
  });
  return Promise.all(FONT_FILES.map(([name, file, weight]) => font(name, file, weight)));
}

/** Draws a card as PNG bytes. */
export async function drawCard(card: Card, siteName: string, host: string, fonts: CardFont[]): Promise<Buffer> {
  // satori asks for a React element; the plain element tree is exactly that shape.
  const svg = await satori(cardTree(card, siteName, host), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
  });
  return new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render().asPng();
}

/** Options for `renderCard`. */
export interface RenderOptions {
  siteName: string;
  host: string;
  /** Folder of cached PNGs named `<hash>.png`; null turns the cache off. */
  cacheDir: string | null;
  /** Versions of the drawing packages (see `drawingVersions`), so an upgrade redraws every card. */
  versions?: string;
  fonts: () => Promise<CardFont[]>;
}

/** A card's PNG, from the cache when an identical card was drawn before, else drawn and stored. */
export async function renderCard(card: Card, options: RenderOptions): Promise<{ png: Buffer; cached: boolean }> {
  const file =
    options.cacheDir === null
      ? null
      : join(options.cacheDir, `${cardHash(card, options.siteName, options.host, options.versions)}.png`);
  if (file !== null) {
    try {
      const png = await readFile(file);
      await markUsed(file);
      return { png, cached: true };
    } catch {
      // Not drawn yet.
    }
  }
  const png = await drawCard(card, options.siteName, options.host, await options.fonts());
  if (file !== null && options.cacheDir !== null) {
    await mkdir(options.cacheDir, { recursive: true });
    // Write then rename, so a build running alongside never reads half a file.
    const temp = `${file}.${String(process.pid)}.tmp`;
    await writeFile(temp, png);
    await rename(temp, file);
  }
  return { png, cached: false };
}

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
