// What the studies found about the scope, in the summary: each figure with its population and period,
// its sources (quote and page) on click, and a small chart where a series (a question asked again)
// has several points in the list.
import { esc } from './html.js';


const unitOf = f => (f.unit === 'PERCENT' ? ' %' : f.unit === 'EUR' ? ' €' : '');
const number = new Intl.NumberFormat('fr-FR');

/** A finding's figure as a reader writes it: 37 %, 1 000, 1 500 000 €. */
export const figure = f => `${number.format(f.value)}${unitOf(f)}`;

/** The series the list holds: chains of findings linked by `updates`, oldest first, of two points or more. */
export function series(findings) {
  const byId = new Map(findings.map(f => [f.id, f]));
  const out = [];
  for (const f of findings) {
    if (f.updates && byId.has(f.updates)) continue; // not the start of a chain
    const chain = [f];
    let next = f;
    while (next) {
      next = (next.updatedBy ?? []).map(id => byId.get(id)).find(Boolean);
      if (next) chain.push(next);
    }
    if (chain.length > 1) out.push(chain);
  }
  return out;
}

/** A small line chart of a series: value over year, each point labelled. */
export function seriesSvg(chain) {
  const w = 220;
  const h = 60;
  const years = chain.map(f => f.year ?? 0);
  const [y0, y1] = [Math.min(...years), Math.max(...years)];
  const x = f => 20 + ((f.year ?? y0) - y0) / Math.max(1, y1 - y0) * (w - 40);
  const y = f => h - 12 - (f.value / 100) * (h - 24);
  const points = chain.map(f => `${x(f).toFixed(1)},${y(f).toFixed(1)}`).join(' ');
  return `<svg class="series" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img">
    <polyline points="${points}" fill="none" stroke="#1f4e79" stroke-width="2"/>
    ${chain.map(f => `<circle cx="${x(f).toFixed(1)}" cy="${y(f).toFixed(1)}" r="3" fill="#1f4e79"/>
      <text x="${x(f).toFixed(1)}" y="${(y(f) - 6).toFixed(1)}" font-size="10" text-anchor="middle">${esc(figure(f))} (${esc(f.year)})</text>`).join('')}
  </svg>`;
}

/** The section: one line per finding, its sources in a details element, then the series' charts. */
export function findingsHtml(findings, t, label) {
  if (!findings?.length) return '';
  const items = findings.map(f => `<li class="finding" data-finding="${esc(f.id)}"><b>${esc(figure(f))}</b>
    ${esc(label(f.populationLabel))} (${esc(f.period ?? '')}) : ${esc(label(f.statement))}
    <details><summary>${t('sourcesOf', f.provenance.length)}</summary><ul class="plain">${f.provenance.map(p => `<li>
      <q>${esc(p.quote)}</q> — ${esc(p.source.title ?? p.source.id)}${p.page ? `, ${esc(p.page)}` : ''}</li>`).join('')}</ul>
      ${f.note ? `<p class="hint">${esc(f.note)}</p>` : ''}</details></li>`).join('');
  const charts = series(findings).map(chain => `<figure class="finding-series">${seriesSvg(chain)}
    <figcaption>${esc(label(chain[0].populationLabel))}</figcaption></figure>`).join('');
  return `<h3>${t('findings')}</h3><ul class="plain" id="findings">${items}</ul>${charts}`;
}
