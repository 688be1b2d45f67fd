/** Scroll to and focus the element named by the address's #fragment, so a shared link lands on it. */
export function focusHashTarget(doc: Document): HTMLElement | null {
  const id = decodeFragment(doc.location.hash);
  if (id === null) return null;
  const target = doc.getElementById(id);
  if (!target) return null;
  target.hidden = false;
  target.closest<HTMLElement>("[data-year-section]")?.removeAttribute("hidden");
  if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: "start" });
  return target;
}

/** The id in a fragment like `#2023-03-17-warrant`, or null when it is empty or malformed. */
export function decodeFragment(hash: string): string | null {
  if (hash.length < 2) return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
}
