// The manager's workspace in the page: spreadsheets in (preview, then one click writes it all or
// nothing), for a signed-in editor. The service reads and checks the files; the page shows its plan.
import { csrfHeaders, session } from './account.js';
import { esc } from './html.js';


let current = null;

async function send(url, body, isForm) {
  const response = await fetch(url, { method: 'POST', credentials: 'same-origin',
    headers: isForm ? csrfHeaders() : { 'content-type': 'application/json', ...csrfHeaders() }, body: isForm ? body : JSON.stringify(body) });
  const json = await response.json().catch(() => ({}));
  if (!response.ok && !json.plan) throw new Error(json.errors?.map(e => e.message).join('; ') || `HTTP ${response.status}`);
  return json;
}

/** The workspace panel: empty unless an editor is signed in. */
export function renderWorkspace(root, t, sources, onWritten) {
  if (!session.signedIn || !['EDITOR', 'ADMIN'].includes(session.role)) { root.innerHTML = ''; root.hidden = true; return; }
  root.hidden = false;
  const options = sources.map(s => `<option value="${esc(s.id)}">${esc(s.title)}</option>`).join('');
  const programmes = session.programmes.map(p => `<option value="${esc(p)}">${esc(p)}</option>`).join('');
  root.innerHTML = `<h2>${t('workspace')}</h2>
    <form id="upload-form" class="edit">
      <label for="upload-files">${t('uploadFiles')}</label>
      <input id="upload-files" name="files" type="file" multiple accept=".csv,.xlsx,.txt" required>
      <p class="hint"><a href="workspace/template.xlsx" id="template-xlsx">${t('templateXlsx')}</a> ·
        <a href="workspace/template.csv" id="template-csv">${t('templateCsv')}</a></p>
      <label for="upload-source">${t('uploadSource')}</label>
      <select id="upload-source" name="source"><option value="">${t('newSource')}</option>${options}</select>
      <div id="new-source"><label for="upload-source-title">${t('sourceTitle')}</label>
        <input id="upload-source-title" name="sourceTitle" type="text">
        <label for="upload-source-date">${t('sourceDate')}</label><input id="upload-source-date" name="sourceDate" type="date"></div>
      ${programmes ? `<label for="upload-programme">${t('uploadProgramme')}</label><select id="upload-programme" name="programme">${programmes}</select>` : ''}
      <button type="submit" id="upload-preview">${t('preview')}</button>
    </form>
    <div id="upload-plan"></div>`;
  const form = root.querySelector('#upload-form');
  form.elements.source.onchange = () => { root.querySelector('#new-source').hidden = Boolean(form.elements.source.value); };
  form.onsubmit = async event => {
    event.preventDefault();
    const data = new FormData(form);
    if (data.get('source')) { data.delete('sourceTitle'); data.delete('sourceDate'); }
    try {
      current = await send('workspace/uploads', data, true);
      renderPlan(root.querySelector('#upload-plan'), t, onWritten);
      root.querySelector('#upload-plan').scrollIntoView({ block: 'start' });
    } catch (e) {
      root.querySelector('#upload-plan').innerHTML = `<p class="error" id="upload-error">${esc(e.message)}</p>`;
    }
  };
}

function choices(root) {
  const chosen = {};
  root.querySelectorAll('select[data-ref]').forEach(s => { chosen[s.dataset.ref] = s.value; });
  return chosen;
}

function renderPlan(root, t, onWritten) {
  const plan = current.plan;
  const counts = status => plan.items.filter(i => i.status === status && i.kind !== 'source').length;
  const change = c => `${esc(c.field)} : ${esc(c.before ?? '—')} → ${esc(c.after ?? '—')}`;
  root.innerHTML = `
    <ul class="plain hint" id="upload-notes">${plan.notes.map(n => `<li>${esc(n)}</li>`).join('')}</ul>
    ${plan.rejected.length ? `<h4>${t('rejected', plan.rejected.length)}</h4><ul class="plain" id="upload-rejected">
      ${plan.rejected.map(p => `<li><b>${esc(p.where)}</b> ${esc(p.reason)}</li>`).join('')}</ul>
      <p class="error">${t('fixAndResend')}</p>` : ''}
    ${plan.candidates.length ? `<h4>${t('alreadyThere')}</h4><ul class="plain" id="upload-candidates">${plan.candidates.map(c => `<li>
      ${esc(c.name)} <small>(${esc(c.where)})</small> <select data-ref="${esc(c.ref)}">
      ${c.matches.map(m => `<option value="${esc(m.id)}" ${m.id === c.choice ? 'selected' : ''}>${t('same')} ${esc(m.name)}${m.territory ? `, ${esc(m.territory)}` : ''} (${esc(m.why)})</option>`).join('')}
      <option value="new" ${c.choice === 'new' ? 'selected' : ''}>${t('newOne')}</option></select></li>`).join('')}</ul>` : ''}
    <p id="upload-counts">${t('planCounts', counts('NEW'), counts('CHANGED'), counts('UNCHANGED'))}</p>
    <ul class="plain" id="upload-items">${plan.items.filter(i => i.status !== 'UNCHANGED').map(i => `<li data-status="${i.status}">
      <b>${esc(t('status_' + i.status))}</b> ${esc(t('kind_' + i.kind))} ${esc(i.name)}
      ${i.changes.length ? `<br><small>${i.changes.map(change).join(' ; ')}</small>` : ''}</li>`).join('')}</ul>
    <button type="button" id="upload-apply" ${current.writable ? '' : 'disabled'}>${t('writeAll')}</button>
    <p id="upload-result" role="status"></p>`;
  root.querySelectorAll('select[data-ref]').forEach(s => {
    s.onchange = async () => { current = await send(`workspace/uploads/${current.id}/plan`, { choices: choices(root) }); renderPlan(root, t, onWritten); };
  });
  root.querySelector('#upload-apply').onclick = async () => {
    const result = root.querySelector('#upload-result');
    try {
      const done = await send(`workspace/uploads/${current.id}/apply`, { choices: choices(root) });
      if (!done.written) { current = done; renderPlan(root, t, onWritten); return; }
      result.className = 'saved';
      result.textContent = t('written', done.written.rows);
      root.querySelector('#upload-apply').disabled = true;
      onWritten();
    } catch (e) {
      result.className = 'error';
      result.textContent = e.message;
    }
  };
}
