// A territory's registered organisations (RNA, SIRENE) in the summary: how many, how many take part in
// an alliance, and the fields (fragility domains, social objects, activity sections) where many are in
// none: the gaps a manager acts on.
import { esc } from './html.js';


const number = (n, lang) => Number(n).toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR');

/** The GraphQL selection the section reads. */
export const REGISTERED_QUERY = `query($t: ID!) { registered(territory: $t) {
  total allied engagementRate
  byKind { key label { fr en } registered allied }
  byFragilityDomain { key label { fr en } registered allied }
  unalliedBySocialObject { key label { fr en } registered }
  unalliedByNafSection { key label { fr en } registered } } }`;

/** The section's HTML; empty when the registries list nobody here. `top` rows per list. */
export function registeredHtml(r, t, label, lang = 'fr', top = 6) {
  if (!r || !r.total) return '';
  const rate = Math.round(r.engagementRate * 1000) / 10;
  const rows = (items, allied) => items.slice(0, top).map(i => `<li><b>${number(i.registered, lang)}</b> ${esc(label(i.label) || i.key)}${
    allied ? ` · ${t('registeredAllied', number(i.allied, lang))}` : ''}</li>`).join('');
  const list = (id, title, items, allied) => (items.length ? `<p><small>${esc(title)}</small></p><ul class="plain" id="${id}">${rows(items, allied)}</ul>` : '');
  return `<h3>${t('registered')}</h3>
    <p id="registered-total">${t('registeredTotal', number(r.total, lang), number(r.allied, lang), rate.toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR'))}</p>
    ${list('registered-kinds', t('registeredByKind'), r.byKind, true)}
    ${list('registered-domains', t('registeredByDomain'), r.byFragilityDomain, true)}
    ${list('registered-objects', t('unalliedByObject'), r.unalliedBySocialObject, false)}
    ${list('registered-sections', t('unalliedBySection'), r.unalliedByNafSection, false)}`;
}
