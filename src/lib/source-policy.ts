/**
 * Sources this site refuses to cite, in one place, each with why. A newsroom cites the primary record
 * (the UN Treaty Collection, the Court) or a named outlet; these are neither. `tests/unit/sources.test.ts`
 * fails on any content file that cites one, and a dist test on any page that links one.
 */

export type RefusedKind =
  "wikipedia-mirror" | "personal-blog" | "ai-aggregator" | "content-farm" | "copy" | "disinformation";

/** Why each kind is refused, in a sentence an editor can act on. */
export const WHY: Record<RefusedKind, string> = {
  "wikipedia-mirror": "a copy of Wikipedia on another domain: cite the primary source the article cites, not the copy",
  "personal-blog":
    "a personal blog or newsletter with no editorial control: cite the named outlet or the record it relies on",
  "ai-aggregator": "machine-written or machine-translated rewrites of other outlets' stories: cite the original outlet",
  "content-farm":
    "a site that republishes other outlets' stories without naming or linking them: cite the original outlet",
  copy: "a third party's upload of someone else's document: cite the publisher's own copy",
  disinformation: "a site known for fabricated or state-laundered stories: cite a named outlet that reports the fact",
};

/** Refused hosts; a host matches itself and every subdomain. */
export const REFUSED: Record<string, RefusedKind> = {
  // Copies of Wikipedia.
  "nina.az": "wikipedia-mirror",
  "wikiblah.com": "wikipedia-mirror",
  "liquisearch.com": "wikipedia-mirror",
  "explained.today": "wikipedia-mirror",
  "wikimili.com": "wikipedia-mirror",
  "hyperlinked.wiki": "wikipedia-mirror",
  "cryer.org.uk": "wikipedia-mirror",
  "wikiclassic.com": "wikipedia-mirror",
  "ask3.ru": "wikipedia-mirror",
  "ewikiuk.top": "wikipedia-mirror",
  "wikinlu.ru": "wikipedia-mirror",
  "hmong.ovh": "wikipedia-mirror",
  "wikirank.net": "wikipedia-mirror",
  "pages.dev": "wikipedia-mirror",
  "alchetron.com": "wikipedia-mirror",
  "wikiwand.com": "wikipedia-mirror",
  "dbpedia.org": "wikipedia-mirror",
  "everybodywiki.com": "wikipedia-mirror",
  "newmanganese282.sbs": "wikipedia-mirror",
  // Blog hosts and personal newsletters.
  "blogspot.com": "personal-blog",
  "antville.org": "personal-blog",
  "substack.com": "personal-blog",
  "wordpress.com": "personal-blog",
  "medium.com": "personal-blog",
  "tumblr.com": "personal-blog",
  "internationallaw.blog": "personal-blog",
  // Machine-written aggregators.
  "hanna-ai.com": "ai-aggregator",
  "byteseu.com": "ai-aggregator",
  "usregs.ai": "ai-aggregator",
  "europesays.com": "ai-aggregator",
  "newsdirectory3.com": "ai-aggregator",
  "daily8.com": "ai-aggregator",
  "theactualnews.org": "ai-aggregator",
  "onlytrusted.news": "ai-aggregator",
  "wenewsenglish.com": "ai-aggregator",
  "theatlasnews.com": "ai-aggregator",
  "themandate.digital": "ai-aggregator",
  "chaspravdy.com": "ai-aggregator",
  "aussiedlerbote.de": "ai-aggregator",
  "devdiscourse.com": "ai-aggregator",
  // Unattributed republishers.
  "pledgetimes.com": "content-farm",
  "exbulletin.com": "content-farm",
  "newyorkinquisitor.com": "content-farm",
  "waradana.com": "content-farm",
  "thetorontohouse.ca": "content-farm",
  "madeinpolitics.com": "content-farm",
  "overviewpress.com": "content-farm",
  "thebulletin.news": "content-farm",
  // Uploads of other people's documents.
  "scribd.com": "copy",
  "docslib.org": "copy",
  "selfpos.online": "copy",
  "einpresswire.com": "copy",
  "russia-islworld.ru": "copy",
  // Fabrication and laundering networks.
  "news-pravda.com": "disinformation",
  "sott.net": "disinformation",
  "gnews.cz": "disinformation",
};

/** The kind of refusal for an address, or null when it may be cited. */
export function refusedKind(url: string): RefusedKind | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const parts = host.split(".");
  for (let i = 0; i < parts.length; i++) {
    const kind = REFUSED[parts.slice(i).join(".")];
    if (kind !== undefined) return kind;
  }
  return null;
}

/** Why an address may not be cited, or null when it may. */
export function refusal(url: string): string | null {
  const kind = refusedKind(url);
  return kind === null ? null : `${new URL(url).hostname} is refused: ${WHY[kind]}`;
}
