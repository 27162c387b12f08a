// The current view taken out: as a PNG (sigma's own image export), as an SVG (graphology-svg's
// renderer, from the drawn positions and colours), and as a one-page A4 report printed by the
// browser (the print stylesheet shows only #report): map, legend, coverage, gaps, key actors and
// the sources cited, titled with the scope, the filters and the date.
import { toBlob } from '@sigma/export-image';
import svgRenderer from 'graphology-svg/renderer.js';
import { esc } from './html.js';


function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function fileName(state, extension) {
  const scope = state.scope ? `${state.scope.kind}-${state.scope.id}`.replace(/[^A-Za-z0-9._-]+/g, '-') : 'vue';
  return `alliance-graph-${scope}.${extension}`;
}

export async function downloadPng(renderer, state) {
  const blob = await toBlob(renderer, { format: 'png', backgroundColor: '#ffffff', width: 1600, height: 1200 });
  save(blob, fileName(state, 'png'));
}

/** The drawn graph as SVG: nodes where and as large as they are drawn, in their colours, with their labels. */
export function svgOf(graph, renderer) {
  const drawn = graph.copy();
  drawn.forEachNode((node, attr) => {
    const at = renderer.graphToViewport({ x: attr.x, y: attr.y });
    drawn.mergeNodeAttributes(node, { x: at.x, y: at.y, size: Math.max(2, renderer.getNodeDisplayData(node)?.size ?? attr.size ?? 3) });
  });
  return svgRenderer(drawn, {
    margin: 20, width: 1600, height: 1200,
    nodes: { reducer: (settings, node, attr) => ({ ...attr, type: 'circle', labelType: 'default', label: attr.label ?? node }), defaultColor: '#999' },
    edges: { reducer: (settings, edge, attr) => ({ ...attr, type: 'line' }), defaultColor: '#ccc' },
  });
}

export function downloadSvg(graph, renderer, state) {
  save(new Blob([svgOf(graph, renderer)], { type: 'image/svg+xml' }), fileName(state, 'svg'));
}

/** Fills #report for printing: the map as an image and the summary's facts, then asks the browser to print. */
export async function printReport({ renderer, title, filters, legendHtml, summary, sources, t, label, print = true }) {
  const blob = await toBlob(renderer, { format: 'png', backgroundColor: '#ffffff', width: 1400, height: 900 });
  const image = await new Promise(resolve => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.readAsDataURL(blob);
  });
  const e = summary;
  const list = items => items.length ? items.map(esc).join(', ') : t('none');
  const report = document.getElementById('report');
  report.innerHTML = `<h1 id="report-title">${esc(title)}</h1>
    <p class="report-meta">${esc(filters)} · ${esc(new Date().toLocaleDateString())} · alliance-graph</p>
    <img id="report-map" src="${image}" alt="${esc(title)}">
    <div class="report-legend">${legendHtml}</div>
    ${e ? `<div class="report-facts">
      <p><b>${e.actorCount}</b> ${t('actors')} · <b>${e.allianceCount}</b> ${t('alliances')}</p>
      <p><b>${t('sdgCoverage')}</b> : ${list([...new Set(e.coverage.bySdgTarget.map(c => c.key))])}</p>
      <p><b>${t('fragility')}</b> — ${t('covered')} : ${list(e.coverage.byFragilityDomain.filter(c => c.alliances > 0).map(c => label(c.label)))} ;
        ${t('missing')} : ${list(e.gaps.fragilityDomains.map(g => label(g.label)))}</p>
      ${e.coverage.bySubTerritory.length || e.gaps.subTerritories.length ? `<p><b>${t('subTerritories')}</b> — ${t('withAlliances')} :
        ${list(e.coverage.bySubTerritory.filter(c => c.alliances).map(c => label(c.label)))} ; ${t('without')} : ${list(e.gaps.subTerritories.map(g => label(g.label)))}</p>` : ''}
      <p><b>${t('keyActors')}</b> : ${list(e.keyActors.byPartners.map(k => `${k.organisation.name} (${k.partners})`))}</p>
    </div>` : ''}
    <p class="report-sources"><b>${t('sources')}</b> : ${list(sources)}</p>`;
  if (print) window.print();
}
