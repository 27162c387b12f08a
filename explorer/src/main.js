// The explorer page: pick a scope, filter, see the ecosystem drawn (sigma.js on graphology, the
// layout in a web worker), click a node for its facts and sources, read the coverage and gaps, and
// download the view in every export format. The view lives in the URL.
import Graph from 'graphology';
import Sigma from 'sigma';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { WORDS, SDG_COLOURS } from './i18n.js';
import { canEdit, csrfHeaders, loadSession, renderAccount, session } from './account.js';
import { grouped } from './suggest.js';
import { renderWorkspace } from './workspace.js';
import { renderAdmin } from './admin.js';
import { allianceFormHtml, linksFormHtml, membershipFormHtml, mergeFormHtml, organisationFormHtml, wireEditForms } from './edit.js';
import { downloadPng, downloadSvg, printReport } from './report.js';
import { findingsHtml } from './findings.js';
import { REGISTERED_QUERY, registeredHtml } from './registered.js';
import { esc } from './html.js';

const SCOPE_KINDS = ['territory', 'programme', 'sdgTarget', 'sdgGoal', 'organisation'];
const FORMATS = [['gexf', 'GEXF (Gephi)'], ['graphml', 'GraphML'], ['cytoscape', 'Cytoscape.js'],
  ['graphology', 'graphology (sigma.js)'], ['csv', 'CSV (zip)'], ['nodes.csv', 'nodes.csv'], ['edges.csv', 'edges.csv'], ['xlsx', 'Excel (.xlsx)']];
const $ = id => document.getElementById(id);

const state = readUrl();
let vocabulary = null;
let goals = [];
let graph = null;
let renderer = null;
let layout = null;
let layoutTimer = null;
let selected = null;
let loadSeq = 0;
// For tests and benchmarks: what is drawn, whether the last load is done, and how long it took.
const hooks = { ready: false, loads: 0, error: null, timings: {}, state, nodes: () => (graph ? graph.nodes() : []),
  report: async () => printReport(await reportParts(false)),
  labelThreshold: () => renderer?.getSetting('labelRenderedSizeThreshold'),
  select: id => select(id), graph: () => graph, stopLayout: () => stopLayout(), layoutRunning: () => !!layout?.isRunning(),
  viewport: id => (renderer && graph?.hasNode(id) ? renderer.graphToViewport(graph.getNodeAttributes(id)) : null) };
window.allianceGraph = hooks;

function t(key, ...args) {
  const w = WORDS[state.lang][key] ?? WORDS.fr[key] ?? key;
  return typeof w === 'function' ? w(...args) : w;
}
const label = l => (l ? (state.lang === 'en' ? l.en : l.fr) : '');

// --- the view in the URL ------------------------------------------------------------------

function readUrl() {
  const p = new URLSearchParams(location.search);
  const scope = SCOPE_KINDS.map(kind => ({ kind, id: p.get(kind) })).find(s => s.id) ?? null;
  const list = k => (p.get(k) ? p.get(k).split(',').filter(Boolean) : []);
  return {
    scope, scopeName: p.get('name') ?? null, radius: Number(p.get('radius') ?? 1),
    modes: list('modes'), phases: list('phases'), kinds: list('kinds'),
    year: p.get('year') ? Number(p.get('year')) : null,
    shape: p.get('shape') === 'projection' ? 'projection' : 'bipartite',
    size: p.get('size') === 'betweenness' ? 'betweenness' : 'degree',
    max: Number(p.get('max') ?? 2000), lang: p.get('lang') === 'en' ? 'en' : 'fr', node: p.get('node'),
    unallied: p.get('unallied') === '1',
  };
}

function writeUrl() {
  const p = new URLSearchParams();
  if (state.scope) {
    p.set(state.scope.kind, state.scope.id);
    if (state.scopeName) p.set('name', state.scopeName);
    if (state.scope.kind === 'organisation' && state.radius !== 1) p.set('radius', state.radius);
  }
  for (const k of ['modes', 'phases', 'kinds']) if (state[k].length) p.set(k, state[k].join(','));
  if (state.year) p.set('year', state.year);
  if (state.shape !== 'bipartite') p.set('shape', state.shape);
  if (state.size !== 'degree') p.set('size', state.size);
  if (state.max !== 2000) p.set('max', state.max);
  if (state.lang !== 'fr') p.set('lang', state.lang);
  if (state.node) p.set('node', state.node);
  if (state.unallied) p.set('unallied', '1');
  const query = p.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

// --- the API ----------------------------------------------------------------------------

async function gql(query, variables = {}) {
  const response = await fetch('graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...csrfHeaders() },
    body: JSON.stringify({ query, variables }) });
  if (!response.ok) throw await failure(response);
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors.map(e => e.message).join('; '));
  return body.data;
}

function scopeInput() {
  const s = { [state.scope.kind]: state.scope.id };
  if (state.scope.kind === 'organisation') s.radius = state.radius;
  // A territory's or programme's organisations in no alliance are counted, and drawn on request only:
  // the registries put tens of thousands of them in a département.
  if (state.scope.kind === 'territory' || state.scope.kind === 'programme') s.unallied = state.unallied;
  return s;
}

function filterInput() {
  const f = {};
  if (state.modes.length) f.modes = state.modes;
  if (state.phases.length) f.phases = state.phases;
  if (state.kinds.length) f.partnerKinds = state.kinds;
  if (state.year) f.activeAt = `${state.year}-12-31`;
  return f;
}

function exportUrl(format, extra = {}) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(scopeInput())) p.set(`scope.${k}`, v);
  for (const [k, v] of Object.entries(filterInput())) p.set(`filter.${k}`, Array.isArray(v) ? v.join(',') : v);
  if (state.shape !== 'bipartite') p.set('shape', state.shape);
  p.set('maxNodes', state.max);
  if (state.lang !== 'fr') p.set('lang', state.lang);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return `export/${format}?${p}`;
}

// --- controls ---------------------------------------------------------------------------

function checks(containerId, terms, key) {
  const box = $(containerId);
  box.innerHTML = terms.map(term => `<label><input type="checkbox" value="${esc(term.code)}" ${state[key].includes(term.code) ? 'checked' : ''}>
    ${term.color ? `<span class="dot" style="background:${term.color}"></span>` : ''}${esc(label(term.label))}</label>`).join('');
  box.onchange = () => {
    state[key] = [...box.querySelectorAll('input:checked')].map(i => i.value);
    load();
  };
}

function renderControls() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll('[data-i18n]').forEach(e => { e.textContent = t(e.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach(e => { e.placeholder = t(e.dataset.i18nPlaceholder); });
  $('lang-fr').setAttribute('aria-pressed', state.lang === 'fr');
  $('lang-en').setAttribute('aria-pressed', state.lang === 'en');
  if (vocabulary) {
    checks('modes', vocabulary.allianceModes, 'modes');
    checks('phases', vocabulary.innovationPhases, 'phases');
    checks('kinds', vocabulary.organisationKinds, 'kinds');
  }
  $('all-years').checked = !state.year;
  $('year').disabled = !state.year;
  $('year').value = state.year ?? 2020;
  $('year-value').textContent = state.year ? t('activeYear', state.year) : '';
  document.querySelector(`input[name=shape][value=${state.shape}]`).checked = true;
  document.querySelector(`input[name=size][value=${state.size}]`).checked = true;
  $('max-nodes').value = String(state.max);
  $('radius').value = String(state.radius);
  $('radius-row').hidden = state.scope?.kind !== 'organisation';
  $('scope-current').textContent = state.scope ? `${t(state.scope.kind)} : ${scopeTitle()}` : '';
  $('layout-toggle').textContent = layout?.isRunning() ? t('stopLayout') : t('startLayout');
  renderDownloads();
}

function renderDownloads() {
  $('downloads').innerHTML = state.scope
    ? `<li><button type="button" id="download-png">${t('imagePng')}</button></li><li><button type="button" id="download-svg">${t('imageSvg')}</button></li>
      <li class="wide"><button type="button" id="print-report">${t('report')}</button></li>`
      + FORMATS.map(([f, name]) => `<li><a href="${esc(exportUrl(f))}" download data-format="${f}">${esc(name)}</a></li>`).join('')
      + ['nodes.csv', 'edges.csv'].map(f => `<li><a href="${esc(exportUrl(f, { excel: 'true' }))}" download data-format="${f}-excel">${f} (Excel FR)</a></li>`).join('')
    : '';
  if (!state.scope) return;
  $('download-png').onclick = () => renderer && downloadPng(renderer, state).catch(e => status(t('error') + e.message));
  $('download-svg').onclick = () => graph && renderer && downloadSvg(graph, renderer, state);
  $('print-report').onclick = async () => renderer && printReport(await reportParts()).catch(e => status(t('error') + e.message));
}

/** What the printed report holds: what the page shows, and the documents the view's alliances come from. */
async function reportParts(print = true) {
  const filters = [state.modes.map(m => labelOf('allianceModes', m)).join(', '), state.phases.map(p => labelOf('innovationPhases', p)).join(', '),
    state.kinds.map(k => labelOf('organisationKinds', k)).join(', '), state.year ? t('activeYear', state.year) : ''].filter(Boolean).join(' · ');
  const cited = new Set();
  try {
    const data = await gql(`query($scope: EcosystemScope!, $filter: AllianceFilter) { ecosystem(scope: $scope, filter: $filter) {
      alliances(first: 200) { nodes { provenance { source { title date } } } } } }`, { scope: scopeInput(), filter: filterInput() });
    data.ecosystem.alliances.nodes.forEach(a => a.provenance.forEach(p => cited.add(p.source.title + (p.source.date ? ` (${p.source.date})` : ''))));
  } catch {
    // the report still prints, without its sources line filled
  }
  return { renderer, title: $('scope-current').textContent || state.scopeName || '', filters: filters || t('noFilter'),
    legendHtml: $('legend').innerHTML, summary, sources: [...cited], t, label, print };
}

function wireControls() {
  for (const b of document.querySelectorAll('.lang button')) {
    b.onclick = () => { state.lang = b.dataset.lang; renderControls(); renderLegend(); rerenderPanels(); writeUrl(); };
  }
  $('all-years').onchange = e => { state.year = e.target.checked ? null : Number($('year').value); load(); };
  $('year').oninput = e => { $('year-value').textContent = t('activeYear', e.target.value); };
  $('year').onchange = e => { state.year = Number(e.target.value); load(); };
  for (const r of document.querySelectorAll('input[name=shape]')) r.onchange = () => { state.shape = r.value; load(); };
  for (const r of document.querySelectorAll('input[name=size]')) r.onchange = () => { state.size = r.value; applySizes(); writeUrl(); renderControls(); };
  $('max-nodes').onchange = e => { state.max = Number(e.target.value); load(); };
  $('radius').onchange = e => { state.radius = Number(e.target.value); load(); };
  $('layout-toggle').onclick = () => { if (layout?.isRunning()) stopLayout(); else startLayout(4000); };
  $('zoom-in').onclick = () => renderer?.getCamera().animatedZoom({ duration: 200 });
  $('zoom-out').onclick = () => renderer?.getCamera().animatedUnzoom({ duration: 200 });
  $('zoom-reset').onclick = () => renderer?.getCamera().animatedReset({ duration: 200 });
  wireSuggestions();
}

// --- the scope picker: suggestions as one types ----------------------------------------------

/** The scope's name in the page's language: SDG goals and targets have one per language. */
function scopeTitle() {
  const { kind, id } = state.scope;
  const goal = kind === 'sdgGoal' ? goals.find(g => g.code === id) : null;
  const target = kind === 'sdgTarget' ? goals.flatMap(g => g.targets).find(x => x.code === id) : null;
  if (goal) return `${goal.number}. ${label(goal.shortTitle)}`;
  if (target) return `${target.code} ${label(target.title)}`;
  return state.scopeName ?? id;
}

/** The landing page's starting points: the programmes and the régions, one click from their map. */
async function startingPoints() {
  const root = $('start-points');
  try {
    const data = await gql(`{ programmes { id name acronym } territories(level: REGION) { id name }
      mostConnected(first: 8) { organisation { id name } alliances } }`);
    const buttons = (kind, items) => items.map(i => `<button type="button" class="chip" data-scope-kind="${kind}" data-scope-id="${esc(i.id)}"
      data-scope-name="${esc(i.name)}">${esc(i.acronym || i.name)}</button>`).join(' ');
    root.innerHTML = `<h3>${t('startHere')}</h3><p><b>${t('programmes')}</b></p><div class="chips" id="start-programmes">${buttons('programme', data.programmes)}</div>
      <p><b>${t('regions')}</b></p><div class="chips" id="start-regions">${buttons('territory', data.territories)}</div>
      <p><b>${t('mostConnected')}</b></p><div class="chips" id="start-organisations">${buttons('organisation',
        data.mostConnected.map(c => ({ id: c.organisation.id, name: c.organisation.name, acronym: `${c.organisation.name} (${c.alliances})` })))}</div>`;
    root.querySelectorAll('button[data-scope-kind]').forEach(b => { b.onclick = () => narrow(b.dataset.scopeKind, b.dataset.scopeId, b.dataset.scopeName); });
    root.hidden = false;
  } catch {
    root.hidden = true;
  }
}

/** Draws another scope: a suggestion chosen, or a sub-territory, goal or target clicked in the summary. */
function narrow(kind, id, name) {
  state.scope = { kind, id };
  state.scopeName = name;
  state.node = null;
  load();
}

function wireSuggestions() {
  const input = $('scope-input');
  const list = $('suggestions');
  let timer = null;
  let items = [];
  let active = -1;
  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); active = -1; };
  const choose = item => {
    input.value = '';
    close();
    narrow(item.kind, item.id, item.name);
  };
  const show = () => {
    list.innerHTML = items.map((s, i) => `<li role="option" id="sugg-${i}" data-kind="${s.kind}" data-id="${esc(s.id)}"
      aria-selected="${i === active}">${esc(s.name)}<span class="tag">${esc(s.tag)}</span></li>`).join('');
    list.hidden = !items.length;
    input.setAttribute('aria-expanded', String(!!items.length));
    input.setAttribute('aria-activedescendant', active >= 0 ? `sugg-${active}` : '');
    list.querySelectorAll('li').forEach((li, i) => { li.onmousedown = e => { e.preventDefault(); choose(items[i]); }; });
  };
  input.oninput = () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) { items = []; show(); return; }
    timer = setTimeout(async () => {
      items = await suggestions(text).catch(() => []);
      active = items.length ? 0 : -1;
      if (input.value.trim() === text) show();
    }, 180);
  };
  input.onkeydown = e => {
    if (e.key === 'ArrowDown' && items.length) { active = (active + 1) % items.length; show(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && items.length) { active = (active - 1 + items.length) % items.length; show(); e.preventDefault(); }
    else if (e.key === 'Enter' && active >= 0) { choose(items[active]); e.preventDefault(); }
    else if (e.key === 'Escape') close();
  };
  input.onblur = () => setTimeout(close, 150);
}

async function suggestions(text) {
  const data = await gql(`query($text: String!) {
    search(text: $text, first: 8) { node { __typename ... on Organisation { id name kindLabel { fr en } }
      ... on Programme { id name acronym } } }
    searchTerritories(text: $text, first: 6) { id name levelLabel { fr en } } }`, { text });
  const out = [];
  const lower = text.toLowerCase().replace(/^(odd|sdg)\s*/, '');
  for (const g of goals) {
    if (lower === String(g.number) || (lower.length > 2 && label(g.shortTitle).toLowerCase().includes(lower))) {
      out.push({ kind: 'sdgGoal', id: g.code, name: `${g.number}. ${label(g.shortTitle)}`, tag: t('sdgGoal') });
    }
    for (const target of g.targets) {
      if (target.code === lower) out.push({ kind: 'sdgTarget', id: target.code, name: `${target.code} ${label(target.title)}`, tag: t('sdgTarget') });
    }
  }
  const programmes = [];
  const organisations = [];
  for (const hit of data.search) {
    const n = hit.node;
    if (n.__typename === 'Organisation') organisations.push({ kind: 'organisation', id: n.id, name: n.name, tag: label(n.kindLabel) });
    if (n.__typename === 'Programme') programmes.push({ kind: 'programme', id: n.id, name: n.name, tag: t('programme') });
  }
  const territories = data.searchTerritories.map(x => ({ kind: 'territory', id: x.id, name: x.name, tag: label(x.levelLabel) }));
  return [...out, ...grouped(text, territories, programmes, organisations)].slice(0, 14);
}

// --- drawing ---------------------------------------------------------------------------

async function load() {
  writeUrl();
  renderControls();
  if (!state.scope) { status(t('chooseScope')); await startingPoints(); hooks.ready = true; return; }
  $('start-points').hidden = true;
  const seq = ++loadSeq;
  hooks.ready = false;
  hooks.drawn = false;
  hooks.error = null;
  const started = performance.now();
  status(t('loading'));
  try {
    // The graph first, then the summary: on a small machine the two would share the CPU, and the
    // drawing is what a person waits for.
    const response = await fetch(exportUrl('graphology', { betweenness: 'true' }));
    if (!response.ok) throw await failure(response);
    const json = { body: await response.json(), truncated: response.headers.get('X-Export-Truncated') === 'true' };
    if (seq !== loadSeq) return;
    const fetched = performance.now();
    draw(json.body);
    await new Promise(requestAnimationFrame);
    const drawn = performance.now();
    hooks.timings = { fetchMs: Math.round(fetched - started), drawMs: Math.round(drawn - fetched),
      totalMs: Math.round(drawn - started), sinceNavigationMs: Math.round(drawn), nodes: graph.order, edges: graph.size };
    status((graph.order ? t('drawn', graph.order, graph.size, hooks.timings.totalMs) : t('noData'))
      + (json.truncated ? ` (${t('truncated')})` : ''));
    hooks.drawn = true;
    const eco = await ecosystem();
    if (seq !== loadSeq) return;
    if (!state.scopeName && eco.scope.name) { state.scopeName = eco.scope.name; writeUrl(); renderControls(); }
    summary = eco;
    renderSummary();
    hooks.timings.summaryMs = Math.round(performance.now() - started);
    if (state.scope.kind === 'territory') await registeredSection(seq);
    if (state.node && graph.hasNode(state.node)) select(state.node, false); else if (state.node) showDetails(state.node);
    hooks.loads++;
    hooks.ready = true;
  } catch (e) {
    if (seq !== loadSeq) return;
    hooks.error = e.message;
    hooks.ready = true;
    // What failed and a way to try again; the last view drawn stays on the canvas.
    status(t('error') + e.message + (graph?.order ? ` (${t('keptView')})` : ''), load);
  }
}

/** The error a failed HTTP answer carries: its GraphQL-shaped message, else its status (and Retry-After). */
async function failure(response) {
  let message = '';
  try {
    message = (await response.json()).errors?.map(e => e.message).join('; ') ?? '';
  } catch {
    // not JSON: the status says it
  }
  return new Error(message || t('httpError', response.status, response.headers.get('Retry-After')));
}

/** The status line; with `retry`, a button that runs it again. */
function status(text, retry) {
  const line = $('status');
  line.textContent = text;
  line.classList.toggle('failed', Boolean(retry));
  if (retry) {
    const button = document.createElement('button');
    button.type = 'button';
    button.id = 'retry';
    button.textContent = t('retry');
    button.addEventListener('click', () => retry());
    line.append(' ', button);
  }
}

function draw(json) {
  stopLayout();
  renderer?.kill();
  graph = new Graph({ type: 'undirected', multi: json.options?.multi ?? true, allowSelfLoops: false });
  graph.import(json);
  graph.forEachEdge(e => graph.setEdgeAttribute(e, 'color', '#c9ced6'));
  applySizes(false);
  renderer = new Sigma(graph, $('graph'), {
    // A small graph shows every label (a reader should not have to hover each dot); a large one the biggest nodes'.
    labelRenderedSizeThreshold: graph.order <= 80 ? 0 : 9, labelDensity: graph.order <= 80 ? 1 : 0.6,
    stagePadding: 40, zIndex: true, defaultEdgeColor: '#c9ced6',
    nodeReducer: (node, data) => {
      if (!selected) return data;
      if (node === selected || graph.areNeighbors(node, selected)) return { ...data, zIndex: 1, highlighted: node === selected };
      return { ...data, color: '#e6e8ec', label: '', zIndex: 0 };
    },
    edgeReducer: (edge, data) => {
      // While the layout moves every node, edges are not drawn: each frame costs less, so the page
      // keeps answering (on a machine without a GPU, WebGL draws in software).
      if (!selected) return layout?.isRunning() && graph.size > 1000 ? { ...data, hidden: true } : data;
      return graph.hasExtremity(edge, selected) ? { ...data, color: '#5a6475', size: 1.5 } : { ...data, hidden: true };
    },
  });
  renderer.on('clickNode', ({ node }) => select(node));
  renderer.on('clickStage', () => select(null));
  renderer.on('enterNode', () => { $('graph').style.cursor = 'pointer'; });
  renderer.on('leaveNode', () => { $('graph').style.cursor = ''; });
  renderLegend();
  // The layout runs in a worker: the page stays responsive while it settles, then it stops.
  startLayout(Math.min(8000, 2500 + graph.order * 2));
}

function applySizes(refresh = true) {
  if (!graph) return;
  const max = Math.max(1e-9, ...graph.mapNodes((n, a) => a.betweenness ?? 0));
  graph.forEachNode((n, a) => {
    const size = state.size === 'betweenness' && a.betweenness !== undefined
      ? 3 + 17 * Math.sqrt((a.betweenness ?? 0) / max)
      : 3 + 2.5 * Math.sqrt(a.degree ?? 0);
    graph.setNodeAttribute(n, 'size', Math.min(size, 30));
  });
  if (refresh) renderer?.refresh();
}

function startLayout(ms) {
  if (!graph || graph.order < 2) return;
  stopLayout();
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 400, adjustSizes: false };
  layout = new FA2Layout(graph, { settings, getEdgeWeight: 'weight' });
  if (graph.order > 1000) renderer?.setSetting('renderLabels', false);
  layout.start();
  layoutTimer = setTimeout(stopLayout, ms);
  $('layout-toggle').textContent = t('stopLayout');
}

function stopLayout() {
  clearTimeout(layoutTimer);
  if (layout) { layout.kill(); layout = null; renderer?.setSetting('renderLabels', true); renderer?.refresh(); }
  $('layout-toggle').textContent = t('startLayout');
}

function renderLegend() {
  if (!graph) { $('legend').innerHTML = ''; return; }
  const kinds = new Map();
  const modes = new Map();
  graph.forEachNode((n, a) => {
    if (a.nodeType === 'ALLIANCE') modes.set(a.mode, { color: a.color, label: labelOf('allianceModes', a.mode) });
    else kinds.set(a.kind, { color: a.color, label: labelOf('organisationKinds', a.kind) });
  });
  const rows = (m, cls) => [...m.values()].sort((x, y) => x.label.localeCompare(y.label))
    .map(v => `<div><span class="dot ${cls}" style="background:${v.color}"></span>${esc(v.label)}</div>`).join('');
  $('legend').innerHTML = `<h4>${t('legendKinds')}</h4>${rows(kinds, '')}${modes.size ? `<h4>${t('legendModes')}</h4>${rows(modes, 'sq')}` : ''}`;
}

function labelOf(list, code) {
  const term = vocabulary?.[list]?.find(x => x.code === code);
  return term ? label(term.label) : (code ?? '—');
}

// --- the side panel: a node's facts and their sources ------------------------------------------

function select(node, move = true) {
  selected = node && graph?.hasNode(node) ? node : null;
  state.node = selected;
  writeUrl();
  renderer?.refresh();
  if (selected && move) {
    const pos = renderer.getNodeDisplayData(selected);
    if (pos) renderer.getCamera().animate({ x: pos.x, y: pos.y }, { duration: 300 });
  }
  if (selected) showDetails(selected);
  else $('details-body').innerHTML = `<p class="hint">${t('clickHint')}</p>`;
}

const PROVENANCE = 'provenance { source { id title publisher date } quote page }';

async function showDetails(node) {
  const [type, id] = [node.slice(0, node.indexOf(':')), node.slice(node.indexOf(':') + 1)];
  const body = $('details-body');
  body.innerHTML = `<p class="hint">${t('loading')}</p>`;
  try {
    if (type === 'organisation') {
      const { organisation: o } = await gql(`query($id: ID!) { organisation(id: $id) { id version name acronym kind kindLabel { fr en }
        siren rna website territory { id name levelLabel { fr en } } history(first: 5) { at by operation }
        memberships { role roleLabel { fr en } since until alliance { id name modeLabel { fr en } } provenance { source { id title } quote page } }
        ${PROVENANCE} } }`, { id });
      details = { type, data: o };
    } else {
      const { alliance: a } = await gql(`query($id: ID!) { alliance(id: $id) { id version name mode status objectives modeLabel { fr en } statusLabel { fr en }
        currentPhase currentPhaseLabel { fr en } history(first: 5) { at by operation } startDate endDate territories { id name } sdgTargets { target { code title { fr en } } basisLabel { fr en } }
        partners { role roleLabel { fr en } organisation { id name } provenance { source { id title } quote page } } ${PROVENANCE} } }`, { id });
      details = { type, data: a };
    }
    renderDetails();
  } catch (e) {
    body.innerHTML = `<p>${esc(t('error') + e.message)}</p>`;
  }
}

let details = null;
let summary = null;

function sourceHtml(p) {
  if (!p) return '';
  const src = p.source;
  return `<div class="source" data-source="${esc(src.id)}">${p.quote ? `<q>${esc(p.quote)}</q>` : ''}
    <span class="cite">${t('quoteOf')} : ${esc(src.title)}${src.publisher ? `, ${esc(src.publisher)}` : ''}${src.date ? ` (${esc(src.date)})` : ''}${p.page ? `, ${esc(p.page)}` : ''}</span></div>`;
}

function nodeButton(kind, id, name) {
  const key = `${kind}:${id}`;
  const inGraph = graph?.hasNode(key);
  return `<button type="button" class="link" data-node="${esc(key)}" ${inGraph ? '' : `title="${t('notInGraph')}"`}>${esc(name)}</button>`;
}

function renderDetails() {
  if (!details) return;
  const { type, data: d } = details;
  const dates = (a, b) => [a && `${t('since')} ${a}`, b && `${t('until')} ${b}`].filter(Boolean).join(', ');
  let html;
  if (type === 'organisation') {
    html = `<h3 id="detail-name">${esc(d.name)}${d.acronym ? ` (${esc(d.acronym)})` : ''}</h3><dl class="facts">
      <dt>${t('kind')}</dt><dd>${esc(label(d.kindLabel))}</dd>
      ${d.territory ? `<dt>${t('territory')}</dt><dd>${esc(d.territory.name)} · ${esc(label(d.territory.levelLabel))}</dd>` : ''}
      ${d.siren ? `<dt>SIREN</dt><dd>${esc(d.siren)}</dd>` : ''}
      ${d.website ? `<dt>${t('website')}</dt><dd><a href="${esc(d.website)}" rel="noopener">${esc(d.website)}</a></dd>` : ''}
      <dt>${t('sources')}</dt><dd>${d.provenance.map(sourceHtml).join('')}</dd>
      <dt>${t('memberships')} (${d.memberships.length})</dt><dd><ul class="plain">${d.memberships.map(m => `<li>
        ${nodeButton('alliance', m.alliance.id, m.alliance.name)} · ${esc(label(m.roleLabel))} · ${esc(label(m.alliance.modeLabel))}
        ${dates(m.since, m.until) ? `<br><small>${esc(dates(m.since, m.until))}</small>` : ''}${sourceHtml(m.provenance)}</li>`).join('')}</ul></dd></dl>`;
  } else {
    html = `<h3 id="detail-name">${esc(d.name)}</h3><dl class="facts">
      <dt>${t('mode')}</dt><dd>${esc(label(d.modeLabel))}</dd>
      <dt>${t('status')}</dt><dd>${esc(label(d.statusLabel))}${d.currentPhaseLabel ? ` · ${t('phase')} : ${esc(label(d.currentPhaseLabel))}` : ''}</dd>
      ${dates(d.startDate, d.endDate) ? `<dt>${t('dates')}</dt><dd>${esc(dates(d.startDate, d.endDate))}</dd>` : ''}
      ${d.objectives ? `<dt>${t('objectives')}</dt><dd>${esc(d.objectives)}</dd>` : ''}
      <dt>${t('territory')}</dt><dd>${d.territories.map(x => esc(x.name)).join(', ') || '—'}</dd>
      <dt>${t('sdg')}</dt><dd>${d.sdgTargets.map(s => `<span class="chip" title="${esc(label(s.target.title))}">${esc(s.target.code)} · ${esc(label(s.basisLabel))}</span>`).join(' ') || '—'}</dd>
      <dt>${t('sources')}</dt><dd>${d.provenance.map(sourceHtml).join('')}</dd>
      <dt>${t('partners')} (${d.partners.length})</dt><dd><ul class="plain">${d.partners.map(m => `<li>
        ${nodeButton('organisation', m.organisation.id, m.organisation.name)} · ${esc(label(m.roleLabel))}${sourceHtml(m.provenance)}</li>`).join('')}</ul></dd></dl>`;
  }
  html += historyHtml(d.history);
  if (type === 'alliance' && canEdit()) {
    const terms = list => (vocabulary?.[list] ?? []).map(x => ({ code: x.code, label: label(x.label) }));
    html += allianceFormHtml(d, t, terms('allianceModes'), terms('allianceStatuses'), sources) + phaseFormHtml(d)
      + membershipFormHtml(d, t, terms('partnerRoles'), sources) + linksFormHtml(d, t);
  }
  if (type === 'organisation' && canEdit()) {
    const kinds = (vocabulary?.organisationKinds ?? []).map(k => ({ code: k.code, label: label(k.label) }));
    html += organisationFormHtml(d, t, kinds, sources) + mergeFormHtml(d, t, session.role === 'ADMIN');
  }
  $('details-body').innerHTML = html;
  wireNodeButtons($('details-body'));
  wirePhaseForm();
  wireEditForms($('details-body'), { gql, t, reload: () => showDetails(`${type}:${d.id}`), changed: viewChanged,
    sourceAdded: s => { if (!sources.some(x => x.id === s.id)) sources.unshift(s); } });
  if (notice) {
    const line = $('merge-result');
    if (line) { line.className = 'saved'; line.textContent = notice; }
    notice = null;
  }
}

/** A line for the next details drawn: what a merge did, once the view is drawn again. */
let notice = null;

/** The graph changed under the view (a merge, a removal): draw it again, then say what happened. */
async function viewChanged(line, gone) {
  notice = line;
  if (gone) state.node = null;
  await load();
  if (gone) {
    notice = null;
    $('details-body').innerHTML = `<p class="saved" id="merge-result">${esc(line)}</p>`;
  }
}

function historyHtml(changes) {
  if (!changes) return '';
  const items = changes.map(c => `<li>${esc(new Date(c.at).toLocaleString(state.lang))} · ${esc(c.by)} · ${esc(c.operation)}</li>`);
  return `<h4>${t('history')}</h4><ul class="plain history">${items.join('') || `<li>${t('noHistory')}</li>`}</ul>`;
}

/** A signed-in editor moves the alliance to another phase; the service says whether it may. */
function phaseFormHtml(d) {
  const options = (vocabulary?.innovationPhases ?? []).map(p => `<option value="${esc(p.code)}" ${p.code === d.currentPhase ? 'selected' : ''}>
    ${esc(label(p.label))}</option>`).join('');
  return `<form class="edit" id="phase-form" data-alliance="${esc(d.id)}"><h4>${t('editPhase')}</h4>
    <label for="phase-select">${t('phase')}</label><select id="phase-select" name="phase">${options}</select>
    <label for="phase-since">${t('phaseSince')}</label><input id="phase-since" name="since" type="date" required
      value="${new Date().toISOString().slice(0, 10)}">
    <button type="submit" id="phase-save">${t('save')}</button><p id="phase-result" class="error" role="status"></p></form>`;
}

function wirePhaseForm() {
  const form = $('phase-form');
  if (!form) return;
  form.onsubmit = async event => {
    event.preventDefault();
    const result = $('phase-result');
    result.className = 'error';
    result.textContent = '';
    try {
      await gql(`mutation($input: PhaseInput!) { setAlliancePhase(input: $input) { id } }`, { input: {
        alliance: form.dataset.alliance, phase: form.elements.phase.value, since: form.elements.since.value } });
      await showDetails(`alliance:${form.dataset.alliance}`);
      const saved = $('phase-result');
      if (saved) { saved.className = 'saved'; saved.textContent = t('saved'); }
    } catch (e) {
      result.textContent = e.message;
    }
  };
}

function wireNodeButtons(root) {
  root.querySelectorAll('button[data-node]').forEach(b => {
    b.onclick = () => { if (graph?.hasNode(b.dataset.node)) select(b.dataset.node); else showDetails(b.dataset.node); };
  });
}

// --- coverage and gaps -------------------------------------------------------------------

async function ecosystem() {
  const data = await gql(`query($scope: EcosystemScope!, $filter: AllianceFilter) { ecosystem(scope: $scope, filter: $filter) {
    scope { kind id name radius } actorCount unalliedActorCount allianceCount
    coverage { bySdgTarget { key alliances } byFragilityDomain { key label { fr en } alliances }
      bySubTerritory { key label { fr en } alliances actors } }
    gaps { fragilityDomains { key label { fr en } } subTerritories { key label { fr en } } missingActorKinds }
    crossSectorMix { alliances crossSector share tripartite }
    keyActors(first: 5) { byPartners { organisation { id name } partners } byBetweenness { organisation { id name } betweenness } }
    findings(first: 30) { id value unit period year populationLabel { fr en } statement { fr en } note updates updatedBy
      provenance { source { id title } quote page } } } }`,
  { scope: scopeInput(), filter: filterInput() });
  return data.ecosystem;
}

/** The registries' denominators of a territory, read after the summary (a région's take a second). */
async function registeredSection(seq) {
  const data = await gql(REGISTERED_QUERY, { t: state.scope.id });
  if (seq !== loadSeq || !summary) return;
  summary.registered = data.registered;
  $('registered').innerHTML = registeredHtml(summary.registered, t, label, state.lang);
}

function renderSummary() {
  const e = summary;
  if (!e) { $('summary-body').innerHTML = ''; return; }
  const covered = new Map(e.coverage.bySdgTarget.map(c => [c.key, c.alliances]));
  const tiles = goals.map(g => {
    const hit = g.targets.filter(x => covered.has(x.code));
    const colour = SDG_COLOURS[g.number - 1];
    const dark = [2, 7, 11].includes(g.number);
    return `<button type="button" class="sdg ${hit.length ? '' : 'none'}" data-goal="${g.number}"
      style="background:${colour};color:${dark ? '#111' : '#fff'}" title="${esc(`${g.number}. ${label(g.shortTitle)} — ${hit.map(x => x.code).join(', ') || t('none')}`)}"
      aria-label="${esc(`${g.number}. ${label(g.shortTitle)} : ${t('targetsCovered', hit.length, g.targets.length)}`)}">
      <b>${g.number}</b>${t('targetsCovered', hit.length, g.targets.length)}</button>`;
  }).join('');
  const chips = (items, cls = '') => items.map(i => `<span class="chip ${cls}">${esc(i)}</span>`).join('') || `<span class="chip">${t('none')}</span>`;
  // Sub-territories, goals and targets narrow the view to themselves when clicked.
  const scopeChips = (items, cls = '') => items.map(i => `<button type="button" class="chip ${cls}" data-scope-kind="${i.kind}"
    data-scope-id="${esc(i.id)}" data-scope-name="${esc(i.name)}">${esc(i.text ?? i.name)}</button>`).join('') || `<span class="chip">${t('none')}</span>`;
  const mix = e.crossSectorMix;
  const actor = (k, value) => `<li>${nodeButton('organisation', k.organisation.id, k.organisation.name)} · ${value}</li>`;
  $('summary-body').innerHTML = `
    <p><b>${e.actorCount}</b> ${t('actors')} · <b>${e.allianceCount}</b> ${t('alliances')}</p>
    ${e.unalliedActorCount ? `<p id="unallied">${t('unalliedActors', e.unalliedActorCount)}
      <button type="button" id="unallied-toggle">${t(state.unallied ? 'hideUnallied' : 'showUnallied')}</button></p>` : ''}
    <h3>${t('sdgCoverage')}</h3><div class="sdg-grid" id="sdg-grid">${tiles}</div><p id="sdg-detail" class="hint"></p>
    <h3>${t('fragility')}</h3><p id="fragility-covered">${t('covered')} : ${chips(e.coverage.byFragilityDomain.filter(c => c.alliances > 0).map(c => label(c.label)))}</p>
    <p id="fragility-missing">${t('missing')} : ${chips(e.gaps.fragilityDomains.map(g => label(g.label)), 'missing')}</p>
    ${e.coverage.bySubTerritory.length || e.gaps.subTerritories.length ? `<h3>${t('subTerritories')}</h3>
      <p id="sub-with">${t('withAlliances')} : ${scopeChips(e.coverage.bySubTerritory.filter(c => c.alliances).map(c => ({ kind: 'territory',
        id: c.key, name: label(c.label), text: `${label(c.label)} (${c.alliances})` })))}</p>
      <p id="sub-without">${t('without')} : ${scopeChips(e.gaps.subTerritories.map(g => ({ kind: 'territory', id: g.key, name: label(g.label) })), 'missing')}</p>` : ''}
    <h3>${t('mix')}</h3><p>${t('crossSector', mix.crossSector, mix.alliances, Math.round(mix.share * 100))}<br>${t('tripartite', mix.tripartite)}</p>
    <div class="bar" style="width:${Math.round(mix.share * 100)}%"></div>
    <p>${t('missingKinds')} : ${chips(e.gaps.missingActorKinds.map(k => labelOf('organisationKinds', k)), 'missing')}</p>
    <h3>${t('keyActors')}</h3>
    <p><small>${t('byPartners')}</small></p><ul class="plain" id="key-partners">${e.keyActors.byPartners.map(k => actor(k, `${k.partners} ${t('partners').toLowerCase()}`)).join('')}</ul>
    <p><small>${t('byBetweenness')}</small></p><ul class="plain" id="key-bridges">${e.keyActors.byBetweenness.map(k => actor(k, Math.round(k.betweenness))).join('')}</ul>
    <div id="registered">${registeredHtml(e.registered, t, label, state.lang)}</div>
    ${findingsHtml(e.findings, t, label)}`;
  const toggle = $('unallied-toggle');
  if (toggle) toggle.onclick = () => { state.unallied = !state.unallied; load(); };
  wireNodeButtons($('summary-body'));
  // A key actor clicked: its details are where the eye goes next.
  $('summary-body').querySelectorAll('button[data-node]').forEach(b => {
    const open = b.onclick;
    b.onclick = () => { open(); $('details').scrollIntoView({ block: 'start', behavior: 'smooth' }); };
  });
  const wireScopes = root => root.querySelectorAll('button[data-scope-kind]').forEach(b => {
    b.onclick = () => narrow(b.dataset.scopeKind, b.dataset.scopeId, b.dataset.scopeName);
  });
  wireScopes($('summary-body'));
  $('summary-body').querySelectorAll('.sdg').forEach(b => {
    b.onclick = () => {
      const g = goals.find(x => x.number === Number(b.dataset.goal));
      const hit = g.targets.filter(x => covered.has(x.code));
      $('sdg-detail').innerHTML = `${scopeChips([{ kind: 'sdgGoal', id: g.code, name: `${g.number}. ${label(g.shortTitle)}` }])} :
        ${scopeChips(hit.map(x => ({ kind: 'sdgTarget', id: x.code, name: `${x.code} ${label(x.title)}`, text: `${x.code} (${covered.get(x.code)})` })))}`;
      wireScopes($('sdg-detail'));
    };
  });
}

let sources = [];

/** What depends on who is signed in: the account line, the workspace, the edit forms. */
async function accountChanged() {
  if (canEdit() && !sources.length) {
    try { sources = (await gql('{ sources { id title } }')).sources; } catch { sources = []; }
  }
  renderAccount($('account'), t, accountChanged);
  renderWorkspace($('workspace'), t, sources, () => load());
  renderAdmin($('admin'), t);
  renderDetails();
}

function rerenderPanels() {
  renderAccount($('account'), t, accountChanged);
  renderWorkspace($('workspace'), t, sources, () => load());
  renderDetails();
  renderSummary();
  if (graph) status(t('drawn', graph.order, graph.size, hooks.timings.totalMs ?? 0));
}

// --- start -------------------------------------------------------------------------------

async function start() {
  wireControls();
  renderControls();
  try {
    await loadSession();
  } catch {
    // the page reads without signing in
  }
  await accountChanged();
  try {
    const data = await gql(`{ vocabulary { allianceModes { code label { fr en } } organisationKinds { code label { fr en } }
      innovationPhases { code label { fr en } } allianceStatuses { code label { fr en } } partnerRoles { code label { fr en } } }
      sdgGoals { code number shortTitle { fr en } targets { code title { fr en } } } }`);
    vocabulary = data.vocabulary;
    goals = data.sdgGoals;
  } catch (e) {
    status(t('error') + e.message);
  }
  renderControls();
  await load();
}

start();
