import { strict as assert } from 'node:assert';
import { alignRanges } from '../../../src/engine/reuse/align';
import { createReuseIndex } from '../../../src/engine/reuse/index';
import { prepareDoc, shingleParams } from '../../../src/engine/reuse/prepare';
import { scanDocument } from '../../../src/engine/text/scan';
import type { DuplicateLink } from '../../../src/engine/types';

// Unrelated sentences around the pair, so that the pair's words are not the only words in the corpus.
const FILLER_A = 'The city library will extend its opening hours during the exam season. A new cycling lane is due next spring.';
const FILLER_B = 'Farmers in the south reported a late harvest after weeks of rain. Local markets opened early on Saturday.';

function linksBetween(a: string, b: string): Array<DuplicateLink & { textA: string; textB: string }> {
  const texts: Record<string, string> = { 'a.txt': `${FILLER_A} ${a}`, 'b.txt': `${b} ${FILLER_B}` };
  const index = createReuseIndex({});
  for (const [id, text] of Object.entries(texts)) index.upsert(scanDocument(id, text));
  return index.links().map((l) => ({ ...l, textA: texts[l.a.doc].slice(l.a.start, l.a.end), textB: texts[l.b.doc].slice(l.b.start, l.b.end) }));
}

describe('reuse: short copies and sentence frames', () => {
  describe('copies shorter than twice the minimum run', () => {
    it('does not link a stock phrase of a few words inside two different sentences', () => {
      const links = linksBetween(
        'Officials say the Nortek-10 missile has a launch weight of up to 4,100 kg when fully fuelled.',
        'According to the ministry, each Obrvar-10 missile has a launch weight of up to 900 kg, analysts said.',
      );
      assert.deepEqual(links, []);
    });

    it('does not link a run that goes from the end of one sentence into a heading', () => {
      const links = linksBetween(
        'The ferry will run twice a day, Anna Kesvar, a harbour master, told reporters.\n\n## Key figures\n\n| Village | What | Number | Contact |',
        'Prices doubled within a week, Ivan Dolany, a baker, told reporters.\n\n## Key figures\n\n| Village | What | Number | Contact |',
      );
      assert.deepEqual(links, []);
    });

    it('links a short sentence copied whole', () => {
      const links = linksBetween('The Luntekbroivka farmers union threw out the probe.', 'The Luntekbroivka farmers union threw out the probe.');
      assert.deepEqual(links.map((l) => [l.kind, l.textA]), [['exact', 'The Luntekbroivka farmers union threw out the probe']]);
    });

    it('links a recycled clause of a dozen words that keeps its names, inside two different sentences', () => {
      const links = linksBetween(
        'The recent agreement between Belarus and Russia to permit the deployment of Oreshnik ballistic missiles marks a significant escalation.',
        'Considering the recent agreement between Belarus and Russia concerning the deployment of Oreshnik ballistic missiles, diplomats must act.',
      );
      assert.equal(links.length, 1);
      assert.equal(links[0].kind, 'edited');
      assert.match(links[0].textB, /^the recent agreement between Belarus and Russia concerning the deployment of Oreshnik ballistic missiles$/);
    });

    it('does not link one frame about another subject inside two sentences', () => {
      const links = linksBetween(
        'Auditors in Velnorivka say budget papers put the unit cost of the Telobr-10 cargo aircraft at $5.7 billion.',
        'Budget papers put the unit cost of the Ostnor-10 cargo aircraft at $1.4 billion, a retired engineer said.',
      );
      assert.deepEqual(links, []);
    });

    it('does not link one short sentence frame filled in with another place and another detail', () => {
      const links = linksBetween(
        'I spent Tuesday in Dubkessokivka talking to opposition councillors about bagels.',
        'I spent Tuesday in Brorimovka talking to opposition councillors about boilers.',
      );
      assert.deepEqual(links, []);
    });

    it('does not link two sentences of one frame about one village that differ at both ends', () => {
      const links = linksBetween(
        'The lobster warehouse in Pekbroyn has sat half built since the pianists were seized.',
        'The sawmill yard in Pekbroyn has sat half built since the tractors ran out.',
      );
      assert.deepEqual(links, []);
    });

    it('does not link the end of one sentence and the start of the next, however long together', () => {
      const links = linksBetween(
        'Councillors spent the evening arguing about the pumping station in a row over pessimist delays. This month, the OSCE concluded the review of the port.',
        'The ferry operator was criticised by residents for the fish farm in a row over loner delays. This month, the OSCE concluded the talks on grain.',
      );
      assert.deepEqual(links, []);
    });

    it('does not call a copy a run that names a body in one text and leaves it out in the other', () => {
      const links = linksBetween(
        'On Friday evening, the housing board\'s cancellation of the rate rise covering bakeries surprised tenants.',
        'On Friday evening, the Velvelbelivka housing board\'s cancellation of the rate rise covering tram depots angered commuters.',
      );
      assert.deepEqual(links.filter((l) => l.kind !== 'restated'), []);
    });

    it('links a short sentence copied with only the name in front changed', () => {
      const links = linksBetween(
        'Jonas Volmirenko, a retired engineer, said candle fraud had hit 421 trucks in Brovirgorino in recent weeks.',
        'Dmytro Sarrybjasian, a retired engineer, said candle fraud had hit 421 trucks in Brovirgorino in recent weeks.',
      );
      assert.equal(links.length, 1);
      assert.match(links[0].textA, /^a retired engineer, said candle fraud .* in recent weeks$/);
    });
  });

  describe('restatement candidates that state parallel facts', () => {
    it('does not link one wording about another person, place and object', () => {
      const links = linksBetween(
        'Lukashenko is due in Hanhangorivka near Germany to inspect the regions on Tuesday, IMF officials say.',
        'Lukashenko is due in Pekzanovo near Dnipro to inspect the selloffs on Tuesday, IMF officials say.',
      );
      assert.deepEqual(links, []);
    });

    it('does not link two short sentences on one topic about two different places', () => {
      const links = linksBetween(
        'Jaspolpryany canal locks: approved until the throats arrive.',
        'The canal locks in Lunvarovka have been padlocked since the approvals arrived.',
      );
      assert.deepEqual(links, []);
    });

    it('still links a restatement that names a country once by its name and once by its adjective', () => {
      const links = linksBetween(
        'Ukrainian farmers harvested a record wheat crop this summer despite the war and the blocked ports.',
        'Despite the war and blocked ports, farmers in Ukraine brought in a record wheat harvest this summer.',
      );
      assert.deepEqual(links.map((l) => l.kind), ['restated']);
    });
  });

  describe('what the rules read', () => {
    it('marks the sentences of headings and table rows as labels', () => {
      const doc = scanDocument('x.md', '# Grain exports fall\n\nExports fell in May.\n\n| Port | Tonnes |\n|---|---:|\n| Odesa | 400 |\n');
      const prepared = prepareDoc(doc, 0, shingleParams(8));
      const labels = doc.sentences.map((s, i) => [doc.text.slice(s.start, s.end).trim(), prepared.sentenceLabel[i]]);
      assert.deepEqual(labels.filter(([, label]) => label === 0).map(([text]) => text), ['Exports fell in May.']);
      assert.ok(labels.length > 2);
    });

    it('counts the separate stretches of changed words in an alignment', () => {
      const a = prepareDoc(scanDocument('a', 'one two three four five six seven eight nine ten eleven twelve'), 0, shingleParams(8));
      const b = prepareDoc(scanDocument('b', 'one two tree four five six seven ate nine ten eleven twelve and more'), 1, shingleParams(8));
      const m = alignRanges(a, 0, 12, b, 0, 14);
      assert.deepEqual([m?.matches, m?.editRuns, m?.aStart, m?.aEnd], [10, 2, 0, 12]);
    });
  });
});
