import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceId, sourceFieldsHtml, NEW_SOURCE } from '../src/edit.js';

const t = key => key;

test('a new document gets the same id from the same title and date, without accents or punctuation', () => {
  assert.equal(sourceId('Rapport d’activité 2024 : Réseau « Laval »', '2024-06-30'), 'doc-rapport-d-activite-2024-reseau-laval-2024-06-30');
  assert.equal(sourceId('Rapport d’activité 2024 : Réseau « Laval »', '2024-06-30'), sourceId('Rapport d\'activité 2024 : réseau Laval', '2024-06-30'));
  assert.equal(sourceId('!!!', ''), 'doc-sans-titre');
  assert.ok(sourceId('x'.repeat(200), '').length <= 64);
});

test('every form offers the listed documents, a new one, a quote and a page', () => {
  const html = sourceFieldsHtml('org', t, [{ id: 'a', title: 'Doc <A>' }, { id: 'b', title: 'B' }], 'b');
  assert.match(html, /<option value="b"\s+selected>B<\/option>/);
  assert.match(html, /Doc &lt;A&gt;/);
  assert.ok(html.includes(`value="${NEW_SOURCE}"`));
  for (const name of ['sourceTitle', 'sourceDate', 'sourceUrl', 'quote', 'page']) {
    assert.ok(html.includes(`name="${name}"`), name);
  }
  // The new document's fields stay hidden until "a new document" is chosen.
  assert.match(html, /<fieldset class="new-source" hidden>/);
});
