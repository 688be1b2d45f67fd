// The resize script for this site's embeds. Paste it after an <iframe> of one of our /embed/ pages (or an
// edition's, /ru/embed/, /uk/embed/): the iframe then takes the height the embed reports (a message
// { type, height } on load and on every change of size). It
// trusts only messages from an iframe of ours, by its window, sent from this script's own origin; or, from an
// iframe of ours sandboxed without allow-same-origin (as WordPress does), from the origin such a frame has, "null".
// It reads and stores nothing else, and asks no server for anything.
(() => {
  const TYPE = "icc-explainer:embed-height";
  const script = document.currentScript;
  if (!(script instanceof HTMLScriptElement) || !script.src) return;
  const origin = new URL(script.src).origin;

  /** Our embeds on this page. */
  const ours = () =>
    [...document.querySelectorAll("iframe")].filter((frame) => {
      try {
        const src = new URL(frame.src, location.href);
        // /embed/… in English, /ru/embed/… and /uk/embed/… in the editions.
        return src.origin === origin && /^\/(?:[a-z]{2}\/)?embed\//.test(src.pathname);
      } catch {
        return false;
      }
    });

  window.addEventListener("message", (event) => {
    const data = event.data;
    if (!data || data.type !== TYPE || typeof data.height !== "number" || !Number.isFinite(data.height)) return;
    const frame = ours().find((f) => f.contentWindow === event.source);
    if (!frame) return;
    const opaque = frame.sandbox.length > 0 && !frame.sandbox.contains("allow-same-origin");
    if (event.origin !== origin && !(opaque && event.origin === "null")) return;
    frame.style.height = `${String(Math.round(Math.min(Math.max(data.height, 50), 20000)))}px`;
  });

  // An embed that loaded before this script told nobody its height: ask each to say it again.
  for (const frame of ours()) frame.contentWindow?.postMessage({ type: TYPE }, "*");
})();
