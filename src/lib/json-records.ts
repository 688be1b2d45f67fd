/**
 * Parses a content data file that must hold a JSON array of records; a file that is not valid JSON, or not an
 * array, throws an error naming the file, e.g. `content/data/icc-states.json is not valid JSON: …`.
 * Used by the collections' loader (src/content.config.ts), where Astro's file() alone would log it and go on empty.
 */
export function parseJsonRecords(path: string, text: string): unknown[] {
  let rows: unknown;
  try {
    rows = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(rows)) throw new Error(`${path} must hold an array of records`);
  return rows;
}
