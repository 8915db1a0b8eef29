import { strict as assert } from 'node:assert';
import { mergeScores, scoreEntities } from '../../eval/score-entities';
import { article, mention, report } from './fixtures';

describe('eval entity scoring', () => {
  // Synthetic offsets: the scorer works on spans only, the text itself is not needed.
  const gold = [
    article('a.txt', [
      mention('Vladimir Putin', 0, 'person', 'Vladimir Putin'),
      mention('Lukashenko', 18, 'person', 'Alexander Lukashenko'),
      mention('Putin', 30, 'person', 'Vladimir Putin'),
      mention('West', 40, 'place', 'West', true),
    ]),
  ];

  it('separates exact from overlap matches and checks types', () => {
    const scores = scoreEntities(
      gold,
      report({
        documents: [
          {
            path: './a.txt',
            entities: [
              { start: 9, end: 14, type: 'person', entity: 'p:putin' }, // overlaps "Vladimir Putin" only
              { start: 18, end: 28, type: 'place', entity: 'x:luk' }, // right span, wrong type
              { start: 30, end: 35, type: 'person', entity: 'p:putin' }, // exact
            ],
            claims: [],
          },
        ],
      }),
    );
    assert.equal(scores.exact.all.tp, 1);
    assert.equal(scores.overlap.all.tp, 2);
    assert.equal(scores.overlap.all.gold, 3, 'the optional mention is not counted');
    assert.equal(scores.overlap.person.predicted, 2);
    assert.equal(scores.untypedOverlap.tp, 3);
    assert.ok(Math.abs(scores.overlap.all.precision - 2 / 3) < 1e-9);
  });

  it('neither rewards nor penalises a prediction on an optional mention', () => {
    const withOptional = scoreEntities(
      gold,
      report({ documents: [{ path: 'a.txt', entities: [{ start: 40, end: 44, type: 'place', entity: 'x' }], claims: [] }] }),
    );
    assert.equal(withOptional.exact.all.predicted, 0);
    assert.equal(withOptional.exact.all.tp, 0);
  });

  it('scores alias merges pairwise', () => {
    // Two Putin mentions split over two ids, one wrong merge of Lukashenko into Putin's id.
    const split = mergeScores([
      { goldName: 'putin', predId: 'a' },
      { goldName: 'putin', predId: 'b' },
      { goldName: 'luk', predId: 'b' },
    ]);
    assert.equal(split.recall, 0);
    assert.equal(split.precision, 0);
    const perfect = mergeScores([
      { goldName: 'putin', predId: 'a' },
      { goldName: 'putin', predId: 'a' },
      { goldName: 'luk', predId: 'b' },
    ]);
    assert.deepEqual([perfect.precision, perfect.recall], [1, 1]);
  });
});
