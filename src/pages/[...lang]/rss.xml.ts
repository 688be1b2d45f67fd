/** /rss.xml: the explainer's updates and corrections, and every timeline event, newest first. */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getArticle, getEvents } from "../../data/content";
import { clip, updateIds } from "../../lib/seo";
import { SITE_NAME } from "../../lib/site";
import { KIND_LABEL } from "../../lib/timeline";
import * as routes from "../../lib/routes";
import { editionPaths } from "../../lib/edition-paths";

export const getStaticPaths = editionPaths;

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL("http://localhost/");
  // Absolute links are used as they are (the feed library would add a slash after a #fragment).
  const url = (path: string) => new URL(path, base).href;
  const [{ data: article }, events] = await Promise.all([getArticle(), getEvents()]);
  const ids = updateIds(article.updates);
  const updates = article.updates.map((u, i) => ({
    date: u.date,
    order: 1,
    item: {
      title: `${u.kind === "correction" ? "Correction" : "Update"} to the explainer: ${clip(u.text, 100)}`,
      link: url(routes.home(ids[i] ?? "updates")),
      pubDate: new Date(`${u.date}T00:00:00Z`),
      description: u.text,
      categories: [u.kind === "correction" ? "Correction" : "Update"],
    },
  }));
  const timeline = events.map((e) => ({
    date: e.data.date,
    order: 0,
    item: {
      title: e.data.title,
      link: url(routes.event(e.id)),
      pubDate: new Date(`${e.data.date}T00:00:00Z`),
      description: e.data.summary,
      categories: [KIND_LABEL[e.data.kind]],
    },
  }));
  // Newest first; on the same day an update to the explainer comes before an event.
  const items = [...updates, ...timeline]
    .sort((a, b) => b.date.localeCompare(a.date) || b.order - a.order)
    .map((x) => x.item);
  return rss({
    title: SITE_NAME,
    description: `${article.description} Updates to the explainer and every event on its timeline.`,
    site: base,
    items,
    customData: "<language>en-gb</language>",
  });
};
