/**
 * Build only. The element tree satori draws for a share card: the site's mark and name, the eyebrow, dateline,
 * title, badge and text of a `Card`, and the footer, in the light theme's colours. Its JSON is also the card's
 * cache key (see og-render.ts), so every style that changes the picture lives in the tree.
 */
import { CARD_HEIGHT, CARD_WIDTH, COLORS, type Card } from "../og";

/** The card's families, each subset in turn (see FONT_FILES in og-render.ts): Latin first, then Cyrillic. */
export const SANS = "Inter, Inter Latin Ext, Inter Cyrillic, Inter Cyrillic Ext";
export const SERIF = "Source Serif 4, Source Serif 4 Latin Ext, Source Serif 4 Cyrillic, Source Serif 4 Cyrillic Ext";

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
export interface El {
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
      el("div", { fontFamily: SANS, fontWeight: 700, fontSize: 30, color: COLORS.ink }, siteName),
    ]),
    el("div", { display: "flex", flexDirection: "column" }, [
      el(
        "div",
        {
          fontFamily: SANS,
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
              { fontFamily: SANS, fontWeight: 700, fontSize: 34, color: COLORS.ink, marginTop: 14 },
              curly(card.dateline),
            ),
          ]
        : []),
      el(
        "div",
        {
          display: "block",
          fontFamily: SERIF,
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
                  fontFamily: SANS,
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
                fontFamily: SANS,
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
        fontFamily: SANS,
        fontSize: 24,
        color: COLORS.ink2,
      },
      [el("div", {}, host), el("div", {}, card.footer ?? "Every fact sourced")],
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
