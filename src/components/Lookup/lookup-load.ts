/**
 * Loads /data/lookup.json once per page for every island that reads it (the lookup and the table's filter), and builds
 * the one country index both match names with. Names in Arabic and Chinese script come from a second file, asked for
 * only when a query has such letters (`loadFor`).
 */
import {
  LATE_SCRIPTS,
  fromWire,
  inEdition,
  type EditionNames,
  type LookupData,
  type WireData,
} from "../../lib/lookup-data";
import { createIndex, type CountryIndex, type SearchEntry } from "../../lib/search";
import * as routes from "../../lib/routes";

export interface Loaded {
  data: LookupData;
  /** Rebuilt with the late names once they have loaded. */
  index: CountryIndex;
}

let loading: Promise<Loaded> | undefined;
let lateNames: Promise<void> | undefined;

/** Every name an entry is found by: the UN's too, which travels once, as `unName`. */
const searchable = (entries: readonly SearchEntry[], late: Record<string, string> = {}) =>
  entries.map((c) => {
    const more = [...((c as { unName?: string }).unName ?? "").split("|"), ...(late[c.iso2] ?? "").split("|")];
    return { ...c, names: [...c.names, ...more.filter((n) => n !== "")] };
  });

/**
 * The wire data from `src`: a file's address, or "#id" for a JSON block on the page (the embeds carry it so, as a
 * sandboxed iframe has no origin to fetch with).
 */
async function read(src: string): Promise<WireData> {
  if (src.startsWith("#")) return JSON.parse(document.getElementById(src.slice(1))?.textContent ?? "") as WireData;
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${src}: ${String(response.status)}`);
  return (await response.json()) as WireData;
}

/**
 * The data in the edition's names: `names` is the page's JSON of them (`EditionNames`; none in English, whose names
 * the data has). The table's filter shares the data: whichever island loads it first, the names are the page's.
 */
function named(data: LookupData, given?: string): LookupData {
  const names = given ?? document.querySelector<HTMLElement>("[data-names]")?.dataset["names"];
  return names === undefined ? data : inEdition(data, JSON.parse(names) as EditionNames);
}

/** The data and its index; a failed load is tried again on the next call. */
export function loadLookup(src = routes.data("lookup.json"), names?: string): Promise<Loaded> {
  loading ??= read(src).then((wire) => {
    const data = named(fromWire(wire), names);
    return { data, index: createIndex(searchable(data.countries)) };
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * The data, with an index that can match `query`: for a query in Arabic or Chinese letters, the late names too;
 * `names`, the edition's names of the countries (see `named`).
 */
export async function loadFor(query: string, src?: string, names?: string): Promise<Loaded> {
  const loaded = await loadLookup(src, names);
  if (!LATE_SCRIPTS.test(query.slice(0, 200))) return loaded;
  lateNames ??= fetch(routes.data("lookup-names.json"))
    .then((response) => response.json() as Promise<Record<string, string>>)
    .then((late) => {
      loaded.index = createIndex(searchable(loaded.data.countries, late));
    });
  lateNames.catch(() => {
    lateNames = undefined;
  });
  await lateNames.catch(() => undefined);
  return loaded;
}
