import { test } from 'node:test';
import assert from 'node:assert/strict';
import { grouped } from '../src/suggest.js';

const region = { kind: 'territory', id: 'region:28', name: 'Normandie' };
const organisation = { kind: 'organisation', id: 'region-normandie', name: 'Région Normandie' };
const programme = { kind: 'programme', id: 'phare', name: 'Programme PHARE' };

test('a territory named by the text comes before organisations bearing its name', () => {
  assert.deepEqual(grouped('normandie ', [region], [], [organisation]).map(s => s.id), ['region:28', 'region-normandie']);
  assert.deepEqual(grouped('Normandié', [region], [programme], [organisation]).map(s => s.kind), ['territory', 'programme', 'organisation']);
});

test('otherwise programmes, organisations, then territories, each kind together', () => {
  assert.deepEqual(grouped('Norm', [region], [programme], [organisation, { kind: 'organisation', id: 'x', name: 'X' }])
    .map(s => s.kind), ['programme', 'organisation', 'organisation', 'territory']);
});
