/**
 * Every page's share card, by the card's slug (see `cardSlug` in src/lib/og.ts). The /og/ endpoint
 * draws them all; the page head looks its own up, so a page needs no card code of its own.
 */
import { getArticle, getEvents, getStates } from "../../data/content";
import { asOf } from "../../lib/as-of";
import { partiesOn, statusOn } from "../../lib/membership";
import { countryCard, eventCard, type Card } from "../../lib/og";
import { countrySlug, formalName } from "../../lib/country-name";

let cards: Promise<Map<string, Card>> | undefined;

/** Every card, built once per build. */
export function getCards(): Promise<Map<string, Card>> {
  cards ??= build();
  return cards;
}

async function build(): Promise<Map<string, Card>> {
  const [{ data: article }, events, states] = await Promise.all([getArticle(), getEvents(), getStates()]);
  const now = asOf();
  const parties = partiesOn(states, now).length;
  const map = new Map<string, Card>([
    ["index", { eyebrow: "Explainer", title: article.title, text: article.description }],
    [
      "timeline",
      {
        eyebrow: "Timeline",
        title: "The ICC, Ukraine and Putin's travels, 1998 to today",
        text: `${String(events.length)} events, from the Rome Statute to the warrant and the trips since, each with its sources.`,
      },
    ],
    [
      "map",
      {
        eyebrow: "Travel map",
        title: "Where Putin has travelled since the ICC warrant",
        text: "Every foreign trip since March 2023, and whether each host must arrest him.",
      },
    ],
    [
      "countries",
      {
        eyebrow: "Countries and the ICC",
        title: "Is it an ICC State Party? Every country's status",
        text: `${String(parties)} states are parties to the Rome Statute today. Look up any country.`,
      },
    ],
    [
      "about",
      {
        eyebrow: "About",
        title: "Sources, methods and open data",
        text: "How this explainer checks its facts, where its data comes from, and how to report an error.",
      },
    ],
    [
      "404",
      {
        eyebrow: "Page not found",
        title: "There is no page at this address",
        text: `Start from the explainer: ${article.title}.`,
      },
    ],
  ]);
  for (const state of states)
    map.set(`countries/${countrySlug(state)}`, countryCard(state.name, statusOn(state, now), formalName(state)));
  for (const event of events) map.set(`timeline/${event.id}`, eventCard(event.data));
  return map;
}
