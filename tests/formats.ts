/** Small format checks the tests share: well-formed XML (feeds, sitemaps) and a PNG's size (share cards, icons). */

/**
 * Null when `xml` is well-formed XML (one root element, tags closed in order, attributes quoted, every
 * "&" an entity, no stray "<"); otherwise what is wrong. Enough for the feed and sitemaps; no DTDs.
 */
export function xmlError(xml: string): string | null {
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>/, "");
  const badAmp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i;
  const token =
    /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([A-Za-z_][\w.:-]*)\s*>|<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  const open: string[] = [];
  let roots = 0;
  for (const m of body.matchAll(token)) {
    const [, close, name, attributes, selfClosing, text, stray] = m;
    if (stray !== undefined) return `a "<" that starts no tag at ${String(m.index)}`;
    if (text !== undefined) {
      if (badAmp.test(text)) return `a bare "&" at ${String(m.index)}`;
      if (open.length === 0 && text.trim() !== "") return "text outside the root element";
    } else if (close !== undefined) {
      if (open.pop() !== close) return `</${close}> closes an element it did not open`;
    } else if (name !== undefined) {
      if (badAmp.test(attributes ?? "")) return `a bare "&" in an attribute of <${name}>`;
      if (open.length === 0) roots++;
      if (selfClosing !== "/") open.push(name);
    }
  }
  if (open.length > 0) return `<${String(open.at(-1))}> is never closed`;
  return roots === 1 ? null : `${String(roots)} root elements`;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return null;
  if (bytes.subarray(12, 16).toString("ascii") !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
