import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registeredHtml } from '../src/registered.js';
import { WORDS } from '../src/i18n.js';

const words = lang => (key, ...args) => { const w = WORDS[lang][key]; return typeof w === 'function' ? w(...args) : w; };
const r = {
  total: 12345, allied: 123, engagementRate: 123 / 12345,
  byKind: [{ key: 'ASSOCIATION', label: { fr: 'Association', en: 'Association' }, registered: 12000, allied: 120 }],
  byFragilityDomain: [{ key: 'EDUCATION', label: { fr: 'L’éducation', en: 'Education' }, registered: 2100, allied: 0 }],
  unalliedBySocialObject: Array.from({ length: 9 }, (_, i) => ({ key: `0${10 + i}000`, label: { fr: `Thème <${i}>`, en: `Theme ${i}` }, registered: 900 - i })),
  unalliedByNafSection: [{ key: 'S', label: null, registered: 40 }],
};

test('the registered organisations: total, share in an alliance, the fields with actors but no alliance', () => {
  const html = registeredHtml(r, words('fr'), l => l?.fr, 'fr');
  assert.match(html, /<h3>Organisations enregistrées ici<\/h3>/);
  assert.match(html, /12\u202f345 organisations enregistrées \(RNA, SIRENE\), dont 123 dans une alliance \(1 %\)/);
  assert.match(html, /<b>2\u202f100<\/b> L’éducation · 0 dans une alliance/);
  // Six themes at most, escaped; a key without a label shows the key.
  assert.equal((html.match(/Thème/g) ?? []).length, 6);
  assert.ok(html.includes('Thème &lt;0&gt;') && !html.includes('Thème <0>'));
  assert.match(html, /<b>40<\/b> S<\/li>/);
});

test('in English, and nothing when the registries list nobody', () => {
  const html = registeredHtml(r, words('en'), l => l?.en, 'en');
  assert.match(html, /12,345 registered organisations \(RNA, SIRENE\), 123 of them in an alliance \(1%\)/);
  assert.equal(registeredHtml({ ...r, total: 0 }, words('fr'), l => l?.fr), '');
  assert.equal(registeredHtml(null, words('fr'), l => l?.fr), '');
});
