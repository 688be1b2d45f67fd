/**
 * Membership by UN regional group: how many of each group's members are States Parties on a day, and the states
 * that belong to no group (not UN members). Pure; the groups are reference data (content/data/un-regional-groups.json).
 */
import { isParty, statusOn, type MembershipRecord } from "./membership";

/** A group as the counts need it. */
export interface GroupRecord {
  id: string;
  name: string;
  members: readonly string[];
}

export interface GroupCount {
  id: string;
  name: string;
  /** States Parties among the group's members on the day. */
  parties: number;
  /** The group's members that are in the ICC data. */
  members: number;
}

export interface GroupCounts {
  groups: GroupCount[];
  /** States in the ICC data that are in no group (not UN members), and of them the States Parties. */
  outside: { names: string[]; parties: string[] };
  /** States Parties in all: the groups' parties plus those outside any group. */
  total: number;
}

/** Counts the States Parties by group on `day`. */
export function countsByGroup(
  groups: readonly GroupRecord[],
  states: readonly MembershipRecord[],
  day: string,
): GroupCounts {
  const byIso2 = new Map(states.map((s) => [s.iso2, s]));
  const grouped = new Set(groups.flatMap((g) => g.members));
  const party = (s: MembershipRecord | undefined) => s !== undefined && isParty(statusOn(s, day));
  const counts = groups.map((g) => ({
    id: g.id,
    name: g.name,
    parties: g.members.filter((code) => party(byIso2.get(code))).length,
    members: g.members.filter((code) => byIso2.has(code)).length,
  }));
  const outside = states.filter((s) => !grouped.has(s.iso2));
  const outsideParties = outside.filter((s) => party(s)).map((s) => s.name);
  return {
    groups: counts,
    outside: { names: outside.map((s) => s.name), parties: outsideParties },
    total: counts.reduce((n, g) => n + g.parties, 0) + outsideParties.length,
  };
}
