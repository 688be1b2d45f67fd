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

/** Lower case, no accents or marks, punctuation as spaces, spaces collapsed: "Côte d’Ivoire" → "cote divoire". */
export function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’ʼ`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

interface Prepared {
  entry: SearchEntry;
  keys: { text: string; original: string }[];
  codes: string[];
}

/** An index built once; `find` is then cheap. */
export interface CountryIndex {
  find(query: string, limit?: number): SearchHit[];
  /** The entry for a code (alpha-2 or alpha-3, any case), or undefined. */
  byCode(code: string): SearchEntry | undefined;
  /** The display names closest to a query that matched nothing, for a "did you mean" line. */
  nearest(query: string, count?: number): string[];
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
    return { entry, keys, codes: [entry.iso2.toLowerCase(), entry.iso3.toLowerCase()] };
  });
  const codes = new Map<string, SearchEntry>();
  for (const p of prepared) for (const c of p.codes) codes.set(c, p.entry);

  function find(query: string, limit = 8): SearchHit[] {
    const q = normalize(query.slice(0, MAX_QUERY));
    if (q.length === 0) return [];
    const hits: SearchHit[] = [];
    for (const p of prepared) {
      const best = bestMatch(p, q);
      if (best) hits.push(best);
    }
    hits.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name, "en"));
    return hits.slice(0, limit);
  }

  function nearest(query: string, count = 3): string[] {
    const q = normalize(query.slice(0, MAX_QUERY)).slice(0, 24);
    if (q.length === 0) return [];
    return prepared
      .map((p) => {
        const name = normalize(p.entry.name).slice(0, Math.max(q.length, 4));
        return { name: p.entry.name, d: withinDistance(q, name, 64) };
      })
      .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name, "en"))
      .slice(0, count)
      .map((x) => x.name);
  }

  return {
    find,
    byCode: (code) => codes.get(code.toLowerCase()),
    nearest,
  };
}

function bestMatch(p: Prepared, q: string): SearchHit | null {
  const hit = (kind: SearchHit["kind"], matched: string, score: number): SearchHit => ({
    iso2: p.entry.iso2,
    name: p.entry.name,
    kind,
    matched,
    score,
  });
  if (q.length <= 3 && p.codes.includes(q)) return hit("code", q.toUpperCase(), 0);
  const found: SearchHit[] = [];
  for (const [i, key] of p.keys.entries()) {
    // The display name (i = 0) wins ties over other names of the same country.
    const tie = i === 0 ? 0 : 0.01;
    if (key.text === q) return hit("exact", key.original, 1 + tie);
    if (key.text.startsWith(q)) found.push(hit("prefix", key.original, 2 + tie));
    else if (key.text.includes(` ${q}`)) found.push(hit("word", key.original, 3 + tie));
    else if (q.length >= 3 && key.text.includes(q)) found.push(hit("contains", key.original, 4 + tie));
  }
  if (found.length === 0 && q.length >= 4) {
    // Typos: one or two edits against the whole name, or against its beginning as long as the query.
    const allowed = q.length < 7 ? 1 : 2;
    for (const key of p.keys) {
      const whole = withinDistance(q, key.text, allowed);
      const start = key.text.length > q.length ? withinDistance(q, key.text.slice(0, q.length), allowed) : -1;
      if (whole >= 0) found.push(hit("fuzzy", key.original, 5 + whole));
      if (start >= 0) found.push(hit("fuzzy", key.original, 5.5 + start));
    }
  }
  return found.reduce<SearchHit | null>((best, h) => (best === null || h.score < best.score ? h : best), null);
}

/**
 * Optimal string alignment distance (edits, with adjacent swaps counting one) between a and b,
 * or -1 when it is more than `max`. Gives up early once every path exceeds `max`.
 */
export function withinDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return -1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return -1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  const d = prev[n] ?? Infinity;
  return d <= max ? d : -1;
}
