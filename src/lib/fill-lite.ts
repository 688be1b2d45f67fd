/**
 * A small translator for the lookup's island, which has no bytes to spare for translate.ts's template parser: the
 * same templates, filled the same way (tests/unit/fill-lite.test.ts checks every string of every dictionary), with
 * `{name}`, `{Name}` (the value capitalised) and plurals, `{n, plural, one {# x} other {# xs}}`, whose forms hold
 * plain placeholders at most
 * (forms chosen by `Intl.PluralRules`, or `=0` for an exact number; `#` is the number). A key the strings lack reads
 * as the key, so that the island never stops on a missing string.
 */
import type { Dictionary, Translator, Vars } from "./translate";

/** A plural (its forms may hold plain placeholders, `{# trips in {year}}`), or a plain placeholder. */
const PART = /\{\s*(\w+)\s*,\s*plural\s*,((?:[^{}]|\{(?:[^{}]|\{\w+\})*\})*)\}|\{(\w+)\}/g;

/** `template` with its placeholders filled, plural forms chosen by the rules of `locale` (an `Intl` tag). */
export function fill(template: string, vars: Vars = {}, locale = "en"): string {
  const value = (name: string): string | number => {
    const lower = vars[name.charAt(0).toLowerCase() + name.slice(1)];
    const v =
      vars[name] ??
      (name.charAt(0) !== name.charAt(0).toLowerCase() && lower !== undefined
        ? String(lower).charAt(0).toLocaleUpperCase() + String(lower).slice(1)
        : undefined);
    if (v === undefined) throw new Error(`no value for {${name}}`);
    return v;
  };
  return template.replace(PART, (_, plural?: string, body?: string, name?: string) => {
    if (name !== undefined) return String(value(name));
    const n = Number(value(plural ?? ""));
    const forms: Record<string, string> = {};
    for (const [, k = "", form = ""] of (body ?? "").matchAll(/(=?\w+)\s*\{((?:[^{}]|\{\w+\})*)\}/g)) forms[k] = form;
    const form = forms[`=${String(n)}`] ?? forms[new Intl.PluralRules(locale).select(n)] ?? forms["other"] ?? "";
    // "#" is the number in the form's own words, never in a value filled into it.
    return form
      .split(/(\{\w+\})/)
      .map((bit, i) => (i % 2 ? String(value(bit.slice(1, -1))) : bit.replaceAll("#", String(n))))
      .join("");
  });
}

/** A translator over `dict` for the edition whose `Intl` tag is `locale`, as translate.ts's `translator` gives. */
export function translator(locale: string, dict: Dictionary): Translator {
  const t = ((key: string, vars?: Vars) => fill(dict[key] ?? key, vars, locale)) as Translator;
  return Object.assign(t, {
    locale,
    has: (key: string) => dict[key] !== undefined,
    split: (key: string, name: string, vars?: Vars): [string, string] => {
      const [a = "", b = ""] = (dict[key] ?? "").split(`{${name}}`);
      return [fill(a, vars, locale), fill(b, vars, locale)];
    },
  });
}
