// The page's forms for a signed-in editor: an organisation corrected (every field, its source, and
// the version read, so a change made meanwhile by someone else is refused, not overwritten), and an
// alliance's links added or removed (territories, programmes, SDG targets: the other links stay).
const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The organisation's form, filled with what it holds now. */
export function organisationFormHtml(o, t, kinds, sources) {
  const field = (name, label, value, type = 'text') => `<label for="org-${name}">${label}</label>
    <input id="org-${name}" name="${name}" type="${type}" value="${esc(value ?? '')}">`;
  const current = o.provenance?.[0]?.source?.id;
  return `<form class="edit" id="organisation-form" data-id="${esc(o.id)}" data-version="${o.version}"><h4>${t('editOrganisation')}</h4>
    ${field('name', t('name'), o.name)}
    <label for="org-kind">${t('kind')}</label><select id="org-kind" name="kind">${kinds.map(k => `<option value="${esc(k.code)}"
      ${k.code === o.kind ? 'selected' : ''}>${esc(k.label)}</option>`).join('')}</select>
    ${field('acronym', t('acronym'), o.acronym)}${field('territory', t('territory'), o.territory?.id)}
    ${field('siren', 'SIREN', o.siren)}${field('rna', 'RNA', o.rna)}${field('website', t('website'), o.website, 'url')}
    <label for="org-source">${t('sourceOfChange')}</label><select id="org-source" name="source">${sources.map(s => `<option value="${esc(s.id)}"
      ${s.id === current ? 'selected' : ''}>${esc(s.title)}</option>`).join('')}</select>
    ${field('quote', t('quote'), '')}
    <button type="submit" id="organisation-save">${t('save')}</button><p id="organisation-result" class="error" role="status"></p></form>`;
}

/** Adds or removes one link of an alliance. */
export function linksFormHtml(a, t) {
  return `<form class="edit" id="links-form" data-id="${esc(a.id)}" data-version="${a.version}"><h4>${t('editLinks')}</h4>
    <label for="link-kind">${t('linkKind')}</label><select id="link-kind" name="kind">
      <option value="territories">${t('territory')}</option><option value="programmes">${t('programme')}</option>
      <option value="sdgTargets">${t('sdgTarget')}</option></select>
    <label for="link-value">${t('linkValue')}</label><input id="link-value" name="value" required placeholder="departement:53, phare, 17.17">
    <div class="row"><button type="submit" id="link-add" name="add">${t('add')}</button>
      <button type="button" id="link-remove">${t('remove')}</button></div>
    <p id="links-result" class="error" role="status"></p></form>`;
}

/** Wires the forms present in `root`; `gql` sends, `reload` shows the node again once written. */
export function wireEditForms(root, { gql, reload, t }) {
  const org = root.querySelector('#organisation-form');
  if (org) {
    org.onsubmit = async event => {
      event.preventDefault();
      const f = org.elements;
      const blank = v => (v.trim() === '' ? null : v.trim());
      const result = root.querySelector('#organisation-result');
      try {
        await gql(`mutation($input: OrganisationInput!) { upsertOrganisation(input: $input) { id } }`, { input: {
          id: org.dataset.id, name: f.name.value, kind: f.kind.value, acronym: blank(f.acronym.value), territory: blank(f.territory.value),
          siren: blank(f.siren.value), rna: blank(f.rna.value), website: blank(f.website.value),
          provenance: { source: f.source.value, quote: blank(f.quote.value) }, expectedVersion: Number(org.dataset.version) } });
        await reload();
        const saved = root.ownerDocument.getElementById('organisation-result');
        if (saved) { saved.className = 'saved'; saved.textContent = t('saved'); }
      } catch (e) {
        result.className = 'error';
        result.textContent = e.message;
      }
    };
  }
  const links = root.querySelector('#links-form');
  if (links) {
    const send = async add => {
      const f = links.elements;
      const result = root.querySelector('#links-result');
      const input = { alliance: links.dataset.id, [f.kind.value]: [f.value.value.trim()], expectedVersion: Number(links.dataset.version) };
      if (add && f.kind.value === 'sdgTargets') input.sdgBasis = 'SOURCE';
      try {
        await gql(`mutation($input: AllianceLinksInput!) { ${add ? 'linkAlliance' : 'unlinkAlliance'}(input: $input) { id } }`, { input });
        await reload();
        const saved = root.ownerDocument.getElementById('links-result');
        if (saved) { saved.className = 'saved'; saved.textContent = t('saved'); }
      } catch (e) {
        result.className = 'error';
        result.textContent = e.message;
      }
    };
    links.onsubmit = event => { event.preventDefault(); send(true); };
    root.querySelector('#link-remove').onclick = () => send(false);
  }
}
