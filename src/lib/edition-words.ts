/**
 * The English words a translation covers, and their hash: the stamp a translated file carries (`sourceHash`, written
 * by `npm run editions:stamp`) and the build's test of whether the English has moved on since. Only words count: a
 * corrected date or an added source leaves a translation current. Pure: no Node, no Astro.
 */

const texts = (list: unknown): string[] =>
  Array.isArray(list)
    ? list.map((item) => {
        const text = (item as { text?: unknown }).text;
        return typeof text === "string" ? text : "";
      })
    : [];

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** The words of an English entry (its front matter as data, and its MDX body) that a translation translates. */
export function translatableWords(data: Readonly<Record<string, unknown>>, body: string): string {
  const trip = (data["trip"] ?? {}) as { summitName?: unknown };
  return JSON.stringify([
    text(data["title"]),
    text(data["standfirst"]),
    text(data["description"]),
    text(data["summary"]),
    text(trip.summitName),
    texts(data["atAGlance"]),
    texts(data["updates"]),
    body.trim(),
  ]);
}

/** 12 hex digits of a 53-bit string hash (cyrb53): enough to tell one wording from another, not a secret. */
export function wordsHash(words: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < words.length; i++) {
    const c = words.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0").slice(-12);
}

/** The stamp of an English entry's words. */
export const sourceHash = (data: Readonly<Record<string, unknown>>, body: string): string =>
  wordsHash(translatableWords(data, body));

/**
 * The stamp of a country's reader's note, caveat and the scopes of its declarations, in the order of its actions
 * (content/editions/<code>/icc-notes.json). A country without declarations keeps the stamp of its note and caveat.
 */
export const noteHash = (note: string, caveat: string | undefined, scopes: readonly string[] = []): string =>
  wordsHash(JSON.stringify([note, caveat ?? "", ...scopes]));

/** The scopes of a record's declarations, in the order of its actions: what `noteHash` and `withScopes` count. */
export const scopesOf = (actions: readonly { scope?: string | undefined }[]): string[] =>
  actions.flatMap((a) => (a.scope === undefined ? [] : [a.scope]));

/**
 * A record's actions with an edition's words for its declarations' scopes (`own`, in the order of the actions), or
 * as they are, in English and marked `scopesLang: "en"`, while the edition lacks any of them.
 */
export function withScopes<A extends { scope?: string | undefined }>(
  actions: readonly A[],
  own: readonly string[] | undefined,
): { actions: A[]; scopesLang?: "en" } {
  const count = scopesOf(actions).length;
  if (count === 0) return { actions: [...actions] };
  if (own?.length !== count) return { actions: [...actions], scopesLang: "en" };
  let next = 0;
  return { actions: actions.map((a) => (a.scope === undefined ? a : { ...a, scope: own[next++] ?? a.scope })) };
}
