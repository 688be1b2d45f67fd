/**
 * Fixed places the travel map needs: the cities in the trip entries and the small states that the
 * 1:110m atlas has no shape for. Coordinates are [longitude, latitude] in degrees, rounded to a
 * point in the city proper (a few were nudged off the waterfront so they sit on land in the atlas).
 */

/** Longitude and latitude, in that order (as GeoJSON and d3-geo expect). */
export type LonLat = readonly [number, number];

/** Where every line on the map starts. */
export const MOSCOW: LonLat = [37.62, 55.76];

/** Every city named in a trip's `cities`, by the spelling the trip entries use. */
export const CITIES: Readonly<Record<string, LonLat>> = {
  // Abu Dhabi: its mainland districts (Khalifa City), since the coarse world coastline leaves the island city at sea.
  "Abu Dhabi": [54.6, 24.42],
  Anchorage: [-149.9, 61.22],
  Ashgabat: [58.38, 37.96],
  Avaza: [52.95, 40.03],
  Astana: [71.45, 51.17],
  Baku: [49.87, 40.41],
  Beijing: [116.41, 39.9],
  Bishkek: [74.57, 42.87],
  Budapest: [19.04, 47.5],
  Dushanbe: [68.78, 38.56],
  Gyeongju: [129.22, 35.86],
  Hanoi: [105.83, 21.03],
  Harbin: [126.54, 45.8],
  Istanbul: [28.9, 41.05],
  Johannesburg: [28.05, -26.2],
  Kant: [74.85, 42.89],
  Minsk: [27.56, 53.9],
  "New Delhi": [77.21, 28.61],
  Pyongyang: [125.76, 39.04],
  "Rio de Janeiro": [-43.21, -22.91],
  Riyadh: [46.68, 24.71],
  Shenzhen: [114.05, 22.68], // Longhua district, clear of the Hong Kong boundary in the coarse atlas
  Tashkent: [69.24, 41.3],
  Tianjin: [117.2, 39.13],
  Ulaanbaatar: [106.91, 47.89],
};

/**
 * States in the ICC list that the 1:110m atlas draws no shape for, by ISO alpha-3 code, at their
 * capital. The map shows each as a dot.
 */
export const SMALL_STATES: Readonly<Record<string, LonLat>> = {
  AND: [1.52, 42.51], // Andorra la Vella
  ATG: [-61.85, 17.12], // St John's
  BHR: [50.58, 26.22], // Manama
  BRB: [-59.62, 13.1], // Bridgetown
  COK: [-159.78, -21.21], // Avarua
  COM: [43.26, -11.7], // Moroni
  CPV: [-23.51, 14.93], // Praia
  DMA: [-61.39, 15.3], // Roseau
  FSM: [158.16, 6.92], // Palikir
  GRD: [-61.75, 12.06], // St George's
  KIR: [172.98, 1.33], // South Tarawa
  KNA: [-62.72, 17.3], // Basseterre
  LCA: [-60.99, 14.01], // Castries
  LIE: [9.52, 47.14], // Vaduz
  MCO: [7.42, 43.74], // Monaco
  MDV: [73.51, 4.18], // Malé
  MHL: [171.38, 7.09], // Majuro
  MLT: [14.51, 35.9], // Valletta
  MUS: [57.5, -20.16], // Port Louis
  NRU: [166.92, -0.55], // Yaren
  PLW: [134.62, 7.5], // Ngerulmud
  SGP: [103.82, 1.35], // Singapore
  SMR: [12.45, 43.94], // San Marino
  STP: [6.73, 0.34], // São Tomé
  SYC: [55.45, -4.62], // Victoria
  TON: [-175.2, -21.14], // Nuku'alofa
  TUV: [179.19, -8.52], // Funafuti
  VAT: [12.45, 41.9], // Vatican City
  VCT: [-61.23, 13.16], // Kingstown
  WSM: [-171.76, -13.83], // Apia
};
