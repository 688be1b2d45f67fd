/**
 * The hostile-input table: markup, script URLs, huge strings, control and bidi characters, broken percent-encoding
 * and look-alike letters. tests/unit/hostile.test.ts parses and renders every one through the lookup's, the table's
 * and the map's parsers; tests/e2e/hostile.spec.ts types and addresses a few of each kind into the islands.
 */

export interface Payload {
  name: string;
  /** What a reader types. */
  text: string;
  /** The value as it goes in the address, already encoded; by default encodeURIComponent(text). */
  raw?: string;
  /** A whole query string instead of the same value in every parameter. */
  query?: string;
}

export const PWN = "window.__pwned=1";
/**
 * Each parameter's encoded value is cut to this in addresses: five copies stay under the 8 KB request line that
 * static hosts accept (nginx answers 414 beyond it, Node 431 beyond 16 KB), so the page, not the host, is tested.
 */
export const URL_CAP = 1200;
const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join("");

export const PAYLOADS: Payload[] = [
  { name: "script tag", text: `<script>${PWN}</script>` },
  { name: "closing a tag first", text: `"><script>${PWN}</script>` },
  { name: "img onerror", text: `<img src=x onerror="${PWN}">` },
  { name: "img onerror, attribute break-out", text: `" onerror="${PWN}" x="` },
  { name: "svg onload", text: `<svg onload="${PWN}"></svg>` },
  { name: "svg/onload short form", text: `"><svg/onload=${PWN}>` },
  { name: "svg with script", text: `<svg><script>${PWN}</script></svg>` },
  { name: "iframe javascript: src", text: `<iframe src="javascript:top.__pwned=1"></iframe>` },
  { name: "javascript: URL", text: `javascript:${PWN}` },
  { name: "javascript: URL, mixed case and tab", text: `JaVa\tScRiPt:${PWN}` },
  { name: "data: URL with script", text: `data:text/html,<script>${PWN}</script>` },
  { name: "anchor with javascript: href", text: `<a href="javascript:${PWN}">x</a>` },
  { name: "details ontoggle", text: `<details open ontoggle="${PWN}">` },
  { name: "autofocus onfocus", text: `" autofocus onfocus="${PWN}` },
  { name: "single-quote onmouseover", text: `' onmouseover='${PWN}'` },
  { name: "mXSS via math and style", text: `<math><mtext><table><mglyph><style><img src=x onerror=${PWN}>` },
  { name: "closing title and textarea", text: `</title></textarea><script>${PWN}</script>` },
  { name: "nested script tags", text: `<<SCRIPT>${PWN}//<</SCRIPT>` },
  { name: "entity-encoded script", text: `&#60;script&#62;${PWN}&#60;/script&#62;` },
  {
    name: "percent-encoded script",
    text: `%3Cscript%3E${PWN}%3C%2Fscript%3E`,
    raw: `%3Cscript%3E${PWN}%3C%2Fscript%3E`,
  },
  { name: "meta refresh to javascript:", text: `<meta http-equiv="refresh" content="0;url=javascript:${PWN}">` },
  { name: "base href to another host", text: `<base href="https://evil.example/">` },
  { name: "stylesheet from another host", text: `<link rel=stylesheet href="https://evil.example/x.css">` },
  { name: "template injection", text: `{{constructor.constructor('${PWN}')()}}` },
  { name: "template literal", text: `\${${PWN}}` },
  { name: "alert", text: `'-alert(1)-'` },
  { name: "prototype key __proto__", text: "__proto__" },
  { name: "prototype key constructor", text: "constructor" },
  { name: "10,000 characters", text: "A".repeat(10_000) },
  { name: "10,000 multibyte characters", text: "Ж".repeat(10_000) },
  { name: "control characters U+0000-U+001F", text: `Kyrgyz${CONTROL}stan` },
  { name: "NUL alone", text: "\u0000" },
  { name: "right-to-left override", text: "\u202eKyrgyzstan" },
  { name: "bidi isolates and zero-width characters", text: "\u2066Kyr\u200bgyz\u200dstan\u2069\ufeff" },
  { name: "lone surrogate", text: "Kyr\ud800gyzstan", raw: "Kyr%ED%A0%80gyzstan" },
  { name: "emoji and flags", text: "🇰🇬🏳️‍🌈👨‍👩‍👧‍👦" },
  { name: "combining marks (zalgo)", text: "K̵̢̛y̷r̸g̴y̶z̵s̷t̸a̴n̶".repeat(20) },
  { name: "SQL: OR 1=1", text: "' OR '1'='1" },
  { name: "SQL: drop table", text: "1; DROP TABLE states; --" },
  { name: "SQL: union select", text: `" UNION SELECT * FROM users --` },
  { name: "malformed percent: truncated sequence", text: "%E0%A4%A", raw: "%E0%A4%A" },
  { name: "malformed percent: lone %", text: "%", raw: "%" },
  { name: "malformed percent: %%", text: "%%", raw: "%%" },
  { name: "malformed percent: %zz and %u", text: "%zz%u0041", raw: "%zz%u0041" },
  { name: "overlong UTF-8 and NUL", text: "%C0%AF%00", raw: "%C0%AF%00" },
  { name: "homoglyphs: Cyrillic in Kyrgyzstan", text: "Кyrgyzstаn" },
  { name: "homoglyphs: fullwidth letters", text: "Ｋｙｒｇｙｚｓｔａｎ" },
  { name: "homoglyphs: Greek and Armenian", text: "Rսssιa" },
  { name: "impossible and extreme dates", text: "2023-02-30", raw: "2023-02-30" },
  { name: "number-like", text: "1e309", raw: "-1e309" },
  { name: "only whitespace", text: " \t\n\r " },
  {
    name: "very long query string",
    text: "x=1&".repeat(500),
    query: `country=KG&${"x=1&".repeat(URL_CAP)}date=2023-10-12&q=end`,
  },
];
