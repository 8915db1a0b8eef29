import * as assert from 'assert';
import { createAnalyzer } from '../../../src/engine';
import { assertReportSpans } from './invariants';

const MB = 1024 * 1024;

// Inputs that break naive scanners: each must finish and keep every invariant.
const HOSTILE: Record<string, () => string> = {
  'a 1 MB single line of words': () => 'Putin said the Oreshnik has a range of 2,000 km and '.repeat(Math.ceil(MB / 52)).slice(0, MB),
  '100k repeated digits': () => '9'.repeat(100_000),
  '100k digit groups': () => '1,'.repeat(50_000) + '000',
  '100k repeated punctuation': () => '.'.repeat(100_000),
  '100k hyphens and dashes': () => '-–—'.repeat(33_334),
  'deeply nested brackets and quotes': () => '(['.repeat(20_000) + '“‘"' .repeat(10_000) + 'Moscow' + '])'.repeat(20_000),
  'a pathological table': () => ('|'.repeat(5_000) + '\n' + '---|'.repeat(2_000) + '\n').repeat(20),
  'a table of figures': () => 'Range | Up to 500 kilometers |\n'.repeat(5_000),
  'NUL bytes': () => 'Minsk\u0000Moscow\u0000'.repeat(10_000),
  'lone surrogates': () => '\uD800Kyiv\uDC00 2,000\uD800km '.repeat(10_000),
  'combining marks': () => 'Z\u0308\u0301\u0301urich e\u0301 '.repeat(20_000),
  'astral characters': () => '😀𝐀𝐁 Kyiv 𝟐𝟎𝟎𝟎 km '.repeat(20_000),
  'only newlines': () => '\n\r\n'.repeat(100_000),
  'one enormous word': () => 'a'.repeat(MB),
  'number words forever': () => 'two thousand and '.repeat(50_000),
};

describe('engine on hostile input', function () {
  this.timeout(0);
  for (const [name, make] of Object.entries(HOSTILE)) {
    it(`handles ${name}`, () => {
      const text = make();
      const analyzer = createAnalyzer();
      analyzer.corpus.upsert('hostile.txt', text);
      analyzer.corpus.upsert('copy.txt', text.slice(0, 50_000));
      const report = analyzer.report();
      assertReportSpans(report, new Map([['hostile.txt', text], ['copy.txt', text.slice(0, 50_000)]]));
      assert.strictEqual(report.documents.length, 2);
    });
  }
});
