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

/** The alliance's own fields (its links have their own form), filled with what it holds now. */
export function allianceFormHtml(a, t, modes, statuses, sources) {
  const options = (terms, value) => terms.map(x => `<option value="${esc(x.code)}" ${x.code === value ? 'selected' : ''}>${esc(x.label)}</option>`).join('');
  const current = a.provenance?.[0]?.source?.id;
  return `<form class="edit" id="alliance-form" data-id="${esc(a.id)}" data-version="${a.version}"><h4>${t('editAlliance')}</h4>
    <label for="al-name">${t('name')}</label><input id="al-name" name="name" value="${esc(a.name)}" required>
    <label for="al-mode">${t('mode')}</label><select id="al-mode" name="mode">${options(modes, a.mode)}</select>
    <label for="al-status">${t('status')}</label><select id="al-status" name="status">${options(statuses, a.status)}</select>
    <label for="al-start">${t('startDate')}</label><input id="al-start" name="startDate" type="date" value="${esc(a.startDate ?? '')}">
    <label for="al-end">${t('endDate')}</label><input id="al-end" name="endDate" type="date" value="${esc(a.endDate ?? '')}">
    <label for="al-objectives">${t('objectives')}</label><input id="al-objectives" name="objectives" value="${esc(a.objectives ?? '')}">
    <label for="al-source">${t('sourceOfChange')}</label><select id="al-source" name="source">${sources.map(s => `<option value="${esc(s.id)}"
      ${s.id === current ? 'selected' : ''}>${esc(s.title)}</option>`).join('')}</select>
    <label for="al-quote">${t('quote')}</label><input id="al-quote" name="quote">
    <button type="submit" id="alliance-save">${t('save')}</button><p id="alliance-result" class="error" role="status"></p></form>`;
}

/** A partner's role and dates in the alliance: one listed (or any organisation by its id) added or corrected. */
export function membershipFormHtml(a, t, roles, sources) {
  const current = a.provenance?.[0]?.source?.id;
  return `<form class="edit" id="membership-form" data-id="${esc(a.id)}"><h4>${t('editMembership')}</h4>
    <label for="ms-organisation">${t('organisation')}</label><input id="ms-organisation" name="organisation" list="ms-partners" required>
    <datalist id="ms-partners">${a.partners.map(p => `<option value="${esc(p.organisation.id)}">${esc(p.organisation.name)}</option>`).join('')}</datalist>
    <label for="ms-role">${t('role')}</label><select id="ms-role" name="role">${roles.map(r => `<option value="${esc(r.code)}">${esc(r.label)}</option>`).join('')}</select>
    <label for="ms-since">${t('startDate')}</label><input id="ms-since" name="since" type="date">
    <label for="ms-until">${t('endDate')}</label><input id="ms-until" name="until" type="date">
    <label for="ms-source">${t('sourceOfChange')}</label><select id="ms-source" name="source">${sources.map(s => `<option value="${esc(s.id)}"
      ${s.id === current ? 'selected' : ''}>${esc(s.title)}</option>`).join('')}</select>
    <button type="submit" id="membership-save">${t('save')}</button><p id="membership-result" class="error" role="status"></p></form>`;
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

const blank = v => (v.trim() === '' ? null : v.trim());

/**
 * Sends a form's write; once written, shows the node again and says "saved" under the form (the
 * node's panel is drawn anew, so the line is found again by its id), else the service's reason.
 */
async function submit(root, resultId, { gql, reload, t }, mutation, input) {
  try {
    await gql(mutation, { input });
    await reload();
    const saved = root.ownerDocument.getElementById(resultId);
    if (saved) { saved.className = 'saved'; saved.textContent = t('saved'); }
  } catch (e) {
    const result = root.ownerDocument.getElementById(resultId);
    result.className = 'error';
    result.textContent = e.message;
  }
}

/** Wires the forms present in `root`; `gql` sends, `reload` shows the node again once written. */
export function wireEditForms(root, context) {
  const on = (id, inputOf, mutation) => {
    const form = root.querySelector(`#${id}-form`);
    if (form) {
      form.onsubmit = event => {
        event.preventDefault();
        submit(root, `${id}-result`, context, mutation, inputOf(form.elements, form.dataset));
      };
    }
  };
  on('organisation', (f, d) => ({ id: d.id, name: f.name.value, kind: f.kind.value, acronym: blank(f.acronym.value),
    territory: blank(f.territory.value), siren: blank(f.siren.value), rna: blank(f.rna.value), website: blank(f.website.value),
    provenance: { source: f.source.value, quote: blank(f.quote.value) }, expectedVersion: Number(d.version) }),
  'mutation($input: OrganisationInput!) { upsertOrganisation(input: $input) { id } }');
  on('alliance', (f, d) => ({ alliance: d.id, name: f.name.value, mode: f.mode.value, status: blank(f.status.value),
    startDate: blank(f.startDate.value), endDate: blank(f.endDate.value), objectives: blank(f.objectives.value),
    provenance: { source: f.source.value, quote: blank(f.quote.value) }, expectedVersion: Number(d.version) }),
  'mutation($input: AllianceFieldsInput!) { setAllianceFields(input: $input) { id } }');
  on('membership', (f, d) => ({ alliance: d.id, organisation: f.organisation.value.trim(), role: f.role.value,
    since: blank(f.since.value), until: blank(f.until.value), provenance: { source: f.source.value } }),
  'mutation($input: MembershipInput!) { setMembership(input: $input) { role } }');
  const links = root.querySelector('#links-form');
  if (links) {
    const send = add => {
      const f = links.elements;
      const input = { alliance: links.dataset.id, [f.kind.value]: [f.value.value.trim()], expectedVersion: Number(links.dataset.version) };
      if (add && f.kind.value === 'sdgTargets') input.sdgBasis = 'SOURCE';
      submit(root, 'links-result', context, `mutation($input: AllianceLinksInput!) { ${add ? 'linkAlliance' : 'unlinkAlliance'}(input: $input) { id } }`, input);
    };
    links.onsubmit = event => { event.preventDefault(); send(true); };
    root.querySelector('#link-remove').onclick = () => send(false);
  }
}
