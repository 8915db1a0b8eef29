import { strict as assert } from 'node:assert';
import { claimsOf } from './helpers';

function texts(text: string): string[] {
  return claimsOf(text).map((c) => c.text);
}

describe('claims: what is not a claim', () => {
  it('list markers at the start of a line', () => {
    assert.deepEqual(texts('1. Mutual defence: the treaty binds both.\n2. Nuclear strategy: it covers weapons.'), []);
  });

  it('model designations and names glued to letters', () => {
    for (const name of ['S-400', 'F-16', 'Kh-101', 'Vostok-2022', 'Tu-160', 'Su-57', 'TB2', 'COVID-19', 'Zapad-2021']) {
      assert.deepEqual(texts(`Russia showed the ${name} systems to reporters.`), [], name);
    }
  });

  it('numbers that are part of a name', () => {
    assert.deepEqual(texts('Water rose above the quay at the Port 2000 terminal.'), []);
    assert.deepEqual(texts('He invoked Article 5 of the treaty.'), []);
  });

  it('page furniture: pages, copyright, phone numbers, URLs, times, reading time', () => {
    assert.deepEqual(texts('Page 2 of 5'), []);
    assert.deepEqual(texts('© 2024 Baltic Wire. All rights reserved.'), []);
    assert.deepEqual(texts('Call +44 20 7946 0958 or 555-123-4567 for details.'), []);
    assert.deepEqual(texts('Read more at https://example.com/news/2024/03/14/story-500-km.'), []);
    assert.deepEqual(texts('By Staff Writer | Updated 09:40'), []);
    assert.deepEqual(texts('Posted by Marta · 5 min read'), []);
  });

  it('ordinals as words and as digits', () => {
    assert.deepEqual(texts('Poland became the first NATO member to buy it.'), []);
    assert.deepEqual(texts('It was the 21st summit of the bloc.'), []);
  });

  it('lone years used as names, and bare numbers without a unit or noun', () => {
    assert.deepEqual(texts('Fans travelled to Euro 2024 in huge numbers.'), []);
    assert.deepEqual(texts('The score was 3 after extra time, he said.'), []);
  });

  it('a definite figure in words refers back and asserts nothing', () => {
    assert.deepEqual(texts('The two leaders met in Minsk.'), []);
  });
});
