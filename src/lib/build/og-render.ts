/**
 * Build only. Draws a share card: the element tree (og-tree.ts) into SVG by satori with fonts shipped from npm,
 * into PNG by resvg, cached on disk by a hash of its inputs so an unchanged card is not drawn again on the next
 * build. Nothing here asks any other host for anything.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { CARD_HEIGHT, CARD_WIDTH, type Card } from "../og";
import { markUsed } from "./og-cache";
import { cardTree } from "./og-tree";

/** Bump when the drawing changes outside the element tree (e.g. the PNG settings), so cached cards are redrawn. */
export const TEMPLATE_VERSION = 1;

/**
 * The font files cards use, under node_modules/@fontsource: Latin, Latin Extended (names beyond it), Cyrillic and
 * Cyrillic Extended (the Russian and Ukrainian editions). Each subset has a family name of its own, which the
 * tree lists in turn (`SANS`, `SERIF` in og-tree.ts): satori keeps one font per name, weight and style, so
 * subsets under one name would hide each other and draw the missing glyph's box.
 */
const FONT_FILES = [
  ["Inter", "inter/files/inter-latin-400-normal.woff", 400],
  ["Inter", "inter/files/inter-latin-700-normal.woff", 700],
  ["Inter Latin Ext", "inter/files/inter-latin-ext-400-normal.woff", 400],
  ["Inter Latin Ext", "inter/files/inter-latin-ext-700-normal.woff", 700],
  ["Inter Cyrillic", "inter/files/inter-cyrillic-400-normal.woff", 400],
  ["Inter Cyrillic", "inter/files/inter-cyrillic-700-normal.woff", 700],
  ["Inter Cyrillic Ext", "inter/files/inter-cyrillic-ext-400-normal.woff", 400],
  ["Inter Cyrillic Ext", "inter/files/inter-cyrillic-ext-700-normal.woff", 700],
  ["Source Serif 4", "source-serif-4/files/source-serif-4-latin-700-normal.woff", 700],
  ["Source Serif 4 Latin Ext", "source-serif-4/files/source-serif-4-latin-ext-700-normal.woff", 700],
  ["Source Serif 4 Cyrillic", "source-serif-4/files/source-serif-4-cyrillic-700-normal.woff", 700],
  ["Source Serif 4 Cyrillic Ext", "source-serif-4/files/source-serif-4-cyrillic-ext-700-normal.woff", 700],
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
