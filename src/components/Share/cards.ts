/**
 * Every page's share card, by the card's slug (see `cardSlug` in src/lib/og.ts): one per page of every edition,
 * in the edition's words ("countries/kyrgyzstan", "ru/countries/kyrgyzstan"). The /og/ endpoint draws them all;
 * the page head looks its own up, so a page needs no card code of its own.
 */
import { getArticle, getEvents, getStates } from "../../data/content";
import { useTranslations } from "../../i18n";
import { asOf } from "../../lib/as-of";
import { LOCALES, type Locale } from "../../lib/locales";
import { partiesOn, statusOn } from "../../lib/membership";
import { cardSlug, countryCard, eventCard, type Card } from "../../lib/og";
import { countrySlug, formalName } from "../../lib/country-name";
import * as routes from "../../lib/routes";

let cards: Promise<Map<string, Card>> | undefined;

/** Every card of every edition, built once per build. */
export function getCards(): Promise<Map<string, Card>> {
  cards ??= Promise.all(LOCALES.map(build)).then((maps) => new Map(maps.flatMap((m) => [...m])));
  return cards;
}

/** The slug of an edition's index card, which a page without a card of its own shows: "index", "ru". */
export const indexCardSlug = (locale: Locale): string => cardSlug(routes.home(undefined, locale));

async function build(locale: Locale): Promise<[string, Card][]> {
  const t = useTranslations(locale);
  const [{ data: article }, events, states] = await Promise.all([
    getArticle(locale),
    getEvents(locale),
    getStates(locale),
  ]);
  const now = asOf();
  const parties = partiesOn(states, now).length;
  const footer = t("ogCard.footer");
  const page = (path: string, card: Omit<Card, "footer">): [string, Card] => [cardSlug(path), { ...card, footer }];
  const list: [string, Card][] = [
    page(routes.home(undefined, locale), {
      eyebrow: t("ogCard.eyebrow.explainer"),
      title: article.title,
      text: article.description,
    }),
    page(routes.timeline(undefined, locale), {
      eyebrow: t("ogCard.eyebrow.timeline"),
      title: t("ogCard.timeline.title"),
      text: t("ogCard.timeline.text", { count: events.length }),
    }),
    page(routes.map(locale), {
      eyebrow: t("ogCard.eyebrow.map"),
      title: t("ogCard.map.title"),
      text: t("ogCard.map.text"),
    }),
    page(routes.countries(locale), {
      eyebrow: t("ogCard.eyebrow.countries"),
      title: t("ogCard.countries.title"),
      text: t("ogCard.countries.text", { parties }),
    }),
    page(routes.about(undefined, locale), {
      eyebrow: t("ogCard.eyebrow.about"),
      title: t("ogCard.about.title"),
      text: t("ogCard.about.text"),
    }),
  ];
  // Each edition's page-not-found file: /404.html, /ru/404.html.
  list.push(
    page(routes.at("/404.html", locale), {
      eyebrow: t("ogCard.eyebrow.notFound"),
      title: t("ogCard.notFound.title"),
      text: t("ogCard.notFound.text", { title: article.title }),
    }),
  );
  for (const state of states)
    list.push([
      cardSlug(routes.country(countrySlug(state), locale)),
      countryCard(state.name, statusOn(state, now), formalName(state), t),
    ]);
  for (const event of events) list.push([cardSlug(routes.event(event.id, locale)), eventCard(event.data, t, locale)]);
  return list;
}
