// The accounts, for an administrator: list, create, limit, disable and enable, through the
// service's GraphQL (createAccount, updateAccount); the service checks the role and every field.
import { csrfHeaders, session } from './account.js';
import { esc } from './html.js';


async function gql(query, variables = {}) {
  const response = await fetch('graphql', { method: 'POST', credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...csrfHeaders() }, body: JSON.stringify({ query, variables }) });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || body.errors?.length) throw new Error(body.errors?.map(e => e.message).join('; ') || `HTTP ${response.status}`);
  return body.data;
}

const list = v => v.split(/[,;\s]+/).map(x => x.trim()).filter(Boolean);

export async function renderAdmin(root, t) {
  if (!session.signedIn || session.role !== 'ADMIN') { root.innerHTML = ''; root.hidden = true; return; }
  root.hidden = false;
  let accounts = [];
  try {
    accounts = (await gql('{ accounts { email name role programmes territories disabled } }')).accounts;
  } catch (e) {
    root.innerHTML = `<p class="error">${esc(e.message)}</p>`;
    return;
  }
  root.innerHTML = `<h2>${t('accounts')}</h2>
    <ul class="plain" id="account-list">${accounts.map(a => `<li data-email="${esc(a.email)}">${esc(a.email)} · ${esc(t('role_' + a.role))}
      ${[...a.programmes, ...a.territories].length ? `<small>(${esc([...a.programmes, ...a.territories].join(', '))})</small>` : ''}
      ${a.email === session.email ? '' : `<button type="button" class="toggle-account" data-disabled="${a.disabled}">${a.disabled ? t('enable') : t('disable')}</button>`}
      ${a.disabled ? `<small class="error">${t('disabled')}</small>` : ''}</li>`).join('')}</ul>
    <form id="account-form" class="edit"><h4>${t('newAccount')}</h4>
      <label for="account-email">${t('email')}</label><input id="account-email" name="email" type="email" required>
      <label for="account-role">${t('role')}</label><select id="account-role" name="role">
        <option value="EDITOR">${t('role_EDITOR')}</option><option value="READER">${t('role_READER')}</option><option value="ADMIN">${t('role_ADMIN')}</option></select>
      <label for="account-password">${t('password')}</label><input id="account-password" name="password" type="password" minlength="12" required>
      <label for="account-programmes">${t('limitProgrammes')}</label><input id="account-programmes" name="programmes" placeholder="phare, impact">
      <label for="account-territories">${t('limitTerritories')}</label><input id="account-territories" name="territories" placeholder="departement:53">
      <button type="submit" id="account-create">${t('create')}</button><p id="account-result" class="error" role="status"></p></form>`;
  root.querySelectorAll('.toggle-account').forEach(b => {
    b.onclick = async () => {
      const email = b.closest('li').dataset.email;
      try {
        await gql('mutation($input: AccountChangesInput!) { updateAccount(input: $input) { email } }',
          { input: { email, disabled: b.dataset.disabled !== 'true' } });
        await renderAdmin(root, t);
      } catch (e) {
        b.insertAdjacentHTML('afterend', ` <small class="error">${esc(e.message)}</small>`);
      }
    };
  });
  const form = root.querySelector('#account-form');
  form.onsubmit = async event => {
    event.preventDefault();
    const f = form.elements;
    try {
      await gql('mutation($input: NewAccountInput!) { createAccount(input: $input) { email } }', { input: {
        email: f.email.value, role: f.role.value, password: f.password.value,
        programmes: list(f.programmes.value), territories: list(f.territories.value) } });
      await renderAdmin(root, t);
    } catch (e) {
      root.querySelector('#account-result').textContent = e.message;
    }
  };
}
