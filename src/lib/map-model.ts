/**
 * What the map draws, as plain data: a state as the map needs it, each country shape or dot with its status, and
 * each trip's marker. Pure types, shared by the build (src/lib/build/map-draw.ts) and the components.
 */
import type { IccState } from "../schemas/icc";
import type { MembershipRecord, Status } from "./membership";
import type { PanelId } from "./map-views";
import type { Trip } from "./trips";

/** A state in the ICC data, as the map needs it: its treaty record and its ISO alpha-3 code (from the schema). */
export type MapState = MembershipRecord & Pick<IccState, "iso3">;

/** A country shape or small-state dot, ready to draw. */
export interface MapCountry {
  a3: string;
  iso2: string | null;
  name: string;
  /** Status on the map's day, or null for an area that is not in the ICC list (Taiwan, Western Sahara…). */
  status: Status | null;
  /** Status changes between the first day the time control can show and today: `day status;day status`. */
  history: string | null;
}
export interface MapShape extends MapCountry {
  d: string;
}
export interface MapDot extends MapCountry {
  cx: number;
  cy: number;
}

export interface MapMarker {
  trip: Trip;
  panel: PanelId;
  /** The city's point. */
  ax: number;
  ay: number;
  /** The marker's centre (moved off the city when markers would overlap). */
  x: number;
  y: number;
  /** True when the host was a State Party on the day the trip began. */
  hostParty: boolean;
  /** The great-circle line from Moscow, or null for a trip that did not happen. */
  line: string | null;
}
