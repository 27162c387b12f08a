// The page's forms for a signed-in editor: an organisation corrected (every field, its source, and
// the version read, so a change made meanwhile by someone else is refused, not overwritten), and an
// alliance's links added or removed (territories, programmes, SDG targets: the other links stay).
import { esc } from './html.js';

/**
 * Where a change comes from: a document of the graph, or a new one (title, date, address) added with
 * the change; the quote and the page in it.
 */
export function sourceFieldsHtml(prefix, t, sources, current) {
  return `<label for="${prefix}-source">${t('sourceOfChange')}</label><select id="${prefix}-source" name="source">${sources.map(s => `<option value="${esc(s.id)}"
      ${s.id === current ? 'selected' : ''}>${esc(s.title)}</option>`).join('')}<option value="${NEW_SOURCE}">${t('newSource')}</option></select>
    <fieldset class="new-source" hidden><label for="${prefix}-source-title">${t('sourceTitle')}</label><input id="${prefix}-source-title" name="sourceTitle">
      <label for="${prefix}-source-date">${t('sourceDate')}</label><input id="${prefix}-source-date" name="sourceDate" type="date">
      <label for="${prefix}-source-url">${t('sourceUrl')}</label><input id="${prefix}-source-url" name="sourceUrl" type="url"></fieldset>
    <label for="${prefix}-quote">${t('quote')}</label><input id="${prefix}-quote" name="quote">
    <label for="${prefix}-page">${t('pageOf')}</label><input id="${prefix}-page" name="page" size="6">`;
}

export const NEW_SOURCE = '__new';

/** The id a new document gets: from its title and date, so sending the same document twice names one source. */
export function sourceId(title, date) {
  const slug = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '').slice(0, 60);
  return `doc-${slug || 'sans-titre'}${date ? `-${date}` : ''}`;
}

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
    ${sourceFieldsHtml('org', t, sources, current)}
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
    ${sourceFieldsHtml('al', t, sources, current)}
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
    ${sourceFieldsHtml('ms', t, sources, current)}
    <button type="submit" id="membership-save">${t('save')}</button><p id="membership-result" class="error" role="status"></p></form>`;
}

/**
 * Another organisation that is the same as this one merged into it (its memberships, sources and
 * identifiers kept here, its id answering for this one), found by its name as one types; and, for an
 * administrator, this organisation removed (a second click confirms).
 */
export function mergeFormHtml(o, t, admin) {
  return `<form class="edit" id="merge-form" data-id="${esc(o.id)}" data-name="${esc(o.name)}"><h4>${t('mergeTitle')}</h4>
    <label for="merge-other">${t('mergeOther')}</label><input id="merge-other" name="other" list="merge-found" required autocomplete="off">
    <datalist id="merge-found"></datalist>
    <div class="row"><button type="submit" id="merge-save">${t('mergeButton')}</button>
      ${admin ? `<button type="button" id="delete-organisation">${t('deleteButton')}</button>` : ''}</div>
    <p id="merge-result" class="error" role="status"></p></form>`;
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

function wireMergeForm(root, { gql, t, changed }) {
  const form = root.querySelector('#merge-form');
  if (!form) return;
  const result = root.querySelector('#merge-result');
  const fail = e => { result.className = 'error'; result.textContent = e.message; };
  const other = form.elements.other;
  let found = [];
  other.oninput = async () => {
    const text = other.value.trim();
    if (text.length < 2) return;
    try {
      found = (await gql('query($text: String!) { search(text: $text, first: 8) { node { __typename ... on Organisation { id name } } } }',
        { text })).search.map(h => h.node).filter(n => n.__typename === 'Organisation' && n.id !== form.dataset.id);
      root.querySelector('#merge-found').innerHTML = found.map(n => `<option value="${esc(n.id)}">${esc(n.name)}</option>`).join('');
    } catch { /* suggestions only: the id typed still works */ }
  };
  form.onsubmit = async event => {
    event.preventDefault();
    try {
      const merge = other.value.trim();
      await gql('mutation($keep: ID!, $merge: ID!) { mergeOrganisations(keep: $keep, merge: $merge) { id } }', { keep: form.dataset.id, merge });
      await changed(t('merged', merge), false);
    } catch (e) { fail(e); }
  };
  const remove = root.querySelector('#delete-organisation');
  if (remove) {
    remove.onclick = async () => {
      if (!remove.dataset.armed) {
        remove.dataset.armed = 'true';
        remove.textContent = t('deleteConfirm', form.dataset.name);
        return;
      }
      try {
        await gql('mutation($id: ID!) { deleteOrganisation(id: $id) }', { id: form.dataset.id });
        await changed(t('deleted', form.dataset.name), true);
      } catch (e) { fail(e); }
    };
  }
}

/**
 * The form's provenance. A new document is written first (its own write: a source cited by nothing yet
 * is a document known, not a half-written fact) unless one of that title and date exists; the form
 * then cites it as any listed one, so sending the form again does not add it twice.
 */
async function provenance(form, { gql, t, sourceAdded }) {
  const f = form.elements;
  if (f.source.value === NEW_SOURCE) {
    const title = f.sourceTitle.value.trim();
    if (!title) throw new Error(t('sourceTitleNeeded'));
    const id = sourceId(title, f.sourceDate.value);
    const known = (await gql('query($id: ID!) { source(id: $id) { id } }', { id })).source;
    if (!known) {
      await gql('mutation($input: SourceInput!) { upsertSource(input: $input) { id } }', { input: { id, title,
        date: blank(f.sourceDate.value), url: blank(f.sourceUrl.value) } });
    }
    const option = form.ownerDocument.createElement('option');
    option.value = id;
    option.textContent = title;
    f.source.prepend(option);
    f.source.value = id;
    form.querySelector('.new-source').hidden = true;
    sourceAdded?.({ id, title });
  }
  return { source: f.source.value, quote: blank(f.quote.value), page: blank(f.page.value) };
}

/**
 * Sends a form's write; once written, shows the node again and says "saved" under the form (the
 * node's panel is drawn anew, so the line is found again by its id), else the service's reason.
 */
async function submit(root, resultId, { gql, reload, t }, mutation, inputOf) {
  try {
    const input = await inputOf();
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

/**
 * Wires the forms present in `root`; `gql` sends, `reload` shows the node again once written,
 * `changed(line, gone)` draws the view again after a merge or a removal and says `line` under the
 * details, `sourceAdded` hears of a new document.
 */
export function wireEditForms(root, context) {
  wireMergeForm(root, context);
  const on = (id, inputOf, mutation) => {
    const form = root.querySelector(`#${id}-form`);
    if (form) {
      const newFields = form.querySelector('.new-source');
      if (newFields) {
        form.elements.source.onchange = () => { newFields.hidden = form.elements.source.value !== NEW_SOURCE; };
      }
      form.onsubmit = event => {
        event.preventDefault();
        submit(root, `${id}-result`, context, mutation, async () => inputOf(form.elements, form.dataset,
          await provenance(form, context)));
      };
    }
  };
  on('organisation', (f, d, provenance) => ({ id: d.id, name: f.name.value, kind: f.kind.value, acronym: blank(f.acronym.value),
    territory: blank(f.territory.value), siren: blank(f.siren.value), rna: blank(f.rna.value), website: blank(f.website.value),
    provenance, expectedVersion: Number(d.version) }),
  'mutation($input: OrganisationInput!) { upsertOrganisation(input: $input) { id } }');
  on('alliance', (f, d, provenance) => ({ alliance: d.id, name: f.name.value, mode: f.mode.value, status: blank(f.status.value),
    startDate: blank(f.startDate.value), endDate: blank(f.endDate.value), objectives: blank(f.objectives.value),
    provenance, expectedVersion: Number(d.version) }),
  'mutation($input: AllianceFieldsInput!) { setAllianceFields(input: $input) { id } }');
  on('membership', (f, d, provenance) => ({ alliance: d.id, organisation: f.organisation.value.trim(), role: f.role.value,
    since: blank(f.since.value), until: blank(f.until.value), provenance }),
  'mutation($input: MembershipInput!) { setMembership(input: $input) { role } }');
  const links = root.querySelector('#links-form');
  if (links) {
    const send = add => {
      const f = links.elements;
      const input = { alliance: links.dataset.id, [f.kind.value]: [f.value.value.trim()], expectedVersion: Number(links.dataset.version) };
      if (add && f.kind.value === 'sdgTargets') input.sdgBasis = 'SOURCE';
      submit(root, 'links-result', context, `mutation($input: AllianceLinksInput!) { ${add ? 'linkAlliance' : 'unlinkAlliance'}(input: $input) { id } }`, () => input);
    };
    links.onsubmit = event => { event.preventDefault(); send(true); };
    root.querySelector('#link-remove').onclick = () => send(false);
  }
}
