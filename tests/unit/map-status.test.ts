/** The one table of how each ICC status is shown on the maps and cards, and reading a status back from the page. */
import { describe, expect, it } from "vitest";
import {
  isStatusClass,
  parseStatus,
  patternData,
  patternDataKey,
  patternFill,
  STATUS_COLOR,
  STATUS_PATTERN,
  statusClass,
  statusFromClasses,
} from "../../src/lib/map-status";
import { STATUSES } from "../../src/lib/membership";

describe("the status table", () => {
  it("gives the three statuses between party and non-party a pattern, so status never rests on colour alone", () => {
    // MapPatterns.astro draws exactly these three patterns.
    expect(STATUS_PATTERN).toEqual({
      party: null,
      withdrawing: "wd",
      signatory: "sig",
      signature_withdrawn: null,
      former_party: "former",
      non_party: null,
    });
  });

  it("has a colour for every status, one per meaning, as on the site's badges", () => {
    expect(Object.keys(STATUS_COLOR).sort()).toEqual([...STATUSES].sort());
    expect(STATUS_COLOR.withdrawing).toBe(STATUS_COLOR.party);
    expect(STATUS_COLOR.signature_withdrawn).toBe(STATUS_COLOR.signatory);
    expect(new Set(Object.values(STATUS_COLOR)).size).toBe(4);
  });

  it("names the shading class of each status, and of an area not in the ICC list", () => {
    expect(statusClass("former_party")).toBe("tm-s-former_party");
    expect(statusClass(null)).toBe("tm-s-none");
    expect(isStatusClass("tm-s-party")).toBe(true);
    expect(isStatusClass("tm-c")).toBe(false);
  });

  it("fills patterned statuses with the patterns of the map's prefix, and leaves the rest to CSS", () => {
    expect(patternFill("tm", "signatory")).toBe("url(#tm-sig)");
    expect(patternFill("mm", "former_party")).toBe("url(#mm-former)");
    expect(patternFill("tmn", "withdrawing")).toBe("url(#tmn-wd)");
    expect(patternFill("tm", "party")).toBeUndefined();
    expect(patternFill("tm", null)).toBeUndefined();
  });

  it("carries each pattern on the <svg> under the dataset key the script looks it up by", () => {
    expect(patternData("tm")).toEqual({
      "data-fill-sig": "url(#tm-sig)",
      "data-fill-former": "url(#tm-former)",
      "data-fill-wd": "url(#tm-wd)",
    });
    expect(patternDataKey("signatory")).toBe("fillSig");
    expect(patternDataKey("former_party")).toBe("fillFormer");
    expect(patternDataKey("withdrawing")).toBe("fillWd");
    expect(patternDataKey("non_party")).toBeNull();
  });
});

describe("reading a status back", () => {
  it("accepts every status the membership model knows", () => {
    for (const s of STATUSES) expect(parseStatus(s)).toBe(s);
  });

  it("refuses anything else instead of casting it", () => {
    for (const word of ["member", "Party", "", "none", "party ", "__proto__", "toString"]) {
      expect(parseStatus(word), word).toBeNull();
    }
  });

  it("finds a shape's status in its classes, and none for an area outside the list or a forged class", () => {
    expect(statusFromClasses(["tm-c", "tm-s-signatory"])).toBe("signatory");
    expect(statusFromClasses(["tm-c", "tm-dot", "tm-s-none"])).toBeNull();
    expect(statusFromClasses(["tm-c", "tm-s-member"])).toBeNull();
    expect(statusFromClasses(["tm-c"])).toBeNull();
  });
});
