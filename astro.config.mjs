// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";

/**
 * The one place the public address of the site is set. Every absolute URL
 * (canonical links, share cards, feeds, sitemap) follows it. Override it at
 * build time with SITE_URL=https://your.host npm run build.
 */
const site = process.env.SITE_URL ?? "https://putin-icc-explainer.example";

export default defineConfig({
  site,
  output: "static",
  trailingSlash: "ignore",
  integrations: [
    mdx(),
    // sitemap-index.xml: every page but the 404 and the alpha-2 redirects (/countries/kg/ → /countries/kyrgyzstan/).
    sitemap({ filter: (page) => !/\/countries\/[a-z]{2}\/$/.test(page) && !/\/404(\.html)?\/?$/.test(page) }),
  ],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  // No code blocks here, and Shiki's inline styles would break the Content Security Policy.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
