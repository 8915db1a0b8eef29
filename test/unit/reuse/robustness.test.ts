import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRng, type Rng } from '../../../bench/prng';
import { createReuseIndex, DEFAULT_REUSE_OPTIONS } from '../../../src/engine/reuse/index';
import { scanDocument } from '../../../src/engine/text/scan';

/**
 * Copies of real paragraphs (the development articles) with a share of their words changed: dropped, replaced by
 * another word of the same articles, or followed by an inserted one. The copies go into a second document in
 * shuffled order, so only their own wording can link them back.
 */
const ARTICLES = join(__dirname, '../../fixtures/articles');

function paragraphs(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(ARTICLES).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
    for (const p of readFileSync(join(ARTICLES, file), 'utf8').split(/\n\s*\n/)) {
      // Prose only: tables, headings and bullets are not what a copy editor rewrites word by word.
      if (p.split(/\s+/).length >= 25 && !/^\s*[|#-]/.test(p)) out.push(p.replace(/\s+/g, ' ').trim());
    }
  }
  return out;
}

function mutate(paragraph: string, rate: number, vocabulary: readonly string[], rng: Rng): string {
  const out: string[] = [];
  for (const word of paragraph.split(' ')) {
    const r = rng.next();
    if (r < rate / 3) continue;
    if (r < (2 * rate) / 3) {
      out.push(rng.pick(vocabulary));
      continue;
    }
    out.push(word);
    if (r < rate) out.push(rng.pick(vocabulary));
  }
  return out.join(' ');
}

interface Placed {
  start: number;
  end: number;
}

function place(parts: readonly string[]): Placed[] {
  let offset = 0;
  return parts.map((p) => {
    const at = { start: offset, end: offset + p.length };
    offset += p.length + 2;
    return at;
  });
}

const overlaps = (x: Placed, start: number, end: number) => x.start < end && start < x.end;

type Rewrite = (paragraph: string, vocabulary: readonly string[], rng: Rng) => string;

const edited = (rate: number): Rewrite => (p, vocabulary, rng) => mutate(p, rate, vocabulary, rng);

/** How many paragraphs are linked to their rewritten copy. */
function linkedShare(rewrite: Rewrite, seed: number): { linked: number; total: number } {
  const source = paragraphs();
  const vocabulary = [...new Set(source.join(' ').split(' ').filter((w) => /^[a-z]{4,}$/.test(w)))];
  const rng = createRng(seed);
  const copies = source.map((p) => rewrite(p, vocabulary, rng));
  const order = copies.map((_, i) => i).sort(() => rng.next() - 0.5);
  const copyParts = order.map((i) => copies[i]);
  const index = createReuseIndex(DEFAULT_REUSE_OPTIONS);
  index.upsert(scanDocument('source', source.join('\n\n')));
  index.upsert(scanDocument('target', copyParts.join('\n\n')));
  const links = index
    .links()
    .filter((l) => l.a.doc !== l.b.doc)
    .map((l) => (l.a.doc === 'source' ? l : { ...l, a: l.b, b: l.a }));
  const sourceAt = place(source);
  const copyAt = new Map(order.map((i, k) => [i, place(copyParts)[k]]));
  let linked = 0;
  source.forEach((_, i) => {
    if (links.some((l) => overlaps(sourceAt[i], l.a.start, l.a.end) && overlaps(copyAt.get(i)!, l.b.start, l.b.end))) linked++;
  });
  return { linked, total: source.length };
}

describe('reuse: edited copies of real paragraphs', function () {
  this.timeout(20_000);

  it('links every verbatim copy', () => {
    const { linked, total } = linkedShare(edited(0), 1);
    assert.ok(total >= 50, `enough paragraphs to measure (${total})`);
    assert.equal(linked, total);
  });

  it('links at least 95% of the copies with one word in five changed', () => {
    const { linked, total } = linkedShare(edited(0.2), 2);
    assert.ok(linked >= 0.95 * total, `${linked}/${total} linked`);
  });

  it('still links most copies with a third of the words changed', () => {
    const { linked, total } = linkedShare(edited(0.33), 3);
    assert.ok(linked >= 0.85 * total, `${linked}/${total} linked`);
  });

  it('links no paragraph to a "copy" whose every word was replaced by words of the same articles', () => {
    // Same topic, same vocabulary, none of the wording: sharing words is not reuse.
    const { linked } = linkedShare((p, vocabulary, rng) => p.split(' ').map(() => rng.pick(vocabulary)).join(' '), 4);
    assert.equal(linked, 0);
  });
});
