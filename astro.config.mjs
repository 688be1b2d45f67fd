// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { readFileSync, readdirSync, renameSync, rmdirSync } from "node:fs";
import { join } from "node:path";
import { redirectSlugs, withCommonName } from "./src/lib/country-name.ts";
import { pruneCache } from "./src/lib/build/og-cache.ts";
import { PLACEHOLDER_SITE } from "./src/lib/site.ts";
import { DEFAULT_LOCALE, LOCALES, pathInDefault } from "./src/lib/locales.ts";

/**
 * After a full build, deletes the cached share cards (.cache/og) that the build did not use.
 * @returns {import("astro").AstroIntegration}
 */
function pruneCardCache() {
  let started = new Date();
  return {
    name: "prune-card-cache",
    hooks: {
      "astro:build:start": () => {
        // A second of slack for file systems that keep whole seconds.
        started = new Date(Date.now() - 1000);
      },
      "astro:build:done": async ({ logger }) => {
        // OG_CACHE=0 drew every card without the cache: nothing was marked, so nothing can be judged unused.
        if (process.env.OG_CACHE === "0") return;
        const removed = await pruneCache(join(process.cwd(), ".cache", "og"), started);
        if (removed > 0) logger.info(`removed ${removed} unused share card(s) from .cache/og`);
      },
    },
  };
}

/**
 * Moves each edition's "page not found" to /<code>/404.html, beside the default's /404.html, where nginx's
 * error_page for that edition looks (deploy/nginx.conf). Astro writes only src/pages/404.astro as a file; the
 * editions' page (src/pages/[lang]/404.astro) comes out as /<code>/404/index.html.
 * @returns {import("astro").AstroIntegration}
 */
function editionNotFoundPages() {
  return {
    name: "edition-404-pages",
    hooks: {
      "astro:build:done": ({ dir }) => {
        for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
          const from = new URL(`${locale}/404/`, dir);
          renameSync(new URL("index.html", from), new URL(`${locale}/404.html`, dir));
          rmdirSync(from);
        }
      },
    },
  };
}

/**
 * The addresses timeline events had before their dates were corrected (`formerIds`): redirect pages, kept out
 * of the sitemap like the countries' redirects.
 * @returns {Set<string>}
 */
function formerEventPaths() {
  const dir = join(process.env.CONTENT_DIR ?? "./content", "timeline");
  const paths = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".mdx"))) {
    const line = /^formerIds:\s*\[(.*)\]\s*$/m.exec(readFileSync(join(dir, file), "utf8"));
    for (const id of line?.[1]?.match(/[\w-]+/g) ?? []) paths.add(`/timeline/${id}/`);
  }
  return paths;
}
const former = formerEventPaths();

/**
 * The addresses that redirect to a country's page: its alpha-2 code (/countries/kg/) and the slug of its UN name
 * where the page follows a common name (/countries/russian-federation/ → /countries/russia/).
 * @returns {Set<string>}
 */
function countryRedirectPaths() {
  const file = join(process.env.CONTENT_DIR ?? "./content", "data", "icc-states.json");
  /** @type {{ iso2: string; name: string; shortName?: string }[]} */
  let records = [];
  try {
    records = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    // A broken file fails the build with a clear message in the content loader; the sitemap need not say it again.
  }
  const paths = new Set();
  for (const record of Array.isArray(records) ? records : []) {
    if (typeof record?.iso2 !== "string" || typeof record.name !== "string") continue;
    for (const slug of redirectSlugs(withCommonName(record))) paths.add(`/countries/${slug}/`);
  }
  return paths;
}
for (const path of countryRedirectPaths()) former.add(path);

/**
 * The one place the public address of the site is set. Every absolute URL
 * (canonical links, share cards, feeds, sitemap) follows it. Override it at
 * build time with SITE_URL=https://your.host npm run build.
 */
const site = process.env.SITE_URL ?? PLACEHOLDER_SITE;

/**
 * Warns, at the start of every build, while the public address is the placeholder: canonical links, share cards and
 * feeds then name a host no reader can open (Share buttons fall back to the page's own address).
 * @returns {import("astro").AstroIntegration}
 */
function warnOnPlaceholderSite() {
  return {
    name: "warn-placeholder-site",
    hooks: {
      "astro:config:done": ({ config, logger }) => {
        if (config.site && new URL(config.site).origin === new URL(PLACEHOLDER_SITE).origin) {
          logger.warn(
            `The public address is the placeholder ${PLACEHOLDER_SITE}: canonical links, share cards and the feed ` +
              "will name it. Set SITE_URL=https://your.host when building for publication.",
          );
        }
      },
    },
  };
}

export default defineConfig({
  site,
  output: "static",
  trailingSlash: "ignore",
  // The editions (src/lib/locales.ts): English at /, the others under their code (/ru/, /uk/). Pages are built once
  // per edition from src/pages/[...lang]/; routes.ts writes the same addresses, for pages and islands alike. No
  // redirect by browser language.
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    // sitemap-index.xml: every page but the 404, the redirects (/countries/kg/ and /countries/russian-federation/
    // → /countries/russia/, and the former addresses of events whose dates were corrected) and the embeds (/embed/,
    // noindex: their full pages are listed).
    sitemap({
      // Each page's editions as xhtml:link alternates, as its head's hreflang links name them.
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(LOCALES.map((l) => [l, l])),
      },
      // The default edition is each page's x-default too, as in the page's head.
      serialize: (item) => {
        const fallback = item.links?.find((l) => l.lang === DEFAULT_LOCALE);
        return fallback ? { ...item, links: [...(item.links ?? []), { ...fallback, lang: "x-default" }] } : item;
      },
      filter: (page) =>
        !/\/404(\.html)?\/?$/.test(page) &&
        !former.has(pathInDefault(new URL(page).pathname)) &&
        !pathInDefault(new URL(page).pathname).startsWith("/embed/"),
    }),
    pruneCardCache(),
    editionNotFoundPages(),
    warnOnPlaceholderSite(),
  ],
  // `astro preview` lets any origin read its files, as the hosts do for /_astro/ and /data/ (public/_headers): an
  // embed in a sandboxed iframe fetches its module scripts with CORS from an opaque origin.
  vite: { plugins: [tailwindcss()], preview: { cors: true } },
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
