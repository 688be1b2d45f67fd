/**
 * The lookup island's DOM chores, kept apart from its wiring: making elements from lib/lookup-view's nodes (every
 * string as text, never as markup), the combobox roles, a live region that speaks once, and scrolling a card into view.
 */
import type { ViewNode } from "../../lib/lookup-view";

/** A view node as elements; every string is set as text, never parsed as markup. */
export function build(node: ViewNode | string): Node {
  if (typeof node === "string") return document.createTextNode(node);
  const element = document.createElement(node.tag);
  if (node.className) element.className = node.className;
  if (node.text) element.textContent = node.text;
  for (const [name, value] of Object.entries(node.attrs ?? {})) element.setAttribute(name, value);
  element.append(...(node.children ?? []).map(build));
  return element;
}

/** The WAI-ARIA 1.2 combobox pattern's roles and states on the field and its list. */
export function comboboxRoles(input: HTMLInputElement, list: HTMLUListElement): void {
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  list.setAttribute("role", "listbox");
}

/** Marks the option at `active` as the one chosen by the arrow keys, and scrolls it into the list's view. */
export function highlight(input: HTMLInputElement, list: HTMLUListElement, active: number): void {
  for (const [i, option] of [...list.children].entries()) {
    option.setAttribute("aria-selected", String(i === active));
    if (i === active) {
      input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    }
  }
}

/** Closes the list. */
export function closeList(input: HTMLInputElement, list: HTMLUListElement): void {
  list.hidden = true;
  input.setAttribute("aria-expanded", "false");
  input.removeAttribute("aria-activedescendant");
}

/** Calls `then` once, when `element` first comes into view. */
export function whenSeen(element: Element, then: () => void): void {
  new IntersectionObserver((entries, observer) => {
    if (entries.some((e) => e.isIntersecting)) {
      observer.disconnect();
      then();
    }
  }).observe(element);
}

/**
 * A function that says a text once in `region`: the region gets it a moment after being emptied, so a repeat is
 * announced too; "" only empties it.
 */
export function announcer(region: Element | null): (text: string) => void {
  let timer: number | undefined;
  return (text) => {
    if (!region) return;
    window.clearTimeout(timer);
    region.textContent = "";
    if (text !== "")
      timer = window.setTimeout(() => {
        region.textContent = text;
      }, 100);
  };
}

/** On a phone the card lands below the fold: brings its top (question and answer) into view. */
export function bringIntoView(element: HTMLElement): void {
  const top = element.getBoundingClientRect().top;
  const height = window.visualViewport?.height ?? window.innerHeight;
  if (top < 0 || top + 120 > height) {
    const still = matchMedia("(prefers-reduced-motion: reduce)").matches;
    element.scrollIntoView({ block: "start", behavior: still ? "auto" : "smooth" });
  }
}
