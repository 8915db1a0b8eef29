import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createReuseIndex, DEFAULT_REUSE_OPTIONS } from '../../../src/engine/reuse/index';
import { scanDocument } from '../../../src/engine/text/scan';
import type { DuplicateLink, PassageRef } from '../../../src/engine/types';

const texts = new Map<string, string>();

function doc(id: string, text: string) {
  texts.set(id, text);
  return scanDocument(id, text);
}

function slice(ref: PassageRef): string {
  return texts.get(ref.doc)!.slice(ref.start, ref.end);
}

function indexOf(...docs: Array<[string, string]>) {
  const index = createReuseIndex(DEFAULT_REUSE_OPTIONS);
  for (const [id, text] of docs) index.upsert(doc(id, text));
  return index;
}

const FILLER_A =
  'Farmers in the south reported a late harvest after weeks of rain. Local markets opened early on Saturday. ' +
  'The regional council plans to repair the bridge over the river before winter.';
const FILLER_B =
  'The city library will extend its opening hours during the exam season. A new cycling lane is due next spring. ' +
  'Residents complained about noise from the construction site near the station.';

const WIRE =
  'Under the treaty, Russia will station its new intermediate-range missile on Belarusian territory, and officials said the launch sites would be ready within months.';

describe('reuse index', () => {
  it('links a verbatim copy across documents as exact, with spans on the copied words', () => {
    const index = indexOf(['a.txt', `${FILLER_A}\n${WIRE}`], ['b.txt', `${WIRE}\n${FILLER_B}`]);
    const links = index.links();
    assert.equal(links.length, 1);
    const [link] = links;
    assert.equal(link.kind, 'exact');
    assert.equal(link.similarity, 1);
    assert.equal(slice(link.a), WIRE.slice(0, -1));
    assert.equal(slice(link.b), WIRE.slice(0, -1));
  });

  it('treats curly and straight quotes and apostrophes as the same character', () => {
    const straight = `Poland's foreign ministry called the deployment "a deliberate escalation" and said its troops would stay near the border.`;
    const curly = `Poland’s foreign ministry called the deployment “a deliberate escalation” and said its troops would stay near the border.`;
    const links = indexOf(['a.txt', `${FILLER_A}\n${straight}`], ['b.txt', `${curly}\n${FILLER_B}`]).links();
    assert.equal(links.length, 1);
    assert.equal(links[0].kind, 'exact');
    assert.match(slice(links[0].a), /^Poland's .* border$/);
    assert.match(slice(links[0].b), /^Poland’s .* border$/);
  });

  it('finds one passage when the copy is split across two paragraphs', () => {
    const first = 'Warsaw reacted within hours, and the foreign ministry summoned the ambassador for talks on Friday morning.';
    const second = 'Lithuania and Latvia said they would raise the issue with their allies at the next summit in the spring.';
    const links = indexOf(['a.txt', `${FILLER_A}\n${first} ${second}`], ['b.txt', `${first}\n\n${second}\n${FILLER_B}`]).links();
    assert.equal(links.length, 1);
    assert.ok(slice(links[0].b).includes('\n\n'), 'the copy spans the paragraph break');
    assert.ok(slice(links[0].b).startsWith('Warsaw') && slice(links[0].b).endsWith('spring'));
  });

  it('puts three copies of one sentence in one article into a single cluster', () => {
    const text = `${WIRE}\n${FILLER_A}\n${WIRE}\n${FILLER_B}\n${WIRE}`;
    const links = indexOf(['a.txt', text]).links();
    assert.equal(links.length, 3);
    assert.equal(new Set(links.map((l) => l.cluster)).size, 1);
    const passages = new Set(links.flatMap((l) => [l.a.start, l.b.start]));
    assert.equal(passages.size, 3);
    for (const l of links) assert.ok(l.a.end <= l.b.start, 'copies within one article never overlap');
  });

  it('does not link two different articles on the same story that share names', () => {
    const one =
      'President Vladimir Putin met Alexander Lukashenko in Minsk on Friday to discuss gas prices and a new loan. ' +
      'The Kremlin said the talks in Minsk were constructive. Lukashenko asked for cheaper fuel for Belarusian factories. ' +
      'Putin promised to consider the request before the end of the year.';
    const two =
      'Alexander Lukashenko told reporters in Minsk that Vladimir Putin would attend the military parade in Moscow next month. ' +
      'Belarusian state television showed footage of the two leaders at a hockey match. ' +
      'Opposition groups in Vilnius called the meeting a show staged for voters at home.';
    assert.deepEqual(indexOf(['a.txt', one], ['b.txt', two]).links(), []);
  });

  it('records a changed figure in an edited copy', () => {
    const source = 'Putin told reporters that the missile has a range of up to 2,000 kilometres and could be deployed in the second half of next year.';
    const copy = 'Putin told reporters that the missile has a range of up to 1,500 kilometres and could be deployed in the second half of next year.';
    const links = indexOf(['a.txt', `${FILLER_A}\n${source}`], ['b.txt', `${copy}\n${FILLER_B}`]).links();
    assert.equal(links.length, 1);
    const [link] = links;
    assert.equal(link.kind, 'edited');
    assert.ok(link.similarity > 0.9 && link.similarity < 1);
    assert.equal(link.changes?.length, 1);
    const change = link.changes![0];
    assert.equal(change.a.text, '2,000');
    assert.equal(change.b.text, '1,500');
    assert.equal(slice(change.a), '2,000');
    assert.equal(slice(change.b), '1,500');
  });

  it('links an edited copy with inserted and dropped words over its whole extent', () => {
    const source = 'The company said on Tuesday that it would close three factories in the north and move production to its plant near the coast.';
    const copy = 'The company confirmed on Tuesday that it would close the factories in the north of the country and move all production to its plant near the coast.';
    const links = indexOf(['a.txt', `${FILLER_A}\n${source}`], ['b.txt', `${copy}\n${FILLER_B}`]).links();
    assert.equal(links.length, 1);
    assert.equal(links[0].kind, 'edited');
    assert.match(slice(links[0].a), /^The company .* coast$/);
    assert.match(slice(links[0].b), /^The company .* coast$/);
  });

  it('links a restatement of the same content in other words', () => {
    const a = `${FILLER_A} The ministry approved the plan on Monday after a two-hour debate.`;
    const b = `On Monday, after two hours of debate, the plan won the ministry's approval. ${FILLER_B}`;
    const links = indexOf(['a.txt', a], ['b.txt', b]).links();
    assert.equal(links.length, 1);
    assert.equal(links[0].kind, 'restated');
    assert.equal(slice(links[0].a), 'The ministry approved the plan on Monday after a two-hour debate.');
    assert.equal(slice(links[0].b), "On Monday, after two hours of debate, the plan won the ministry's approval.");
  });

  it('marks a passage found in more than K documents as boilerplate and hides it by default', () => {
    const footer = 'For further updates on this and related topics, visit our main site.';
    const bodies = [FILLER_A, FILLER_B, WIRE, 'Prices rose sharply in March.', 'The team won the final.', 'Snow closed the pass.'];
    const docs = bodies.map((body, i): [string, string] => [`d${i}.txt`, `${body}\n${footer}`]);
    assert.deepEqual(indexOf(...docs).links(), []);
    const all = createReuseIndex({ ...DEFAULT_REUSE_OPTIONS, includeBoilerplate: true });
    for (const [id, text] of docs) all.upsert(doc(id, text));
    const links = all.links();
    assert.ok(links.length >= 5);
    assert.ok(links.every((l) => l.boilerplate === true));
    assert.equal(new Set(links.map((l) => l.cluster)).size, 1);
    // Five documents are not more than K = 5: the same footer is then an ordinary link.
    assert.ok(indexOf(...docs.slice(0, 5)).links().length > 0);
  });

  it('drops the old links of a document replaced by upsert', () => {
    const index = indexOf(['a.txt', `${FILLER_A}\n${WIRE}`], ['b.txt', `${WIRE}\n${FILLER_B}`]);
    assert.equal(index.links().length, 1);
    index.upsert(doc('b.txt', FILLER_B));
    assert.deepEqual(index.links(), []);
    index.upsert(doc('b.txt', `${FILLER_B}\n${WIRE}`));
    assert.equal(index.linksFor('b.txt').length, 1);
  });

  it('drops every link of a removed document', () => {
    const index = indexOf(['a.txt', `${FILLER_A}\n${WIRE}`], ['b.txt', `${WIRE}\n${FILLER_B}`], ['c.txt', `Snow closed the mountain pass on Sunday.\n${WIRE}`]);
    assert.equal(index.links().length, 3);
    index.remove('b.txt');
    const links = index.links();
    assert.equal(links.length, 1);
    assert.deepEqual(index.linksFor('b.txt'), []);
    assert.ok(links.every((l) => l.a.doc !== 'b.txt' && l.b.doc !== 'b.txt'));
  });

  it('gives the same links whatever the order documents were added in', () => {
    const docs: Array<[string, string]> = [
      ['a.txt', `${FILLER_A}\n${WIRE}`],
      ['b.txt', `${WIRE}\n${FILLER_B}`],
      ['c.txt', `Snow closed the mountain pass on Sunday.\n${WIRE.replace('months', 'weeks')}`],
    ];
    const forward = indexOf(...docs).links();
    const backward = indexOf(...[...docs].reverse()).links();
    assert.deepEqual(backward, forward);
    assert.equal(new Set(forward.map((l: DuplicateLink) => l.cluster)).size, 1);
  });

  it('updates incrementally to the same copies a fresh index finds', () => {
    const docs: Array<[string, string]> = [
      ['a.txt', `${FILLER_A}\n${WIRE}`],
      ['b.txt', `${WIRE.replace('months', 'weeks')}\n${FILLER_B}`],
      ['c.txt', `Snow closed the mountain pass on Sunday.\n${WIRE}\n${FILLER_A}`],
    ];
    const incremental = createReuseIndex(DEFAULT_REUSE_OPTIONS);
    for (const [id, text] of docs) {
      incremental.upsert(doc(id, text));
      assert.ok(incremental.links().every((l) => texts.has(l.a.doc) && texts.has(l.b.doc)));
    }
    assert.deepEqual(incremental.links(), indexOf(...docs).links());
  });
});

describe('reuse index on the seed articles', () => {
  const seedDir = join(__dirname, '../../../seeds');
  const seed = (prefix: string) => {
    const name = readdirSync(seedDir).find((f) => f.startsWith(prefix))!;
    return doc(name, readFileSync(join(seedDir, name), 'utf8'));
  };

  it('puts the first seed\'s opening statement and its many restatements into one cluster', () => {
    const index = createReuseIndex(DEFAULT_REUSE_OPTIONS);
    const d = seed('000_');
    index.upsert(d);
    const links = index.linksFor(d.id);
    const opening = d.text.indexOf('Belarus has officially finalized an agreement');
    const withOpening = links.filter((l) => l.a.start <= opening && opening < l.a.end);
    assert.ok(withOpening.length >= 1, 'the opening statement is linked');
    const cluster = withOpening[0].cluster;
    const passages = new Set(links.filter((l) => l.cluster === cluster).flatMap((l) => [slice(l.a), slice(l.b)]));
    const restatements = [...passages].filter((p) => /recent agreement between Belarus and Russia/i.test(p));
    assert.ok(restatements.length >= 4, `${restatements.length} restatements in the opening's cluster`);
  });

  it('links the second seed\'s opening to its summary further down', () => {
    const index = createReuseIndex(DEFAULT_REUSE_OPTIONS);
    const d = seed('002_');
    index.upsert(d);
    const summaryStart = d.text.indexOf('Key Features');
    const openingEnd = d.text.indexOf('Belarus Solidifies');
    const links = index.linksFor(d.id).filter((l) => l.a.end <= openingEnd && l.b.start >= summaryStart);
    assert.ok(links.length >= 1);
    assert.ok(links.some((l) => /ten (additional )?agreements/.test(slice(l.a)) && /ten agreements/.test(slice(l.b))));
  });
});
