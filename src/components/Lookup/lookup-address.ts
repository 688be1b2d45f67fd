/**
 * The lookup's question in the address of /countries/ (`?country=Kyrgyzstan&date=…`, see lookup-state.ts): on load
 * the lookup answers it as if it had been typed, which is how a shared link opens and where the explainer's form lands
 * when it is sent before its script has run; after that, every answer the lookup shows is put in the address, and a
 * cleared one taken out of it. Only the countries page loads this (LookupAddress.astro): the explainer's lookup leaves
 * its address alone. Like the element, it sets what the address says only as text, never as markup.
 */
import { lookupSearch, parseLookupParams } from "../../lib/lookup-state";
import type { CountryLookup, LookupChange } from "./country-lookup";
import { loadFor } from "./lookup-load";

const replaceSearch = (search: string) => {
  history.replaceState(null, "", `${location.pathname}${search}`);
};

/** Keeps every lookup marked `data-sync-url` in step with the address. */
export async function syncAddress(): Promise<void> {
  await customElements.whenDefined("country-lookup");
  for (const lookup of document.querySelectorAll<CountryLookup>("country-lookup[data-sync-url]")) {
    lookup.addEventListener("lookup-change", (event) => {
      const change = (event as CustomEvent<LookupChange>).detail;
      const params = new URLSearchParams(location.search);
      if (change !== null) replaceSearch(lookupSearch(change.iso2, change.day));
      else if (params.has("country")) replaceSearch(lookupSearch(null, params.get("date")));
    });
    if (location.search.length > 1) await answerAddress(lookup);
  }
}

/** Sets the date and answers for the country the address names; says what it ignored, offering close names. */
async function answerAddress(lookup: CountryLookup): Promise<void> {
  const query = new URLSearchParams(location.search).get("country") ?? "";
  // A failed load is the lookup's to report: it loads the data too, and says so when it cannot.
  const loaded = await loadFor(query, lookup.dataset["src"], lookup.dataset["names"]).catch(() => null);
  if (!loaded) return;
  const { index } = loaded;
  const { t } = lookup;
  const state = parseLookupParams(location.search, (q) => index.resolve(q), t);
  const date = lookup.querySelector<HTMLInputElement>("#lookup-date");
  if (date && state.date !== null) date.value = state.date;
  if (state.country !== null) await lookup.show(state.country);
  const status = lookup.querySelector("[data-lookup-status]");
  if (!status || state.ignored.length === 0) return;
  const close = state.close.flatMap((code) => index.byCode(code) ?? []);
  status.replaceChildren(state.ignored.join(" "));
  if (close.length === 0) return;
  // "Did you mean A, B or C?": the links go where the string has {names}.
  const mark = "\u0000";
  const [before = "", after = ""] = t("card.address.didYouMean", { names: mark }).split(mark);
  close.forEach((entry, i) => {
    const a = document.createElement("a");
    a.textContent = entry.name;
    a.href = `${location.pathname}${lookupSearch(entry.iso2, state.date)}`;
    status.append(i === 0 ? ` ${before}` : i === close.length - 1 ? ` ${t("card.address.or")} ` : ", ", a);
  });
  status.append(after);
}
