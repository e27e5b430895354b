import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { recognizeOrganizations } from '../../src/mentions/organization.js';
import { canonicalizeOrganizations } from '../../src/normalize/canonicalName.js';
import { OrganizationMention } from '../../src/schema/mention.js';
import { ExtractOptions } from '../../src/schema/options.js';
import { tokenize } from '../../src/tokenize/tokenize.js';

const opts = ExtractOptions.parse({});

/** Recognition then canonicalization, as the pipeline runs them. */
function canon(text: string): OrganizationMention[] {
  const doc = tokenize(createDoc(text, opts));
  const ms = canonicalizeOrganizations(recognizeOrganizations(doc), doc);
  for (const m of ms) {
    OrganizationMention.parse(m);
    expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  }
  return ms;
}

/** Distinct "text -> canonical (parent)" lines, in order of first appearance. */
function pairs(ms: readonly OrganizationMention[]): string[] {
  return [...new Set(ms.map((m) => `${m.text.replace(/\s+/g, ' ')} -> ${m.canonical}${m.parent ? ` (${m.parent})` : ''}`))];
}

describe('canonicalizeOrganizations: the seed article', () => {
  it('gives exactly these (text, canonical) pairs', () => {
    const text = readFileSync(new URL('../../corpus/amazon-anthropic-2024-03.txt', import.meta.url), 'utf8');
    const ms = canon(text);
    expect(new Set(ms.map((m) => JSON.stringify([m.text, m.canonical])))).toEqual(
      new Set(
        [
          ['Amazon', 'Amazon'],
          ['Anthropic', 'Anthropic'],
          ['Amazon Web Services', 'Amazon Web Services'],
          ['AWS', 'Amazon Web Services'],
          ['OpenAI', 'OpenAI'],
          ['Google', 'Google'],
          ['Mistral', 'Mistral'],
          ['Microsoft', 'Microsoft'],
          ['Apple', 'Apple'],
        ].map((p) => JSON.stringify(p)),
      ),
    );
    for (const m of ms) {
      if (m.canonical === 'Amazon Web Services') expect(m.parent).toBe('Amazon');
      else expect(m.parent).toBeUndefined();
    }
  });
});

describe('canonicalizeOrganizations: one name per organization', () => {
  it('joins suffix variants under the name without its legal form', () => {
    const ms = canon('The Boeing Company said on Monday that Boeing Co would bid. Boeing declined to comment.');
    expect(pairs(ms)).toEqual(['Boeing Company -> Boeing', 'Boeing Co -> Boeing', 'Boeing -> Boeing']);
    expect(pairs(canon('Corvane Holdings Ltd and Dixons Group Plc hired Morgan Stanley & Co Inc and Vexilla, Inc.'))).toEqual([
      'Corvane Holdings Ltd -> Corvane Holdings',
      'Dixons Group Plc -> Dixons Group',
      'Morgan Stanley & Co Inc -> Morgan Stanley',
      'Vexilla, Inc. -> Vexilla',
    ]);
  });

  it('keeps the legal form when the rest is a generic word', () => {
    expect(pairs(canon('Financial Corp said it agreed to buy Norland Bank.'))).toContain('Financial Corp -> Financial Corp');
  });

  it('strips possessives from the text and the canonical', () => {
    const ms = canon('Orlen Corp said it would bid. Orlen’s board agreed.');
    expect(pairs(ms)).toEqual(['Orlen Corp -> Orlen', 'Orlen -> Orlen']);
  });

  it('joins an acronym defined in the text with its full name', () => {
    const ms = canon('Pacific Rim Logistics Corp (PRL) agreed to the merger. Later, PRL said it was done.');
    expect(pairs(ms)).toEqual(['Pacific Rim Logistics Corp -> Pacific Rim Logistics', 'PRL -> Pacific Rim Logistics']);
  });

  it('joins a short form used after the full name', () => {
    const ms = canon('Granite Valley Systems Inc said it sold a unit. Granite Valley said the price was fair.');
    expect(pairs(ms)).toEqual(['Granite Valley Systems Inc -> Granite Valley Systems', 'Granite Valley -> Granite Valley Systems']);
  });

  it('joins capitals headline forms with the body and prefers the ordinary spelling', () => {
    const ms = canon("KESTREL MINING SAYS BRITAIN'S CASTLEMERE MAY BID\nKestrel Mining Ltd <KSTL.S> said Castlemere Plc may bid.");
    expect(pairs(ms)).toEqual([
      'KESTREL MINING -> Kestrel Mining',
      'CASTLEMERE -> Castlemere',
      'Kestrel Mining Ltd -> Kestrel Mining',
      'Castlemere Plc -> Castlemere',
    ]);
  });

  it('title-cases a name seen only in capitals, and keeps short acronyms', () => {
    const m = (text: string): OrganizationMention => ({ text, span: [0, text.length], canonical: text, rule: 'organization/suffix' });
    expect(canonicalizeOrganizations([m('COMPUTER TERMINAL SYSTEMS INC')])[0]!.canonical).toBe('Computer Terminal Systems');
    expect(canonicalizeOrganizations([m('DIXONS GROUP PLC')])[0]!.canonical).toBe('Dixons Group');
    expect(canonicalizeOrganizations([m('IBM')])[0]!.canonical).toBe('IBM');
    expect(canonicalizeOrganizations([m('NVIDIA CORP')])[0]!.canonical).toBe('Nvidia');
  });

  it('joins lexicon short forms and punctuation variants', () => {
    const ms = canon('International Business Machines Corp said IBM would buy J.P. Morgan shares from JP Morgan.');
    expect(pairs(ms)).toEqual([
      'International Business Machines Corp -> International Business Machines',
      'IBM -> International Business Machines',
      'J.P. Morgan -> J.P. Morgan',
      'JP Morgan -> J.P. Morgan',
    ]);
  });

  it('joins a listed short form with the fuller name the article uses', () => {
    const ms = canon('Mistral AI raised money. Mistral said Amazon.com Inc and Amazon agreed.');
    expect(pairs(ms)).toEqual([
      'Mistral AI -> Mistral AI',
      'Mistral -> Mistral AI',
      'Amazon.com Inc -> Amazon.com',
      'Amazon -> Amazon.com',
    ]);
  });

  it('joins a company and an acronym of its name\'s initials, when only one name fits', () => {
    const ms = canon('Tamsin Southwest Airlines Inc said its pilots agreed. Marlow Group said its purchase of TSA needs approval.');
    expect(pairs(ms)).toContain('TSA -> Tamsin Southwest Airlines');
  });

  it('leaves an acronym alone when two names of the article fit it', () => {
    const ms = canon('Tamsin Southwest Airlines Inc and Tarragon Steel Alloys Corp said TSA would buy more planes.');
    expect(pairs(ms).find((p) => p.startsWith('TSA'))).toBe('TSA -> TSA');
  });

  it('keeps different organizations apart', () => {
    const ms = canon('Chrysler Corp and Ford Motor Co both bid for Orlen Corp.');
    expect(new Set(ms.map((m) => m.canonical))).toEqual(new Set(['Chrysler', 'Ford Motor', 'Orlen']));
  });
});

describe('canonicalizeOrganizations: parents', () => {
  it('reads "its unit X", "X, a subsidiary of Y" and "Y\'s X unit"', () => {
    expect(pairs(canon('Orlen Corp said its unit Baxley Tools Inc was sold.'))).toEqual([
      'Orlen Corp -> Orlen',
      'Baxley Tools Inc -> Baxley Tools (Orlen)',
    ]);
    expect(pairs(canon('Tamsin Holdings N.V., a wholly owned subsidiary of Corvane Group Plc, agreed.'))).toEqual([
      'Tamsin Holdings N.V. -> Tamsin Holdings (Corvane Group)',
      'Corvane Group Plc -> Corvane Group',
    ]);
    expect(pairs(canon("Castlemere Plc's Halvorsen Pumps Inc unit said it would expand."))).toEqual([
      'Castlemere Plc -> Castlemere',
      'Halvorsen Pumps Inc -> Halvorsen Pumps (Castlemere)',
    ]);
  });

  it('makes a name that extends another organization of the article its subsidiary', () => {
    const ms = canon('General Motors Corp said its finance arm, General Motors Acceptance Corp, raised funds.');
    expect(pairs(ms)).toEqual([
      'General Motors Corp -> General Motors',
      'General Motors Acceptance Corp -> General Motors Acceptance (General Motors)',
    ]);
  });

  it('uses the lexicon for known subsidiaries even without the parent in the text', () => {
    expect(pairs(canon('YouTube said it would expand.'))).toEqual(['YouTube -> YouTube (Google)']);
  });

  it('works without the Doc, from the names alone', () => {
    const doc = tokenize(createDoc('Amazon said Amazon Web Services (AWS) grew. AWS hired.', opts));
    const ms = canonicalizeOrganizations(recognizeOrganizations(doc));
    expect(pairs(ms)).toEqual([
      'Amazon -> Amazon',
      'Amazon Web Services -> Amazon Web Services (Amazon)',
      'AWS -> Amazon Web Services (Amazon)',
    ]);
    expect(canonicalizeOrganizations([])).toEqual([]);
  });
});

describe('canonicalizeOrganizations: public bodies', () => {
  it('joins a body and the acronym of its name, and keeps the kind on every mention', () => {
    const ms = canon('Tamsin Ltd told the Securities and Exchange Commission it bought shares. The SEC and the MGCB, the Marlow Gaming Control Board, agreed.');
    expect(pairs(ms)).toEqual([
      'Tamsin Ltd -> Tamsin',
      'Securities and Exchange Commission -> Securities and Exchange Commission',
      'SEC -> Securities and Exchange Commission',
      'MGCB -> Marlow Gaming Control Board',
      'Marlow Gaming Control Board -> Marlow Gaming Control Board',
    ]);
    expect(ms.filter((m) => m.kind === 'public_body').map((m) => m.text)).toEqual([
      'Securities and Exchange Commission',
      'SEC',
      'MGCB',
      'Marlow Gaming Control Board',
    ]);
  });

  it('gives a body no short forms and no company for a parent', () => {
    const ms = canon('The Senate passed it. The Senate Banking Committee and Senate Oil Corp disagreed.');
    expect(pairs(ms)).toEqual(['Senate -> Senate', 'Senate Banking Committee -> Senate Banking Committee', 'Senate Oil Corp -> Senate Oil']);
    expect(ms.map((m) => m.kind ?? 'company')).toEqual(['public_body', 'public_body', 'company']);
  });
});

describe('canonicalizeOrganizations: forms and units written apart', () => {
  it('drops a legal form written in lower case and prefers the form written as a name', () => {
    expect(pairs(canon('Veltro Corp said it acquired Kelso time corp for cash. Kelso Time sells watches.'))).toEqual([
      'Veltro Corp -> Veltro',
      'Kelso time corp -> Kelso Time',
      'Kelso Time -> Kelso Time',
    ]);
  });

  it('reads no parent from a named division of another company in a list', () => {
    const listed = canon('Veltro Corp said it bought units from Halvard Consultants Inc, the Patrol Division of Norvane Services Inc, and Bexley Inc.');
    expect(listed.find((m) => m.text === 'Halvard Consultants Inc')?.parent).toBeUndefined();
    const described = canon('Veltro Corp said it bought Halvard Consultants Inc, the patrol division of Norvane Services Inc.');
    expect(described.find((m) => m.text === 'Halvard Consultants Inc')?.parent).toBe('Norvane Services');
  });
});
