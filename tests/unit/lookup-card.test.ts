/**
 * The lookup card's sentences, exactly as a reader gets them, for the days the story turns on and for every premise
 * a day can have: before the Statute existed, before it was in force, before it was in force for the state, before
 * the warrant, with a notice of withdrawal, today, and days still to come. Then every state on every deciding day,
 * for sentences that are whole and in the right tense.
 */
import { describe, expect, it } from "vitest";
import { buildCard, type Card, type LookupCountry } from "../../src/lib/lookup-card";
import { en } from "./edition-t";
import { WARRANT_ISSUED } from "../../src/lib/story";
import { countrySlug } from "../../src/lib/country-name";
import { addDays, treatyDates, type TreatyAction } from "../../src/lib/treaty";
import { lookupTrips, occupiedVisits } from "../../src/lib/lookup-data";
import { isParty, statusOn } from "../../src/lib/membership";
import { loadEvents, loadStates, loadTrips } from "./content-data";

const NOW = "2026-12-01";
const states = loadStates();
const events = loadEvents();
const trips = lookupTrips(loadTrips(states), events);
const occupied = occupiedVisits(events);
const country = (code: string): LookupCountry => {
  const s = states.find((x) => x.iso2 === code);
  if (!s) throw new Error(`no ${code}`);
  return { ...s, slug: countrySlug(s) };
};
const card = (code: string, day: string) => buildCard(en, country(code), day, NOW, trips, occupied);

/** What a reader reads, in order: the question, the answer with its grounds, the duty, the day's visit. */
const read = (c: Card) => ({
  question: c.question,
  answer: [c.answer, ...c.details].join(" "),
  duty: c.duty,
  onTheDay: c.onTheDay?.text ?? null,
});

const NO_WARRANT = (name: string) =>
  `There was no ICC warrant for Putin yet: it was issued on 17 March 2023, so ${name} had no duty concerning him.`;
const MUST_PAST =
  "As a State Party, it had to arrest Putin if he entered its territory and surrender him to the Court (Articles 86 and 89).";
const MUST_FUTURE =
  "If nothing changes, as a State Party it will have to arrest Putin if he enters its territory and surrender him to the Court (Articles 86 and 89).";

describe("the days the story turns on", () => {
  it.each([
    [
      "Hungary on 1 January 1990: the Statute did not exist yet",
      "HU",
      "1990-01-01",
      {
        question: "Was Hungary a State Party on 1 January 1990?",
        answer: "No: on 1 January 1990, the Rome Statute did not exist yet. It was adopted on 17 July 1998.",
        duty: NO_WARRANT("Hungary"),
        onTheDay: null,
      },
    ],
    [
      "Hungary in March 2002: ratified, but the Statute not yet in force for anyone",
      "HU",
      "2002-03-01",
      {
        question: "Was Hungary a State Party on 1 March 2002?",
        answer:
          "No: on 1 March 2002, the Rome Statute was not yet in force; it entered into force on 1 July 2002. Hungary had signed it on 15 January 1999 and ratified it on 30 November 2001; it became bound on 1 July 2002.",
        duty: NO_WARRANT("Hungary"),
        onTheDay: null,
      },
    ],
    [
      "Mongolia in 2002: a party, but there was no warrant",
      "MN",
      "2002-09-01",
      {
        question: "Was Mongolia a State Party on 1 September 2002?",
        answer: "Yes: on 1 September 2002, Mongolia was a State Party to the Rome Statute.",
        duty: NO_WARRANT("Mongolia"),
        onTheDay: null,
      },
    ],
    [
      "Kyrgyzstan in 2002: a signatory, and there was no warrant",
      "KG",
      "2002-09-01",
      {
        question: "Was Kyrgyzstan a State Party on 1 September 2002?",
        answer:
          "No: on 1 September 2002, Kyrgyzstan was not a State Party. It had signed the Rome Statute on 8 December 1998 but had not ratified it.",
        duty: NO_WARRANT("Kyrgyzstan"),
        onTheDay: null,
      },
    ],
    [
      "Kyrgyzstan on 12 October 2023: a signatory, not bound, and he arrived that day",
      "KG",
      "2023-10-12",
      {
        question: "Was Kyrgyzstan a State Party on 12 October 2023?",
        answer:
          "No: on 12 October 2023, Kyrgyzstan was not a State Party. It had signed the Rome Statute on 8 December 1998 but had not ratified it.",
        duty: "It was not bound to arrest Putin: a signature alone creates no duty to carry out the Court's warrants.",
        onTheDay:
          "Putin arrived in Kyrgyzstan that day for a visit to Bishkek and Kant (12–13 October 2023), his first foreign trip since the warrant.",
      },
    ],
    [
      "Mongolia on 2 September 2024: a party that had to arrest him, the day he arrived",
      "MN",
      "2024-09-02",
      {
        question: "Was Mongolia a State Party on 2 September 2024?",
        answer: "Yes: on 2 September 2024, Mongolia was a State Party to the Rome Statute.",
        duty: MUST_PAST,
        onTheDay:
          "Putin arrived in Mongolia that day for a visit to Ulaanbaatar (2–3 September 2024), his first to a State Party since the warrant. Mongolia did not arrest him.",
      },
    ],
    [
      "Hungary on 1 September 2025: withdrawing, still bound",
      "HU",
      "2025-09-01",
      {
        question: "Was Hungary a State Party on 1 September 2025?",
        answer:
          "Yes: on 1 September 2025, Hungary was a State Party to the Rome Statute, though withdrawing. It had given notice of withdrawal on 2 June 2025, due to take effect on 2 June 2026, and was bound until then. It withdrew that notice on 29 May 2026, before it took effect, and remained a State Party.",
        duty: MUST_PAST,
        onTheDay: null,
      },
    ],
    [
      "Mongolia on 1 January 2031: if nothing changes",
      "MN",
      "2031-01-01",
      {
        question: "Will Mongolia be a State Party on 1 January 2031?",
        answer: "Yes, if nothing changes: on 1 January 2031, Mongolia will still be a State Party to the Rome Statute.",
        duty: MUST_FUTURE,
        onTheDay: null,
      },
    ],
    [
      "Kyrgyzstan on 1 January 2031: if nothing changes",
      "KG",
      "2031-01-01",
      {
        question: "Will Kyrgyzstan be a State Party on 1 January 2031?",
        answer:
          "No, if nothing changes: on 1 January 2031, Kyrgyzstan will not be a State Party. It signed the Rome Statute on 8 December 1998 but has not ratified it.",
        duty: "If nothing changes, it will not be bound to arrest Putin: a signature alone creates no duty to carry out the Court's warrants.",
        onTheDay: null,
      },
    ],
    [
      "the United States on 1 January 2031: 'the', and a withdrawn signature",
      "US",
      "2031-01-01",
      {
        question: "Will the United States be a State Party on 1 January 2031?",
        answer:
          "No, if nothing changes: on 1 January 2031, the United States will not be a State Party. It signed the Rome Statute on 31 December 2000, and on 6 May 2002 told the UN it does not intend to become a party.",
        duty: "If nothing changes, it will not be bound to arrest Putin: the Rome Statute's duties fall on its States Parties.",
        onTheDay: null,
      },
    ],
    [
      "Hungary today: a party again after withdrawing its notice",
      "HU",
      NOW,
      {
        question: "Is Hungary a State Party today?",
        answer:
          "Yes: today, Hungary is a State Party to the Rome Statute. It gave notice of withdrawal on 2 June 2025 but withdrew that notice on 29 May 2026, before it took effect.",
        duty: "As a State Party, it must arrest Putin if he enters its territory and surrender him to the Court (Articles 86 and 89).",
        onTheDay: null,
      },
    ],
    [
      "Kyrgyzstan today",
      "KG",
      NOW,
      {
        question: "Is Kyrgyzstan a State Party today?",
        answer:
          "No: today, Kyrgyzstan is not a State Party. It signed the Rome Statute on 8 December 1998 but has not ratified it.",
        duty: "It is not bound to arrest Putin: a signature alone creates no duty to carry out the Court's warrants.",
        onTheDay: null,
      },
    ],
    [
      "Armenia on 1 January 2024: ratified, not yet in force for it",
      "AM",
      "2024-01-01",
      {
        question: "Was Armenia a State Party on 1 January 2024?",
        answer:
          "No: on 1 January 2024, Armenia was not yet a State Party. It had ratified the Rome Statute on 14 November 2023, and the Statute entered into force for it on 1 February 2024.",
        duty: "It was not yet bound to arrest Putin: its duties began only once the Statute entered into force for it.",
        onTheDay: null,
      },
    ],
    [
      "Armenia on 12 October 2023: a signatory then, a party later",
      "AM",
      "2023-10-12",
      {
        question: "Was Armenia a State Party on 12 October 2023?",
        answer:
          "No: on 12 October 2023, Armenia was not a State Party. It had signed the Rome Statute on 1 October 1999 but had not ratified it. It ratified the Rome Statute later, on 14 November 2023, and became a State Party on 1 February 2024.",
        duty: "It was not bound to arrest Putin: a signature alone creates no duty to carry out the Court's warrants.",
        onTheDay: null,
      },
    ],
    [
      "Malaysia on 1 April 2019: an accession it took back before it took effect",
      "MY",
      "2019-04-01",
      {
        question: "Was Malaysia a State Party on 1 April 2019?",
        answer:
          "No: on 1 April 2019, Malaysia was not yet a State Party. It had acceded to the Rome Statute on 4 March 2019, but withdrew its accession on 29 April 2019, before the Statute entered into force for it.",
        duty: NO_WARRANT("Malaysia"),
        onTheDay: null,
      },
    ],
    [
      "Burundi in 2018: its withdrawal had taken effect",
      "BI",
      "2018-01-01",
      {
        question: "Was Burundi a State Party on 1 January 2018?",
        answer:
          "No: on 1 January 2018, Burundi was no longer a State Party. Its withdrawal had taken effect on 27 October 2017.",
        duty: NO_WARRANT("Burundi"),
        onTheDay: null,
      },
    ],
    [
      "the Philippines today: a former party, and 'the'",
      "PH",
      NOW,
      {
        question: "Is the Philippines a State Party today?",
        answer: "No: today, the Philippines is no longer a State Party. Its withdrawal took effect on 17 March 2019.",
        duty: "It is no longer bound by the Statute's duty to arrest for conduct after its withdrawal took effect.",
        onTheDay: null,
      },
    ],
    [
      "Russia on the day of the warrant",
      "RU",
      WARRANT_ISSUED,
      {
        question: "Was Russia a State Party on 17 March 2023?",
        answer:
          "No: on 17 March 2023, Russia was not a State Party. It had signed the Rome Statute on 13 September 2000, and on 30 November 2016 told the UN it did not intend to become a party.",
        duty: "It was not bound to arrest Putin: the Rome Statute's duties fall on its States Parties.",
        onTheDay: null,
      },
    ],
    [
      "Ukraine the day after the warrant, when he went to occupied Sevastopol",
      "UA",
      "2023-03-18",
      {
        question: "Was Ukraine a State Party on 18 March 2023?",
        answer:
          "No: on 18 March 2023, Ukraine was not a State Party. It had signed the Rome Statute on 20 January 2000 but had not ratified it. It ratified the Rome Statute later, on 25 October 2024, and became a State Party on 1 January 2025.",
        duty: "It was not bound to arrest Putin: a signature alone creates no duty to carry out the Court's warrants.",
        onTheDay: "Putin was in occupied territory that day.",
      },
    ],
    [
      "China today",
      "CN",
      NOW,
      {
        question: "Is China a State Party today?",
        answer: "No: today, China is not a State Party and has not signed the Rome Statute.",
        duty: "It is not bound to arrest Putin: the Rome Statute's duties fall on its States Parties.",
        onTheDay: null,
      },
    ],
    [
      "Tajikistan, a party, in the middle of his visit",
      "TJ",
      "2025-10-09",
      {
        question: "Was Tajikistan a State Party on 9 October 2025?",
        answer: "Yes: on 9 October 2025, Tajikistan was a State Party to the Rome Statute.",
        duty: MUST_PAST,
        onTheDay:
          "Putin was in Tajikistan that day, on a visit to Dushanbe (8–10 October 2025). Tajikistan did not arrest him.",
      },
    ],
    [
      "the United States on the day of the Alaska summit",
      "US",
      "2025-08-15",
      {
        question: "Was the United States a State Party on 15 August 2025?",
        answer:
          "No: on 15 August 2025, the United States was not a State Party. It had signed the Rome Statute on 31 December 2000, and on 6 May 2002 told the UN it did not intend to become a party.",
        duty: "It was not bound to arrest Putin: the Rome Statute's duties fall on its States Parties.",
        onTheDay: "Putin visited Anchorage that day.",
      },
    ],
  ])("%s", (_, code, day, expected) => {
    expect(read(card(code, day))).toEqual(expected);
  });

  it("links the Mongolia trip's timeline entry and says what followed, from the timeline", () => {
    expect(card("MN", "2024-09-02").onTheDay).toEqual({
      text: expect.any(String) as string,
      link: { text: "The trip on the timeline", href: "/timeline/2024-09-02-putin-visits-mongolia/" },
      later: [
        {
          text: "24 October 2024: ICC judges find Mongolia failed to arrest Putin",
          href: "/timeline/2024-10-24-mongolia-non-compliance-finding/",
        },
      ],
    });
  });

  it("tells Ukraine and Russia of his visits to occupied territory, and Russia that it is his own country", () => {
    const visit = {
      text: "18–19 March 2023: Putin visits occupied Sevastopol and Mariupol, the day after the warrant",
      href: "/timeline/2023-03-18-putin-visits-sevastopol-mariupol/",
    };
    const ua = card("UA", NOW);
    expect(ua.visitsIntro).toBe("This site records no foreign trip by Putin to Ukraine since the warrant.");
    expect(ua.occupied).toEqual([visit]);
    const ru = card("RU", NOW);
    expect(ru.visitsIntro).toBe("Russia is Putin's own country: the trips this site records are foreign ones.");
    expect(ru.occupied).toEqual([visit]);
    expect(card("UA", "2023-03-18").onTheDay?.link).toEqual({
      text: "Putin visits occupied Sevastopol and Mariupol, the day after the warrant",
      href: visit.href,
    });
    expect(card("KG", NOW).occupied).toEqual([]);
  });

  it("gives the UN's name beside the common one only where they differ", () => {
    expect(card("BO", NOW)).toMatchObject({ name: "Bolivia", unName: "Bolivia (Plurinational State of)" });
    expect(card("KG", NOW).unName).toBeNull();
    expect(card("NL", NOW).more).toEqual({
      text: "Everything about the Netherlands",
      href: "/countries/netherlands/",
    });
  });
});

describe("days still to come, with a record that changes after today", () => {
  const SOURCE = "https://treaties.un.org/";
  const make = (actions: Omit<TreatyAction, "source">[]): LookupCountry => ({
    iso2: "ZZ",
    name: "Testland",
    slug: "testland",
    ...treatyDates(actions.map((a) => ({ ...a, source: SOURCE }))),
  });
  // A party that gave notice on 1 June 2026: its withdrawal takes effect on 1 June 2027.
  const leaving = make([
    { type: "signature", date: "1998-07-18" },
    { type: "ratification", date: "2001-01-01" },
    { type: "withdrawal", date: "2026-06-01" },
  ]);
  // A state that ratified on 15 November 2026: the Statute enters into force for it on 1 February 2027.
  const joining = make([{ type: "ratification", date: "2026-11-15" }]);

  it.each([
    [
      "a pending withdrawal, today",
      leaving,
      NOW,
      "Yes: today, Testland is a State Party to the Rome Statute, though withdrawing. It gave notice of withdrawal on 1 June 2026, due to take effect on 1 June 2027, and is bound until then.",
    ],
    [
      "a pending withdrawal, before its due date",
      leaving,
      "2027-01-01",
      "Yes, if nothing changes: on 1 January 2027, Testland will still be a State Party to the Rome Statute, though withdrawing. It gave notice of withdrawal on 1 June 2026, due to take effect on 1 June 2027, and is bound until then.",
    ],
    [
      "a pending withdrawal, after its due date",
      leaving,
      "2031-01-01",
      "No, if nothing changes: on 1 January 2031, Testland will no longer be a State Party. It gave notice of withdrawal on 1 June 2026, due to take effect on 1 June 2027.",
    ],
    [
      "a ratification not yet in force, today",
      joining,
      NOW,
      "No: today, Testland is not yet a State Party. It ratified the Rome Statute on 15 November 2026, and the Statute enters into force for it on 1 February 2027.",
    ],
    [
      "a ratification not yet in force, on a day after it will be",
      joining,
      "2031-01-01",
      "Yes, if nothing changes: on 1 January 2031, Testland will be a State Party to the Rome Statute. It ratified the Rome Statute on 15 November 2026, and the Statute enters into force for it on 1 February 2027.",
    ],
  ])("%s", (_, record, day, expected) => {
    const c = buildCard(en, record, day, NOW, [], []);
    expect([c.answer, ...c.details].join(" ")).toBe(expected);
  });

  it("never states a day to come as fact", () => {
    for (const record of [leaving, joining]) {
      for (const day of ["2027-01-01", "2027-06-01", "2031-01-01"]) {
        const c = buildCard(en, record, day, NOW, [], []);
        expect(c.question).toMatch(/^Will /);
        expect(c.answer).toMatch(/^(Yes|No), if nothing changes: /);
        expect(c.duty).toMatch(/^If nothing changes, /);
      }
    }
  });
});

describe("every state, on every day that decides something", () => {
  const dates = (s: (typeof states)[number]) =>
    [s.signed, s.signatureWithdrawn, s.deposited, s.depositWithdrawn, s.entryIntoForce, s.withdrawalNotified]
      .concat([s.withdrawalEffective, s.withdrawalRevoked])
      .flatMap((d) => (d === null ? [] : [addDays(d, -1), d, addDays(d, 1)]));
  const COMMON = ["1990-01-01", "1998-07-17", "2000-06-01", "2002-06-30", "2002-07-01", "2010-01-01"].concat([
    "2023-03-16",
    WARRANT_ISSUED,
    "2023-10-12",
    "2024-09-02",
    "2025-09-01",
    NOW,
    "2031-01-01",
  ]);

  it("answers in whole sentences, in the day's tense, yes exactly when the state was bound", () => {
    const bad: string[] = [];
    for (const s of states) {
      for (const day of new Set([...COMMON, ...dates(s)])) {
        const c = card(s.iso2, day);
        const sentences = [c.question, c.answer, ...c.details, c.duty, c.onTheDay?.text ?? "", c.visitsIntro];
        const say = (why: string) => bad.push(`${s.iso2} ${day}: ${why}`);
        for (const text of sentences.filter((t) => t !== "")) {
          if (!/^[A-Z]/.test(text) || !/[.?:]$/.test(text)) say(`not a whole sentence: “${text}”`);
          if (/undefined|null|NaN|Invalid|\s{2}|\s[,.;:]|\(\)/.test(text)) say(`a broken part: “${text}”`);
        }
        const yes = isParty(statusOn(s, day)) && day >= "2002-07-01";
        if (c.answer.startsWith("Yes") !== yes) say(`answers “${c.answer}” for status ${statusOn(s, day)}`);
        if (day < NOW) {
          if (/\b(is|must|will|enters)\b/.test([c.answer, c.duty].join(" ")))
            say(`a past day in another tense: ${c.answer} ${c.duty}`);
        } else if (day > NOW && !/if nothing changes/.test(c.answer)) say(`a day to come stated as fact: ${c.answer}`);
        if (day < WARRANT_ISSUED && !c.duty.startsWith("There was no ICC warrant for Putin yet"))
          say(`a duty before the warrant: ${c.duty}`);
        if (day < "1998-07-17" && !c.answer.includes("did not exist yet"))
          say(`a status before the Statute: ${c.answer}`);
        if (!c.question.includes(s.name)) say(`a question without the name: ${c.question}`);
      }
    }
    expect(bad.slice(0, 20), `${String(bad.length)} problems`).toEqual([]);
  });
});
