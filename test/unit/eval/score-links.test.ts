import { strict as assert } from 'node:assert';
import { ResolvedLink } from '../../eval/gold';
import { scoreLinks } from '../../eval/score-links';
import { report } from './fixtures';

function link(kind: ResolvedLink['kind'], a: [string, number, number], b: [string, number, number], extra: Partial<ResolvedLink> = {}): ResolvedLink {
  return {
    kind,
    a: { file: a[0], start: a[1], end: a[2] },
    b: { file: b[0], start: b[1], end: b[2] },
    changes: [],
    ignored: false,
    boilerplate: false,
    ...extra,
  };
}

const span = (path: string, start: number, end: number) => ({ path, start, end });

describe('eval link scoring', () => {
  // One passage in three articles (x, y, z), linked as a chain in gold; an unrelated boilerplate footer.
  const gold = [
    link('exact', ['x', 0, 100], ['y', 50, 150]),
    link('edited', ['y', 50, 150], ['z', 0, 90], { changes: [['2,000', '1,500']] }),
    link('exact', ['x', 500, 560], ['y', 500, 560], { ignored: true, boilerplate: true }),
  ];

  it('counts a prediction between any two copies of one gold cluster as right, in either orientation', () => {
    const scores = scoreLinks(gold, report({ duplicates: [{ kind: 'exact', a: span('z', 10, 80), b: span('x', 0, 90), cluster: 'c1' }] }));
    assert.equal(scores.overall.precision, 1);
    // x-z is not a listed gold link and no prediction touches y, so neither gold link is found.
    assert.equal(scores.overall.recall, 0);
  });

  it('finds gold links directly or through predicted clusters, and checks kinds and changes', () => {
    const scores = scoreLinks(
      gold,
      report({
        duplicates: [
          { kind: 'exact', a: span('x', 0, 100), b: span('z', 0, 90), cluster: 'c' },
          {
            kind: 'edited',
            a: span('z', 0, 90),
            b: span('y', 40, 150),
            cluster: 'c',
            changes: [{ a: { text: '1,500' }, b: { text: '2,000' } }],
          },
        ],
      }),
    );
    assert.equal(scores.overall.recall, 1, 'x-y is connected through the shared predicted cluster');
    assert.equal(scores.byKind.edited.recall, 1);
    assert.deepEqual([scores.kindAccuracy.correct, scores.kindAccuracy.total], [1, 1]);
    assert.deepEqual([scores.changes.correct, scores.changes.total], [1, 1]);
  });

  it('ignores predictions on boilerplate and counts links between unrelated passages as false', () => {
    const scores = scoreLinks(
      gold,
      report({
        duplicates: [
          { kind: 'exact', a: span('x', 510, 550), b: span('y', 505, 560) },
          { kind: 'restated', a: span('x', 200, 300), b: span('y', 200, 300) },
        ],
      }),
    );
    assert.equal(scores.ignored, 1);
    assert.equal(scores.boilerplateReported, 1);
    assert.equal(scores.overall.predicted, 1);
    assert.equal(scores.overall.precision, 0);
    assert.equal(scores.falseLinks.length, 1);
  });

  it('does not reward a link whose two sides fall in the same passage', () => {
    const scores = scoreLinks(gold, report({ duplicates: [{ kind: 'exact', a: span('x', 0, 40), b: span('x', 50, 90) }] }));
    assert.equal(scores.overall.precision, 0);
  });
});

describe('eval passage recall', () => {
  // A star: the opening statement (o) restated at r1, r2 and r3 in the same article.
  const star = [
    link('restated', ['s', 0, 50], ['s', 100, 150]),
    link('restated', ['s', 0, 50], ['s', 200, 250]),
    link('restated', ['s', 0, 50], ['s', 300, 350]),
  ];

  it('credits the restatements a prediction links even when it misses the centre of the gold star', () => {
    const scores = scoreLinks(
      star,
      report({ duplicates: [{ kind: 'restated', a: span('s', 100, 150), b: span('s', 300, 350), cluster: 'k' }] }),
    );
    assert.equal(scores.overall.recall, 0, 'no listed gold link is found');
    assert.deepEqual([scores.passageRecall.correct, scores.passageRecall.total], [2, 4]);
    assert.equal(scores.overall.precision, 1);
  });
});
