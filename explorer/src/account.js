// Signing in to the page and the writes a signed-in editor makes from it. The session is a cookie the
// script never sees (HttpOnly); every request that changes something echoes the XSRF-TOKEN cookie in
// the X-XSRF-TOKEN header, as the service asks of requests carrying the session.

export const session = { signedIn: false, email: null, role: null, programmes: [], territories: [] };

export function csrfHeaders() {
  const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length);
  return token ? { 'X-XSRF-TOKEN': decodeURIComponent(token) } : {};
}

async function errorOf(response) {
  try {
    return (await response.json()).errors?.map(e => e.message).join('; ') || `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

/** Who is signed in (this also hands the CSRF cookie the later writes echo). */
export async function loadSession() {
  const response = await fetch('session', { credentials: 'same-origin' });
  if (response.ok) Object.assign(session, await response.json());
  return session;
}

export async function signIn(email, password) {
  const response = await fetch('session', { method: 'POST', credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...csrfHeaders() }, body: JSON.stringify({ email, password }) });
  if (!response.ok) throw new Error(await errorOf(response));
  Object.assign(session, await response.json());
  return session;
}

export async function signOut() {
  await fetch('session', { method: 'DELETE', credentials: 'same-origin', headers: csrfHeaders() });
  Object.assign(session, { signedIn: false, email: null, role: null, programmes: [], territories: [] });
  await loadSession();
}

export const canEdit = () => session.signedIn && (session.role === 'EDITOR' || session.role === 'ADMIN');

/** The header's sign-in button, or who is signed in and a sign-out button. */
export function renderAccount(root, t, onChange) {
  const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  if (session.signedIn) {
    const limits = [...session.programmes, ...session.territories];
    root.innerHTML = `<span id="signed-in-as" title="${esc(limits.length ? t('limitedTo', limits.join(', ')) : '')}">${esc(session.email)}
      · ${esc(t('role_' + session.role))}</span> <button type="button" id="sign-out">${t('signOut')}</button>`;
    root.querySelector('#sign-out').onclick = async () => { await signOut(); renderAccount(root, t, onChange); onChange(); };
    return;
  }
  root.innerHTML = `<button type="button" id="sign-in-open">${t('signIn')}</button>`;
  root.querySelector('#sign-in-open').onclick = () => {
    const dialog = document.getElementById('sign-in');
    dialog.querySelector('#sign-in-error').textContent = '';
    dialog.showModal();
  };
  const form = document.getElementById('sign-in-form');
  form.onsubmit = async event => {
    event.preventDefault();
    const error = document.getElementById('sign-in-error');
    error.textContent = '';
    try {
      await signIn(form.elements.email.value, form.elements.password.value);
      form.elements.password.value = '';
      document.getElementById('sign-in').close();
      renderAccount(root, t, onChange);
      onChange();
    } catch (e) {
      error.textContent = e.message;
    }
  };
  document.getElementById('sign-in-cancel').onclick = () => document.getElementById('sign-in').close();
}
