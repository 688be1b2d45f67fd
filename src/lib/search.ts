/**
 * Country search: matches names in several languages and codes, without regard to case, accents
 * or punctuation, and ranks exact before prefix before fuzzy matches. Pure and allocation-light:
 * it runs on every keystroke in the lookup island.
 */

/** One country in the search index: its code and every name it can be found by. */
export interface SearchEntry {
  iso2: string;
  iso3: string;
  /** The name shown to the reader. */
  name: string;
  /** Other names (all languages, aliases); the display name need not be repeated. */
  names: readonly string[];
}

/** A match, best first; `kind` says how it matched and `matched` which name. */
export interface SearchHit {
  iso2: string;
  name: string;
  kind: "code" | "exact" | "prefix" | "word" | "contains" | "fuzzy";
  matched: string;
  score: number;
}

/**
 * Lower case, no accents or marks, punctuation as spaces, spaces collapsed: "Côte d’Ivoire" → "cote divoire".
 * Invisible format characters (zero-width spaces and joiners, bidi controls, byte-order marks) are dropped, so a
 * pasted "Kyr\u200bgyzstan" is still Kyrgyzstan.
 */
export function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\p{M}\p{Cf}]/gu, "")
    .toLowerCase()
    .replace(/['’ʼ`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

interface Prepared {
  entry: SearchEntry;
  keys: { text: string; original: string }[];
  codes: string[];
  /** Every key between newlines, so one `includes` tests all of a country's names at once. */
  hay: string;
}

/** An index built once; `find` is then cheap. */
export interface CountryIndex {
  find(query: string, limit?: number): SearchHit[];
  /** The entry for a code (alpha-2 or alpha-3, any case), or undefined. */
  byCode(code: string): SearchEntry | undefined;
  /**
   * The countries whose names are close to a query that matched nothing (a few letters wrong, for its length), for a
   * "did you mean" line; none when nothing is close: never a list of unrelated names.
   */
  nearest(query: string, count?: number): SearchEntry[];
  /**
   * The one country a query names, as an address's `?country=` must: a code, a name matched whole, or the only
   * match there is; otherwise null, with up to three close matches to offer instead.
   */
  resolve(query: string): { entry: SearchEntry | null; close: SearchEntry[] };
}

/** Queries longer than this are cut: no country name is longer, and a 10,000-character paste must stay cheap. */
export const MAX_QUERY = 80;

/** Builds the index over `entries`. */
export function createIndex(entries: readonly SearchEntry[]): CountryIndex {
  const prepared: Prepared[] = entries.map((entry) => {
    const seen = new Set<string>();
    const keys: Prepared["keys"] = [];
    for (const original of [entry.name, ...entry.names]) {
      const text = normalize(original);
      if (text.length > 0 && !seen.has(text)) {
        seen.add(text);
        keys.push({ text, original });
      }
    }
    const hay = `\n${keys.map((k) => k.text).join("\n")}\n`;
    return { entry, keys, codes: [entry.iso2.toLowerCase(), entry.iso3.toLowerCase()], hay };
  });
  const codes = new Map<string, SearchEntry>();
  for (const p of prepared) for (const c of p.codes) codes.set(c, p.entry);

  function find(query: string, limit = 8): SearchHit[] {
    const q = normalize(query.slice(0, MAX_QUERY));
    if (q.length === 0) return [];
    const hits: SearchHit[] = [];
    const missed: Prepared[] = [];
    for (const p of prepared) {
      const hit = directMatch(p, q);
      if (hit) hits.push(hit);
      else missed.push(p);
    }
    // The typo pass is the costly one: only when nothing matched exactly and few names matched at all.
    if (q.length >= 4 && hits.length < 3 && !hits.some((h) => h.kind === "exact" || h.kind === "code")) {
      for (const p of missed) {
        const hit = fuzzyMatch(p, q);
        if (hit) hits.push(hit);
      }
    }
    hits.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name, "en"));
    return hits.slice(0, limit);
  }

  function nearest(query: string, count = 3): SearchEntry[] {
    const q = normalize(query.slice(0, MAX_QUERY)).slice(0, 24);
    // Close means a third of the letters wrong at most: "Kyrgyzzzzzzstan" is near Kyrgyzstan, "xxxx" near nothing.
    const max = Math.floor(q.length / 3);
    if (max === 0) return [];
    const near: { entry: SearchEntry; d: number }[] = [];
    for (const p of prepared) {
      let d = Infinity;
      // Whole names that begin with the query's letter only: the typo pass in find() has already tried every name's
      // beginning within two edits; this looser pass, per keystroke, must stay cheap.
      for (const key of p.keys) {
        if (key.text.charCodeAt(0) !== q.charCodeAt(0)) continue;
        const x = withinDistance(q, key.text, max);
        if (x >= 0 && x < d) d = x;
      }
      if (d !== Infinity) near.push({ entry: p.entry, d });
    }
    return near
      .sort((a, b) => a.d - b.d || a.entry.name.localeCompare(b.entry.name, "en"))
      .slice(0, count)
      .map((x) => x.entry);
  }

  function resolve(query: string): { entry: SearchEntry | null; close: SearchEntry[] } {
    const hits = find(query, 4);
    const top = hits[0];
    if (top && (top.kind === "code" || top.kind === "exact" || hits.length === 1)) {
      return { entry: codes.get(top.iso2.toLowerCase()) ?? null, close: [] };
    }
    const close = hits.length > 0 ? hits.flatMap((h) => codes.get(h.iso2.toLowerCase()) ?? []) : nearest(query);
    return { entry: null, close: close.slice(0, 3) };
  }

  return {
    find,
    byCode: (code) => codes.get(code.toLowerCase()),
    nearest,
    resolve,
  };
}

const hitFor = (p: Prepared, kind: SearchHit["kind"], matched: string, score: number): SearchHit => ({
  iso2: p.entry.iso2,
  name: p.entry.name,
  kind,
  matched,
  score,
});

/** The best code, exact, prefix, word or substring match of a country's names, or null. */
function directMatch(p: Prepared, q: string): SearchHit | null {
  if (q.length <= 3 && p.codes.includes(q)) return hitFor(p, "code", q.toUpperCase(), 0);
  // Fast rejection: most countries contain the query in none of their names.
  if (!p.hay.includes(q.length >= 3 ? q : `\n${q}`) && !p.hay.includes(` ${q}`)) return null;
  let best: SearchHit | null = null;
  for (const [i, key] of p.keys.entries()) {
    // The display name (i = 0) wins ties over other names of the same country.
    const tie = i === 0 ? 0 : 0.01;
    let score = 0;
    let kind: SearchHit["kind"] = "exact";
    if (key.text === q) return hitFor(p, "exact", key.original, 1 + tie);
    if (key.text.startsWith(q)) [kind, score] = ["prefix", 2 + tie];
    else if (key.text.includes(` ${q}`)) [kind, score] = ["word", 3 + tie];
    else if (q.length >= 3 && key.text.includes(q)) [kind, score] = ["contains", 4 + tie];
    else continue;
    if (best === null || score < best.score) best = hitFor(p, kind, key.original, score);
  }
  return best;
}

/** The closest name within one edit (short queries) or two (longer ones), whole or as a prefix; or null. */
function fuzzyMatch(p: Prepared, q: string): SearchHit | null {
  const allowed = q.length < 7 ? 1 : 2;
  let best: SearchHit | null = null;
  for (const key of p.keys) {
    const whole = withinDistance(q, key.text, allowed);
    const start = key.text.length > q.length ? withinDistance(q, key.text, allowed, q.length) : -1;
    const score = Math.min(whole >= 0 ? 5 + whole : Infinity, start >= 0 ? 5.5 + start : Infinity);
    if (score !== Infinity && (best === null || score < best.score)) best = hitFor(p, "fuzzy", key.original, score);
  }
  return best;
}

/**
 * Optimal string alignment distance (edits, with adjacent swaps counting one) between a and b (or b's first
 * `bLength` characters, compared without slicing: no allocation per call), or -1 when it is more than `max`. Gives up
 * early once every path exceeds `max`.
 */
export function withinDistance(a: string, b: string, max: number, bLength = b.length): number {
  const n = Math.min(bLength, b.length);
  if (Math.abs(a.length - n) > max) return -1;
  if (rows[0].length <= n) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(n + 16);
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return -1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  const d = prev[n] as number;
  return d <= max ? d : -1;
}

/** Scratch rows for withinDistance, grown as needed: no allocation per call. */
const rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
