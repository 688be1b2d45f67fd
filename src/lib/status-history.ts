/**
 * A state's statuses over a span of days, written into the page as a short string (`2022-12-09 signatory;2025-01-01
 * party`: its status on the first day, then each change) and read back in the browser. Reading never trusts its
 * input: a malformed history gives null.
 */
import { isRealDate } from "./real-date";
import { parseStatus } from "./map-status";
import { statusOn, type MembershipRecord, type Status } from "./membership";

/** Every day on which a state's status may change: the dates in its record. */
function recordDays(s: MembershipRecord): string[] {
  return [
    s.signed,
    s.signatureWithdrawn,
    s.deposited,
    s.depositWithdrawn,
    s.entryIntoForce,
    s.withdrawalNotified,
    s.withdrawalEffective,
    s.withdrawalRevoked,
  ].filter((d): d is string => d !== null);
}

/**
 * A state's statuses from `from` to `to`, as `day status` pairs joined by `;`, starting with its status
 * on `from`; null when it did not change in that span.
 */
export function statusHistory(s: MembershipRecord, from: string, to: string): string | null {
  const days = [from, ...recordDays(s).filter((d) => d > from && d <= to)].sort();
  const steps: string[] = [];
  let last: Status | null = null;
  for (const day of new Set(days)) {
    const status = statusOn(s, day);
    if (status !== last) steps.push(`${day} ${status}`);
    last = status;
  }
  return steps.length > 1 ? steps.join(";") : null;
}

/** One step of a history: the status from `day` on. */
export interface HistoryStep {
  day: string;
  status: Status;
}

/** The steps of a history, in order; null when any step is not a real day and a known status. */
export function parseHistory(history: string): HistoryStep[] | null {
  const steps: HistoryStep[] = [];
  for (const step of history.split(";")) {
    const [day = "", word = ""] = step.split(" ");
    const status = parseStatus(word);
    if (!isRealDate(day) || status === null) return null;
    steps.push({ day, status });
  }
  return steps;
}

/**
 * A country's status on `day` from its history. Null before the first entry or for a malformed history.
 */
export function statusAt(history: string, day: string): Status | null {
  let found: Status | null = null;
  for (const step of parseHistory(history) ?? []) {
    if (step.day > day) break;
    found = step.status;
  }
  return found;
}
