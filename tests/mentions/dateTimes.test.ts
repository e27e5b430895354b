/**
 * Dates that chrono-node reads and dealwire learned to read without finding dates in ordinary news
 * text: spans shorter than a day after "for" ("wait for 5 minutes"), clock times ("at 10 a.m.",
 * "between 3:30-4:30pm") and a month name that is the whole text ("May").
 */
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { recognizeDates } from '../../src/mentions/date.js';
import { DateMention } from '../../src/schema/mention.js';
import { ExtractOptions, type ExtractOptionsInput } from '../../src/schema/options.js';
import { tokenize } from '../../src/tokenize/tokenize.js';

// 2024-03-28 is a Thursday.
const PUB = '2024-03-28';

function dates(text: string, options: ExtractOptionsInput = { publishedAt: PUB }) {
  const mentions = recognizeDates(tokenize(createDoc(text, ExtractOptions.parse(options))));
  for (const m of mentions) {
    expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
    expect(() => DateMention.parse(m)).not.toThrow();
  }
  return mentions.map((m) => [m.text, m.start, m.end, m.grain, m.rule]);
}

describe('"for" + a span shorter than a day, where the verb does not look back: the publication day', () => {
  it.each([
    ['Wait for 5 minutes.', 'for 5 minutes'],
    ['Set a timer for 5 minutes 30 seconds.', 'for 5 minutes 30 seconds'],
    ['Set a timer for 1 hour, 5 minutes, and 30 seconds.', 'for 1 hour, 5 minutes, and 30 seconds'],
    ['Trading in the shares will be suspended for two hours.', 'for two hours'],
  ])('%s', (text, found) => {
    expect(dates(text)).toEqual([[found, PUB, PUB, 'day', 'date.offset']]);
  });

  it.each([
    ['Trading in the shares was halted for 30 minutes.', 'past tense: a length of time'],
    ['The offer is open for 48 hours.', 'leaves the day'],
    ['The talks will go on for two years.', 'longer than a day: always a length'],
    ['The meeting is scheduled for 1900 hours local time.', 'a clock time, not 1900 hours'],
    ['Dock workers are stopping work for one hour per shift.', 'a rate'],
    ['They take a break for 30 minutes a day.', 'a rate'],
    ['He is running for a second term.', '"a second" is an ordinal'],
    ['She will rest for a few minutes.', 'no count written'],
  ])('%s (%s)', (text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('clock times: the publication day when nothing else in the sentence is a date', () => {
  it.each([
    ['between 3:30-4:30pm', '3:30-4:30pm'],
    ["between '3:30-4:30pm'", '3:30-4:30pm'],
    ['The board will meet at 10 a.m. to vote on the offer.', '10 a.m.'],
    ['The quake struck at about 2 A.M. local time.', '2 A.M.'],
    ['Talks broke up around 2 p.m. local time.', '2 p.m.'],
    ['Miyazawa is scheduled to arrive at 4.15 P.M. in Tokyo.', '4.15 P.M.'],
    ['The session runs from 9am to 5pm.', '9am to 5pm'],
  ])('%s', (text, found) => {
    expect(dates(text)).toEqual([[found, PUB, PUB, 'day', 'date.time']]);
  });

  it('beside a date the time adds nothing: only the date is read', () => {
    expect(dates('The offer expires at 5 p.m. EST on April 15.')).toEqual([['April 15', '2024-04-15', '2024-04-15', 'day', 'date.month-day']]);
    expect(dates('Shareholders will meet on Tuesday at 9 am.')).toEqual([['Tuesday', '2024-04-02', '2024-04-02', 'day', 'date.weekday']]);
    expect(dates('The strike began at 12:01 a.m. yesterday.')).toEqual([['yesterday', '2024-03-27', '2024-03-27', 'day', 'date.relative-day']]);
  });

  it.each([
    ['14PM', 'no such hour'],
    ['25:12', 'no am/pm'],
    ['The statement was issued at 1500 GMT.', 'a 24-hour time without am/pm'],
    ['Boston won 3:2 at home.', 'a score'],
    ['The exchange has a starting time of 7:20 a.m. CDT.', 'a schedule, no word placing an event'],
    ['The Boeing 747 fleet was grounded.', 'a model number'],
    ['The board declared a 3 for 2 split.', 'a split'],
    ['1987 net profit rose 5 pct.', 'a year in a table'],
  ])('%s (%s)', (text) => {
    expect(dates(text).filter((m) => m[4] === 'date.time' || m[4] === 'date.offset')).toEqual([]);
  });
});

describe('a month name that is the whole text is that month', () => {
  it.each([
    ['May', '2024-05-01'],
    ['March', '2024-03-01'],
    ['  June\n', '2024-06-01'],
  ])('%j', (text, start) => {
    expect(dates(text, { publishedAt: PUB, dates: { prefer: 'future' } }).map((m) => m.slice(0, 2))).toEqual([[text.trim(), start]]);
  });

  it.each(['May not be correct', 'Theresa May', 'may', 'mar', 'Jan', 'Mar'])('%j is no date', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
