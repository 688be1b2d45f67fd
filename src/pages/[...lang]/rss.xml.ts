/**
 * /rss.xml, /ru/rss.xml…: the explainer's updates and corrections, and every timeline event, newest first, in the
 * edition's words and linking to the edition's pages.
 */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getArticle, getEvents } from "../../data/content";
import { clip, updateIds } from "../../lib/seo";
import { useTranslations } from "../../i18n";
import { LOCALE_INFO, type Locale } from "../../lib/locales";
import * as routes from "../../lib/routes";
import { editionPaths } from "../../lib/edition-paths";

export const getStaticPaths = editionPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const { locale } = props as { locale: Locale };
  const t = useTranslations(locale);
  const base = site ?? new URL("http://localhost/");
  // Absolute links are used as they are (the feed library would add a slash after a #fragment).
  const url = (path: string) => new URL(path, base).href;
  const [{ data: article }, events] = await Promise.all([getArticle(locale), getEvents(locale)]);
  const ids = updateIds(article.updates);
  const updates = article.updates.map((u, i) => ({
    date: u.date,
    order: 1,
    item: {
      title: t(u.kind === "correction" ? "rss.item.correction" : "rss.item.update", { text: clip(u.text, 100) }),
      link: url(routes.home(ids[i] ?? "updates", locale)),
      pubDate: new Date(`${u.date}T00:00:00Z`),
      description: u.text,
      categories: [t(u.kind === "correction" ? "rss.category.correction" : "rss.category.update")],
    },
  }));
  const timeline = events.map((e) => ({
    date: e.data.date,
    order: 0,
    item: {
      title: e.data.title,
      link: url(routes.event(e.id, locale)),
      pubDate: new Date(`${e.data.date}T00:00:00Z`),
      description: e.data.summary,
      categories: [t(`kind.${e.data.kind}`)],
    },
  }));
  // Newest first; on the same day an update to the explainer comes before an event.
  const items = [...updates, ...timeline]
    .sort((a, b) => b.date.localeCompare(a.date) || b.order - a.order)
    .map((x) => x.item);
  return rss({
    title: t("site.name"),
    description: t("rss.description", { description: article.description }),
    site: url(routes.home(undefined, locale)),
    items,
    customData: `<language>${LOCALE_INFO[locale].tag.toLowerCase()}</language>`,
  });
};
