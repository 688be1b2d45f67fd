/** The UN regional groups (reference data) against the ICC data, and the counts of States Parties by group. */
import { describe, expect, it } from "vitest";
import { isParty, partiesOn, statusOn } from "../../src/lib/membership";
import { countsByGroup } from "../../src/lib/regions";
import { UN_GROUP_IDS } from "../../src/schemas/un-groups";
import { loadGroups, loadStates } from "./content-data";

const TODAY = "2026-12-01";
const states = loadStates();

describe("the UN regional groups (content/data/un-regional-groups.json)", () => {
  const groups = loadGroups();

  it("has the five groups, in the UN's order", () => {
    expect(groups.map((g) => g.id)).toEqual([...UN_GROUP_IDS]);
  });

  it("puts every UN member in the ICC data in exactly one group, and the states that are not UN members in none", () => {
    const count = (iso2: string) => groups.filter((g) => g.members.includes(iso2)).length;
    expect(states.filter((s) => s.un && count(s.iso2) !== 1).map((s) => s.name)).toEqual([]);
    // Not UN members (the Cook Islands, the Holy See, the State of Palestine): the UN's groups are of Member States.
    expect(states.filter((s) => !s.un && count(s.iso2) !== 0).map((s) => s.name)).toEqual([]);
    const codes = new Set(states.map((s) => s.iso2));
    expect(groups.flatMap((g) => g.members).filter((c) => !codes.has(c))).toEqual([]);
    expect(groups.reduce((n, g) => n + g.members.length, 0)).toBe(states.filter((s) => s.un).length);
  });

  it("counts States Parties by group that add up, with those in no group, to the total", () => {
    const counts = countsByGroup(groups, states, TODAY);
    const total = partiesOn(states, TODAY).length;
    expect(counts.total).toBe(total);
    expect(counts.groups.reduce((n, g) => n + g.parties, 0) + counts.outside.parties.length).toBe(total);
    for (const g of counts.groups) {
      const group = groups.find((x) => x.id === g.id);
      expect(g.parties, g.name).toBe(
        states.filter((s) => group?.members.includes(s.iso2) && isParty(statusOn(s, TODAY))).length,
      );
    }
    expect(counts.outside.names.sort()).toEqual(
      states
        .filter((s) => !s.un)
        .map((s) => s.name)
        .sort(),
    );
  });
});
