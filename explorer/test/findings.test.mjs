import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figure, findingsHtml, series } from '../src/findings.js';
import { WORDS } from '../src/i18n.js';

const t = (key, ...args) => { const w = WORDS.fr[key]; return typeof w === 'function' ? w(...args) : w; };
const label = l => l?.fr;
const f = (id, value, year, updates, updatedBy = []) => ({ id, value, unit: 'PERCENT', year, period: String(year), updates, updatedBy,
  populationLabel: { fr: 'Citoyens' }, statement: { fr: 'Les alliances <innovent>' }, note: null,
  provenance: [{ source: { id: 's', title: 'Doc' }, quote: `${value}% des citoyens`, page: 'p. 3' }] });

test('a question asked again is a series, oldest first; a lone finding is none', () => {
  const list = [f('b', 81, 2020, 'a'), f('a', 69, 2017, null, ['b']), f('c', 38, 2015, null)];
  assert.deepEqual(series(list).map(chain => chain.map(x => x.id)), [['a', 'b']]);
});

test('each finding shows its figure, population, period and its sources on click, escaped', () => {
  const html = findingsHtml([f('a', 69, 2017, null, ['b']), f('b', 81, 2020, 'a')], t, label);
  assert.match(html, /<h3>Ce que les études ont trouvé<\/h3>/);
  assert.match(html, /<b>69 %<\/b>\s+Citoyens \(2017\)/);
  assert.match(html, /<summary>1 source<\/summary>/);
  assert.match(html, /<q>69% des citoyens<\/q> — Doc, p\. 3/);
  assert.ok(html.includes('&lt;innovent&gt;') && !html.includes('<innovent>'));
  assert.match(html, /<svg class="series"/);
  assert.equal(findingsHtml([], t, label), '');
});

test('a figure is written as a French reader writes it: amounts in euros, counts and shares', () => {
  assert.match(figure({ value: 1500000, unit: 'EUR' }), /^1\s500\s000 €$/u);
  assert.match(figure({ value: 100000000, unit: 'EUR' }), /^100\s000\s000 €$/u);
  assert.equal(figure({ value: 350, unit: 'COUNT' }), '350');
  assert.equal(figure({ value: 37, unit: 'PERCENT' }), '37 %');
});
