// Small DOM helpers. Everything from the server is set as text (textContent), never as HTML.

/** Builds an element: h('button', {class: 'primary', onclick}, 'Save'). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      el.className = value;
    } else if (name === 'value') {
      el.value = value;
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces the children of el. */
export function put(el, ...children) {
  el.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

/** JSON as one line, for table cells. */
export function oneLine(value) {
  return value === undefined ? '' : JSON.stringify(value);
}

/** JSON indented, for views and editors. */
export function pretty(value) {
  return JSON.stringify(value, null, 2);
}

/** 1536 → "1.5 KiB". */
export function bytes(n) {
  if (n === undefined || n === null) return '';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return (i === 0 ? String(v) : v.toFixed(v < 10 ? 1 : 0)) + ' ' + units[i];
}

/** Remaining milliseconds → "4m 10s"; null → "no expiry". */
export function ttl(ms) {
  if (ms === null || ms === undefined) return 'no expiry';
  let s = Math.max(0, Math.round(ms / 1000));
  const parts = [];
  for (const [unit, size] of [['d', 86400], ['h', 3600], ['m', 60]]) {
    if (s >= size) { parts.push(Math.floor(s / size) + unit); s %= size; }
  }
  if (s || !parts.length) parts.push(s + 's');
  return parts.slice(0, 2).join(' ');
}

/** A short message at the bottom of the window. */
let toastTimer;
export function toast(text, bad = false) {
  const el = document.getElementById('toast');
  el.textContent = text;
  el.className = bad ? 'bad' : '';
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { el.hidden = true; }, 3500);
}

/** The empty state of a list. */
export function empty(title, hint) {
  return h('div', { class: 'empty' }, h('strong', {}, title), hint ? h('span', {}, hint) : null);
}

/** An error as hyper returned it: "404 · not found". */
export function errorBox(err) {
  return h('p', { class: 'error', role: 'alert', 'data-testid': 'error' }, describe(err));
}

/** The text of an error from the API or the browser. */
export function describe(err) {
  if (err && err.status) return `${err.status} · ${err.msg || 'failed'}`;
  return String(err && err.message ? err.message : err);
}

/**
 * Opens the shared modal with a title, content and buttons; resolves with the button's value or
 * null when closed (Esc closes it, focus returns where it was).
 */
export function modal(title, content, buttons) {
  const dialog = document.getElementById('modal');
  const before = document.activeElement;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value) => {
      if (settled) return;
      settled = true;
      if (dialog.open) dialog.close();
      if (before && before.focus) before.focus();
      resolve(value);
    };
    const row = h('div', { class: 'actions' });
    for (const b of buttons) {
      row.append(h('button', {
        type: 'button', class: b.class || '', 'data-action': b.value,
        onclick: async () => {
          if (b.run) {
            const ok = await b.run();
            if (ok === false) return;
          }
          finish(b.value);
        },
      }, b.label));
    }
    put(dialog, h('h2', { id: 'modal-title' }, title), content, row);
    dialog.onclose = () => finish(null);
    dialog.showModal();
    const first = dialog.querySelector('textarea, input, select') || row.querySelector('button');
    if (first) first.focus();
  });
}

/** Asks before something destructive. */
export function confirmAction(text, label = 'Delete') {
  return modal('Are you sure?', h('p', {}, text), [
    { label: 'Cancel', value: 'cancel' },
    { label, value: 'ok', class: 'danger' },
  ]).then((v) => v === 'ok');
}

/** Parses JSON typed by the user, or throws an Error that says where it is wrong. */
export function parseJson(text, what) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${what} is not valid JSON: ${e.message}`);
  }
}

/** Runs fn when Enter is pressed in el (Ctrl/Cmd+Enter in a textarea). */
export function onEnter(el, fn) {
  el.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    if (el.tagName === 'TEXTAREA' && !(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    fn();
  });
  return el;
}
