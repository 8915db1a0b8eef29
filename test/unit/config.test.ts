import * as assert from 'assert';
import { parseDictionary } from '../../src/engine/config';

describe('workspace dictionary', () => {
  it('reads names, aliases, types and ignored forms', () => {
    const r = parseDictionary('{ "entities": [{ "name": "Oreshnik", "type": "product", "aliases": ["RS-26"] }], "ignore": ["Tensions"] }');
    assert.deepStrictEqual(r, { ok: true, value: { entities: [{ name: 'Oreshnik', type: 'product', aliases: ['RS-26'] }], ignore: ['Tensions'] } });
  });

  it('names the line of a wrong field, not of an earlier entry with the same name', () => {
    const text = '{\n  "entities": [\n    { "name": "Kyiv", "type": "place" },\n    { "name": "Kyiv",\n      "type": "city" }\n  ]\n}';
    const r = parseDictionary(text);
    assert.ok(!r.ok);
    assert.strictEqual(r.line, 5);
    assert.match(r.error, /entities\[1\].*"city"/);
  });

  it('names the line of a syntax error and of a missing field', () => {
    const broken = parseDictionary('{\n  "entities": [\n    { "name": "X", "type": "person" },\n  ]\n}');
    assert.ok(!broken.ok);
    assert.strictEqual(broken.line, 4);
    const missing = parseDictionary('{\n  "entities": [\n    {\n      "type": "person" }\n  ]\n}');
    assert.ok(!missing.ok);
    assert.strictEqual(missing.line, 3);
  });
});
