/**
 * One country's embed (/embed/lookup/<country>/): the answer for today is in the page; this answers again for the
 * day in the address (?date=YYYY-MM-DD, as on /countries/), and lets a change of date re-answer for the country.
 */
import { isRealDate } from "../../lib/real-date";
import type { CountryLookup } from "../Lookup/country-lookup";

export async function answerCountry(): Promise<void> {
  await customElements.whenDefined("country-lookup");
  const lookup = document.querySelector<CountryLookup>("country-lookup");
  const iso2 = lookup?.querySelector<HTMLElement>("[data-lookup-result] [data-iso2]")?.dataset["iso2"];
  const date = lookup?.querySelector<HTMLInputElement>("#lookup-date");
  if (!lookup || iso2 === undefined || !date) return;
  const asked = new URLSearchParams(location.search).get("date")?.trim() ?? "";
  if (isRealDate(asked) && asked >= date.min && asked <= date.max) date.value = asked;
  await lookup.show(iso2);
}
