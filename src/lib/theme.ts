/** A theme the reader chose explicitly. Without a choice the system preference applies. */
export type Theme = "light" | "dark";

/** The stored choice, or null when there is none (or storage is unreadable or holds junk). */
export function readStoredTheme(storage: Pick<Storage, "getItem">): Theme | null {
  try {
    const value = storage.getItem("theme");
    return value === "light" || value === "dark" ? value : null;
  } catch {
    return null;
  }
}

/** The theme a click on the toggle switches to. */
export function nextTheme(current: Theme): Theme {
  return current === "dark" ? "light" : "dark";
}

/** The toggle's words in an edition, by the theme a click switches to: visible text and accessible name. */
export type ToggleWords = Record<Theme, { text: string; name: string }>;

/**
 * What the toggle says while `current` is shown: its visible words, its accessible name, and the theme it switches
 * to, in the edition's `words` (the page writes them from its dictionary).
 */
export function toggleLabel(current: Theme, words: ToggleWords): { text: string; name: string; target: Theme } {
  const target = nextTheme(current);
  return { ...words[target], target };
}
