/**
 * The <embed-button> element: keeps the embed code in step with the page (the reader's own address while the public
 * one is the placeholder; with data-follow-address, the page's ?query too) and copies it, saying so in a status
 * message that screen readers announce.
 */
import { embedSnippet } from "../../lib/embed";

class EmbedButton extends HTMLElement {
  connectedCallback(): void {
    const details = this.querySelector("details");
    const code = this.querySelector("textarea");
    const copy = this.querySelector("button");
    const status = this.querySelector<HTMLElement>("[role=status]");
    const { src: address, title, height } = this.dataset;
    if (!details || !code || !copy || !status || address === undefined) return;
    const refresh = () => {
      // The public address, or (a path, while it is the placeholder) this page's own origin.
      const src = new URL(address, location.href);
      if (this.dataset["followAddress"] !== undefined) src.search = location.search;
      code.value = embedSnippet(src.href, { title: title ?? document.title, height: Number(height) });
    };
    details.addEventListener("toggle", () => {
      if (details.open) refresh();
    });
    copy.addEventListener("click", () => {
      refresh();
      navigator.clipboard.writeText(code.value).then(
        () => {
          status.textContent = this.dataset["copied"] ?? "Code copied";
        },
        () => {
          code.select();
          status.textContent = this.dataset["select"] ?? "Select the code and copy it";
        },
      );
    });
  }
}

export function defineEmbedButton(): void {
  if (!customElements.get("embed-button")) customElements.define("embed-button", EmbedButton);
}
