// hyper vision: the shell (navigation, theme, sign-in) and a hash router over one view per service.
import { whenUnauthorized } from './api.js';
import { appKey, fromConnectionString, signIn, signOut, signedIn } from './auth.js';
import { put, h, describe } from './dom.js';
import * as overview from './views/overview.js';
import * as data from './views/data.js';
import * as cache from './views/cache.js';
import * as search from './views/search.js';
import * as storage from './views/storage.js';
import * as queue from './views/queue.js';

const VIEWS = { overview, data, cache, search, storage, queue };
const main = document.getElementById('main');
let rendering = 0;

/** "#/storage/photos/a/b" → {view: 'storage', parts: ['photos', 'a', 'b']}. */
function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const parts = hash ? hash.split('/').map((p) => decodeURIComponent(p)) : [];
  const view = VIEWS[parts[0]] ? parts.shift() : 'overview';
  return { view, parts };
}

async function render() {
  const { view, parts } = route();
  const mine = ++rendering;
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = `hyper vision · ${view}`;
  main.setAttribute('aria-busy', 'true');
  try {
    const content = await VIEWS[view].render(parts);
    if (mine === rendering) put(main, content);
  } catch (err) {
    if (mine === rendering) {
      const signInButton = err && err.status === 401
        ? h('div', { class: 'actions' }, h('button', { class: 'primary', type: 'button', onclick: askToSignIn }, 'Sign in'))
        : null;
      put(main, h('div', { class: 'panel' },
        h('h1', {}, err && err.status === 401 ? 'Sign in to see this server' : 'Something went wrong'),
        h('p', { class: 'error', role: 'alert', 'data-testid': 'error' }, describe(err)), signInButton));
    }
  } finally {
    if (mine === rendering) main.removeAttribute('aria-busy');
  }
}

/* theme: the system's by default; the toggle's choice is remembered in this browser */
const THEME = 'hyper-vision-theme';
function applyTheme(theme) {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}
function currentTheme() {
  return document.documentElement.dataset.theme
    || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}
applyTheme(localStorage.getItem(THEME));
document.getElementById('theme').addEventListener('click', () => {
  const next = currentTheme() === 'dark' ? 'light' : 'dark';
  localStorage.setItem(THEME, next);
  applyTheme(next);
});

/* sign-in */
const dialog = document.getElementById('signin');
const form = document.getElementById('signin-form');
const problem = document.getElementById('signin-error');
function showWho() {
  const who = document.getElementById('who');
  who.textContent = signedIn() ? `app key ${appKey()}` : '';
  document.getElementById('signout').hidden = !signedIn();
}
function askToSignIn() {
  if (dialog.open) return;
  problem.hidden = !signedIn();
  problem.textContent = signedIn() ? 'The server did not accept this app key and secret (401).' : '';
  dialog.showModal();
  document.getElementById('signin-cs').focus();
}
form.addEventListener('submit', (e) => {
  e.preventDefault();
  try {
    const cs = form.elements.cs.value.trim();
    const creds = cs ? fromConnectionString(cs) : { key: form.elements.key.value.trim(), secret: form.elements.secret.value };
    signIn(creds.key, creds.secret);
    form.reset();
    dialog.close();
    showWho();
    render();
  } catch (err) {
    problem.hidden = false;
    problem.textContent = err.message;
  }
});
document.getElementById('signout').addEventListener('click', () => {
  signOut();
  showWho();
  render();
});
whenUnauthorized(askToSignIn);

window.addEventListener('hashchange', render);
showWho();
render();
