import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WORDS } from '../src/i18n.js';

test('one alliance is singular in both languages', () => {
  assert.equal(WORDS.fr.crossSector(1, 1, 100), '1 alliance sur 1 réunit au moins deux mondes (100 %)');
  assert.equal(WORDS.fr.crossSector(3, 4, 75), '3 alliances sur 4 réunissent au moins deux mondes (75 %)');
  assert.equal(WORDS.en.crossSector(1, 1, 100), '1 of 1 alliance joins two spheres or more (100%)');
  assert.equal(WORDS.fr.tripartite(1), '1 réunit associations, entreprises et acteurs publics');
});

test('every French word has its English one', () => {
  assert.deepEqual(Object.keys(WORDS.en).sort(), Object.keys(WORDS.fr).sort());
});
