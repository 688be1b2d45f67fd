/** The helpers behind the site's search and sharing metadata: share cards and their cache, titles, heading ids, JSON-LD text. */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cardHash, renderCard } from "../../src/lib/build/og-render";
import { cardSlug, countryCard, eventCard, type Card } from "../../src/lib/og";
import { headingId, jsonLdText, pageTitle, textOf, updateIds } from "../../src/lib/seo";
import { SITE_NAME } from "../../src/lib/site";
import { useTranslations } from "../../src/i18n";
import { pngSize, xmlError } from "../formats";

describe("share cards and metadata helpers", () => {
  const en = useTranslations("en");
  const scratch: string[] = [];
  afterAll(() => {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });
  const fonts = async () => (await import("../../src/lib/build/og-render")).loadCardFonts();
  const options = (cacheDir: string) => ({ siteName: "Site", host: "example.org", cacheDir, fonts });

  it("draws a card once, then reads it back from the cache; a changed card is drawn again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "og-cache-"));
    scratch.push(dir);
    const card: Card = countryCard("Kyrgyzstan", "signatory", null, en);
    const first = await renderCard(card, options(dir));
    expect(first.cached).toBe(false);
    expect(pngSize(first.png)).toEqual({ width: 1200, height: 630 });
    expect(readdirSync(dir)).toEqual([`${cardHash(card, "Site", "example.org")}.png`]);
    const second = await renderCard(card, options(dir));
    expect(second.cached).toBe(true);
    expect(second.png.equals(first.png)).toBe(true);
    const changed = await renderCard(countryCard("Kyrgyzstan", "party", null, en), options(dir));
    expect(changed.cached).toBe(false);
    expect(readdirSync(dir)).toHaveLength(2);
  }, 30_000);

  it("keys the cache on every word and colour of a card, the host and the drawing packages' versions", () => {
    const base = eventCard({ title: "An event", date: "2023-10-12", endDate: "2023-10-13", kind: "travel" }, en);
    const hash = cardHash(base, "Site", "a.example");
    expect(cardHash({ ...base }, "Site", "a.example")).toBe(hash);
    expect(cardHash({ ...base, title: "Another event" }, "Site", "a.example")).not.toBe(hash);
    expect(cardHash(base, "Site", "b.example")).not.toBe(hash);
    expect(cardHash({ ...base, band: "#000000" }, "Site", "a.example")).not.toBe(hash);
    expect(cardHash(base, "Site", "a.example", "satori@9.9.9")).not.toBe(hash);
  });

  it("writes a country's card in its edition's words", () => {
    expect(countryCard("Kyrgyzstan", "signatory", null, en)).toMatchObject({
      eyebrow: "Countries and the ICC",
      title: "Kyrgyzstan",
      badge: { label: "Signed, not ratified" },
      text: "It is not bound to arrest Putin: a signature alone creates no duty to carry out the Court's warrants.",
      footer: "Every fact sourced",
    });
    expect(countryCard("Netherlands", "party", "Kingdom of the Netherlands", en)).toMatchObject({
      dateline: "UN name: Kingdom of the Netherlands",
      badge: { label: "State Party" },
      text: "Bound to cooperate with the Court: it must arrest Putin if he enters its territory.",
    });
    const ru = countryCard("Кыргызстан", "non_party", null, useTranslations("ru"));
    expect(ru.eyebrow).toBe(useTranslations("ru")("ogCard.eyebrow.countries"));
    expect(ru.eyebrow).toMatch(/[А-Яа-я]/);
    expect(ru.badge?.label).toBe(useTranslations("ru")("status.label.non_party"));
    expect(ru.text).toBe(useTranslations("ru")("duty.non_party.is"));
    expect(ru.footer).toBe("У каждого факта есть источник");
  });

  it("writes an event's card with its kind and date in the edition's words", () => {
    const event = {
      title: "Визит",
      date: "2023-10-12",
      endDate: "2023-10-13",
      kind: "travel" as const,
      place: "Бишкек",
    };
    expect(eventCard({ ...event, title: "A visit", place: "Bishkek" }, en)).toMatchObject({
      eyebrow: "Timeline · Travel",
      title: "A visit",
    });
    const uk = useTranslations("uk");
    const card = eventCard(event, uk, "uk");
    expect(card.eyebrow).toBe(uk("ogCard.eyebrow.timelineKind", { kind: uk("kind.travel") }));
    expect(card.dateline).toMatch(/жовтня 2023/);
    expect(card.dateline).toMatch(/ · Бишкек$/);
  });

  it("names cards after their pages", () => {
    expect(cardSlug("/")).toBe("index");
    expect(cardSlug("/countries/kyrgyzstan/")).toBe("countries/kyrgyzstan");
    expect(cardSlug("/404.html")).toBe("404");
    expect(cardSlug("/404")).toBe("404");
    expect(cardSlug("/ru/countries/kyrgyzstan/")).toBe("ru/countries/kyrgyzstan");
    expect(cardSlug("/uk/")).toBe("uk");
  });

  it("writes JSON-LD that cannot close its script element and reads back unchanged", () => {
    const value = { text: "</script><script>alert(1)</script> <!-- \u2028" };
    const text = jsonLdText(value);
    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual(value);
  });

  it("the XML check of the feed and sitemap tests refuses what is not well-formed", () => {
    expect(xmlError('<?xml version="1.0"?><rss><a x="1">t &amp; u</a><b/></rss>')).toBeNull();
    expect(xmlError("<rss><a></rss></a>")).not.toBeNull();
    expect(xmlError("<rss><a>Tom & Jerry</a></rss>")).not.toBeNull();
    expect(xmlError("<rss><a x=1></a></rss>")).not.toBeNull();
    expect(xmlError("<rss><a>")).not.toBeNull();
    expect(xmlError("<a></a><b></b>")).not.toBeNull();
  });

  it("adds the site name to a title only when the whole fits in 70 characters, and cuts a longer title", () => {
    expect(pageTitle("Timeline", "Site")).toBe("Timeline | Site");
    expect(pageTitle("Site", "Site")).toBe("Site");
    const long = "Putin makes a state visit to Kazakhstan and attends the summit of a bloc";
    expect(pageTitle(long.slice(0, 60), SITE_NAME)).toBe(long.slice(0, 60));
    expect(pageTitle(long, SITE_NAME)).toBe("Putin makes a state visit to Kazakhstan and attends the summit of a…");
    expect(pageTitle(long, SITE_NAME).length).toBeLessThanOrEqual(70);
    // Measured as the HTML source writes it: each apostrophe is &#39;.
    expect(pageTitle("ICC Prosecutor's report calls Crimea an international armed conflict", SITE_NAME)).toBe(
      "ICC Prosecutor's report calls Crimea an international armed…",
    );
  });

  it("makes heading ids as GitHub does", () => {
    expect(headingId("Doesn’t a sitting president have immunity?")).toBe("doesnt-a-sitting-president-have-immunity");
    expect(headingId("How has the court’s membership changed?")).toBe("how-has-the-courts-membership-changed");
    expect(headingId("What happened in Kyrgyzstan in October 2023?")).toBe(
      "what-happened-in-kyrgyzstan-in-october-2023",
    );
  });

  it("reads the text of a heading's HTML and gives each update a distinct id", () => {
    expect(textOf('Trips: <a href="/data/trips.json">trips.json</a> &amp; more')).toBe("Trips: trips.json & more");
    expect(updateIds([{ date: "2026-11-27" }, { date: "2026-11-28" }, { date: "2026-11-27" }])).toEqual([
      "update-2026-11-27",
      "update-2026-11-28",
      "update-2026-11-27-2",
    ]);
  });
});
