import type { APIRoute } from "astro";
import { getEvents } from "../../data/content";
import * as routes from "../../lib/routes";

/** An edition's title and summary of each event, by id; none where the edition has no translation of it. */
async function translated(locale: "ru" | "uk"): Promise<Map<string, { title: string; summary: string }>> {
  const events = await getEvents(locale);
  return new Map(
    events.flatMap((e) =>
      e.translation.state === "missing" ? [] : [[e.id, { title: e.data.title, summary: e.data.summary }] as const],
    ),
  );
}

export const GET: APIRoute = async () => {
  const [ru, uk] = await Promise.all([translated("ru"), translated("uk")]);
  const events = (await getEvents()).map(({ id, data }) => ({
    id,
    date: data.date,
    ...(data.endDate === undefined ? {} : { endDate: data.endDate }),
    title: data.title,
    kind: data.kind,
    countries: data.countries,
    summary: data.summary,
    // The editions' words, null where an edition has not translated the event.
    title_ru: ru.get(id)?.title ?? null,
    title_uk: uk.get(id)?.title ?? null,
    summary_ru: ru.get(id)?.summary ?? null,
    summary_uk: uk.get(id)?.summary ?? null,
    sources: data.sources.map(({ url, title, publisher }) => ({ url, title, publisher })),
    url: routes.timeline(id),
  }));
  return new Response(JSON.stringify(events, null, 1), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
