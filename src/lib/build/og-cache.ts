/**
 * Keeps the share-card cache (.cache/og) from growing without end: a build marks each card it uses (drawn or read
 * back) with the time, and when it ends, every card it did not use is deleted.
 */
import { readdir, stat, unlink, utimes } from "node:fs/promises";
import { join } from "node:path";

/** Marks a cached card as used now. A card that vanished meanwhile is simply drawn again next time. */
export async function markUsed(file: string, now = new Date()): Promise<void> {
  try {
    await utimes(file, now, now);
  } catch {
    // Gone or read-only: nothing to mark.
  }
}

/** Deletes the cached cards in `dir` last used before `since`; returns how many. A missing folder is empty. */
export async function pruneCache(dir: string, since: Date): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names.filter((n) => n.endsWith(".png"))) {
    const file = join(dir, name);
    try {
      if ((await stat(file)).mtimeMs < since.getTime()) {
        await unlink(file);
        removed += 1;
      }
    } catch {
      // Removed by another build meanwhile.
    }
  }
  return removed;
}
