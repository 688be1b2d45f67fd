/**
 * What runs inside an embed's iframe: it tells the host page its height (on load, on every change of size, and
 * whenever public/embed.js asks), and opens in a new tab the links the page's islands build after load; the source
 * link carries the embed's current ?query to the full page. It reads
 * nothing from the host and stores nothing, so it runs alike in a sandboxed iframe (allow-scripts, no same origin).
 */
import { HEIGHT_MESSAGE } from "../../lib/embed";

/** Starts the height messages and the new-tab links. */
export function startEmbed(): void {
  document.addEventListener("click", (event) => {
    const a = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[href]") : null;
    if (a && !a.target && !(a.getAttribute("href") ?? "").startsWith("#")) a.target = "_blank";
    // The full page opens on what the reader sees here: the lookup and the map keep their question in the address.
    if (a?.dataset["embedSource"] === "follow") a.search = location.search;
  });
  if (window.parent === window) return;
  let last = -1;
  const post = (again = false) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !again) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, "*");
  };
  new ResizeObserver(() => {
    post();
  }).observe(document.documentElement);
  window.addEventListener("load", () => {
    post(true);
  });
  // The host's script may load after the first message: it asks, and the embed says its height again.
  window.addEventListener("message", (event) => {
    if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === HEIGHT_MESSAGE)
      post(true);
  });
}
