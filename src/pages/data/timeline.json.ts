import type { APIRoute } from "astro";
import { getEvents } from "../../data/content";
import * as routes from "../../lib/routes";

export const GET: APIRoute = async () => {
  const events = (await getEvents()).map(({ id, data }) => ({
    id,
    date: data.date,
    ...(data.endDate === undefined ? {} : { endDate: data.endDate }),
    title: data.title,
    kind: data.kind,
    countries: data.countries,
    summary: data.summary,
    sources: data.sources.map(({ url, title, publisher }) => ({ url, title, publisher })),
    url: routes.timeline(id),
  }));
  return new Response(JSON.stringify(events, null, 1), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
