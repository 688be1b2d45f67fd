/**
 * Interface strings by key, in each edition's words: the translator a page or an island gets, and the checks that
 * make a dictionary that lacks a string, or names a placeholder wrongly, fail the build with its key. Pure, no Astro
 * import: the lookup's island gets the strings it needs passed into the page and translates with this too.
 *
 * A string is a template: `{name}` is filled from the values passed; `{Name}` (capital first) is the same value
 * with its first letter capitalised; `{n, plural, one {# trip} few {# поездки} other {# trips}}` chooses a form by
 * the language's rules (`Intl.PluralRules`, or `=0` for an exact number), `#` standing for the number.
 */

/** One edition's strings: key → template. Keys starting `_` (`_meta`) are notes, never shown. */
export type Dictionary = Readonly<Record<string, string>>;

/** The values a template's placeholders are filled from. */
export type Vars = Readonly<Record<string, string | number>>;

/** A template read into parts: words, a value, or a value's plural forms (ICU `{n, plural, one {…} other {…}}`). */
type Part = string | { name: string } | { name: string; forms: Record<string, Part[]> };

/** The index of the `}` that closes the `{` at `open`. */
function closing(template: string, open: number, key: string): number {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    if (template[i] === "{") depth++;
    else if (template[i] === "}" && --depth === 0) return i;
  }
  throw new Error(`interface string "${key}" has an unclosed {`);
}

/** The parts of a template; "#" inside a plural form stands for the number. */
function parse(template: string, key: string): Part[] {
  const parts: Part[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) {
      parts.push(template.slice(i));
      break;
    }
    if (open > i) parts.push(template.slice(i, open));
    const close = closing(template, open, key);
    const inner = template.slice(open + 1, close);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    if (plural) {
      const forms: Record<string, Part[]> = {};
      const body = plural[2] ?? "";
      let j = 0;
      for (;;) {
        const m = /^\s*(=?\w+)\s*\{/.exec(body.slice(j));
        if (!m) break;
        const at = j + m[0].length - 1;
        const end = closing(body, at, key);
        forms[m[1] ?? ""] = parse(body.slice(at + 1, end), key);
        j = end + 1;
      }
      if (forms["other"] === undefined) throw new Error(`interface string "${key}": a plural needs an "other" form`);
      parts.push({ name: plural[1] ?? "", forms });
    } else if (/^\w+$/.test(inner)) {
      parts.push({ name: inner });
    } else {
      parts.push(template.slice(open, close + 1));
    }
    i = close + 1;
  }
  return parts;
}

/** The placeholders a template names, as written, plural ones and those inside plural forms too. */
export function placeholders(template: string, key = "?"): string[] {
  const names: string[] = [];
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if (typeof part === "string") continue;
      names.push(part.name);
      if ("forms" in part) for (const form of Object.values(part.forms)) walk(form);
    }
  };
  walk(parse(template, key));
  return names;
}

/** The value of placeholder `name`: `{Name}` (capital first) is the value of `name` capitalised. */
function valueOf(name: string, vars: Vars, key: string): string | number {
  const exact = vars[name];
  if (exact !== undefined) return exact;
  const lower = vars[name.charAt(0).toLowerCase() + name.slice(1)];
  if (lower !== undefined && name.charAt(0) !== name.charAt(0).toLowerCase()) {
    const text = String(lower);
    return text.charAt(0).toLocaleUpperCase() + text.slice(1);
  }
  throw new Error(`interface string "${key}" needs a value for {${name}}`);
}

const rules = new Map<string, Intl.PluralRules>();
const pluralRules = (locale: string): Intl.PluralRules => {
  let r = rules.get(locale);
  if (r === undefined) {
    r = new Intl.PluralRules(locale);
    rules.set(locale, r);
  }
  return r;
};

/**
 * `template` with its placeholders filled, plural forms chosen by the rules of `locale` (an `Intl` tag); a value it
 * needs and was not given is an error naming the key.
 */
export function fill(template: string, vars: Vars = {}, key = "?", locale = "en"): string {
  const render = (parts: Part[], count: number | null): string =>
    parts
      .map((part) => {
        if (typeof part === "string") return count === null ? part : part.replaceAll("#", String(count));
        const value = valueOf(part.name, vars, key);
        if (!("forms" in part)) return String(value);
        const n = Number(value);
        const form = part.forms[`=${String(n)}`] ?? part.forms[pluralRules(locale).select(n)] ?? part.forms["other"];
        return render(form ?? [], n);
      })
      .join("");
  return render(parse(template, key), null);
}

export interface Translator {
  /** The edition's `Intl` tag. */
  readonly locale: string;
  /** The string for `key`, filled; a key the dictionary lacks is an error naming it. */
  (key: string, vars?: Vars): string;
  /** True when the dictionary has `key`. */
  has(key: string): boolean;
  /**
   * The string for `key` cut at the placeholder `{name}`, the parts before and after it filled, for a page that puts
   * markup there: `split("footer.lastUpdated", "date")` → ["Last updated ", "."] around a `<time>`.
   */
  split(key: string, name: string, vars?: Vars): [string, string];
}

/** A translator over `dict` for the edition whose `Intl` tag is `locale` ("ru", "en-GB"). */
export function translator(locale: string, dict: Dictionary): Translator {
  const lookup = (key: string): string => {
    const template = dict[key];
    if (template === undefined) throw new Error(`no interface string "${key}" in the ${locale} dictionary`);
    return template;
  };
  const t = ((key: string, vars?: Vars) => fill(lookup(key), vars, key, locale)) as Translator;
  Object.defineProperty(t, "locale", { value: locale });
  t.split = (key, name, vars) => {
    const template = lookup(key);
    const at = template.indexOf(`{${name}}`);
    if (at < 0) throw new Error(`interface string "${key}" has no {${name}}`);
    return [
      fill(template.slice(0, at), vars, key, locale),
      fill(template.slice(at + name.length + 2), vars, key, locale),
    ];
  };
  t.has = (key) => dict[key] !== undefined;
  return t;
}

/**
 * What is wrong with an edition's dictionary against the reference one (the default language's): every key the
 * reference has must be there, no key the reference lacks, no empty string, and no string naming a placeholder its
 * English lacks (it may leave one out: a sentence that need not inflect a country's name). Empty when it is right.
 */
export function dictionaryProblems(reference: Dictionary, dict: Dictionary, name: string): string[] {
  const problems: string[] = [];
  const keys = (d: Dictionary) => Object.keys(d).filter((k) => !k.startsWith("_"));
  const names = (template: string, key: string) => new Set(placeholders(template, key).map((p) => p.toLowerCase()));
  for (const key of keys(reference)) {
    const own = dict[key];
    if (own === undefined) {
      problems.push(`${name}: missing interface string "${key}"`);
      continue;
    }
    if (own.trim() === "") {
      problems.push(`${name}: interface string "${key}" is empty`);
      continue;
    }
    try {
      const want = names(reference[key] ?? "", key);
      const extra = [...names(own, key)].filter((p) => !want.has(p));
      if (extra.length > 0) problems.push(`${name}: "${key}" names {${extra.join("}, {")}}, which the English lacks`);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  for (const key of keys(dict)) {
    if (reference[key] === undefined)
      problems.push(`${name}: interface string "${key}" is not in the English dictionary`);
  }
  return problems;
}

/** Several dictionary files of one edition as one; a key in two files is an error naming both. */
export function mergeDictionaries(files: readonly (readonly [string, Dictionary])[]): Dictionary {
  const merged: Record<string, string> = {};
  const from = new Map<string, string>();
  for (const [file, dict] of files) {
    for (const [key, value] of Object.entries(dict)) {
      if (key.startsWith("_")) continue;
      const earlier = from.get(key);
      if (earlier !== undefined) throw new Error(`interface string "${key}" is in both ${earlier} and ${file}`);
      if (typeof value !== "string") throw new Error(`${file}: interface string "${key}" must be a string`);
      merged[key] = value;
      from.set(key, file);
    }
  }
  return merged;
}
