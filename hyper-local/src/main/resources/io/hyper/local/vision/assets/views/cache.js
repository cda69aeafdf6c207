// Cache: keys by glob with their values and remaining ttl; set and delete.
import { call, enc, vision } from '../api.js';
import { h, put, errorBox, onEnter, parseJson, toast, empty, oneLine, pretty, ttl, modal, confirmAction, describe } from '../dom.js';
import { chooser, header } from './common.js';

/** Renders a cache store, or the list of stores. */
export async function render(parts) {
  if (!parts[0]) return chooser('cache', 'Cache', 'cache store');
  const store = parts[0];
  const pattern = h('input', { id: 'cache-pattern', value: '*', spellcheck: 'false', 'aria-label': 'Key pattern' });
  const out = h('div', { 'data-testid': 'cache-results' });
  async function load() {
    try {
      const res = await vision(`cache/${enc(store)}`, { pattern: pattern.value.trim() || '*' });
      put(out, res.docs.length === 0 ? empty('No keys match', 'Try * or set a key.')
        : h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'keys' },
          h('thead', {}, h('tr', {}, h('th', {}, 'Key'), h('th', {}, 'Value'), h('th', { class: 'num' }, 'TTL left'), h('th', {}, ''))),
          h('tbody', {}, res.docs.map((d) => h('tr', { 'data-key': d.key },
            h('td', {}, h('button', { class: 'id-link', type: 'button', onclick: () => edit(d) }, d.key)),
            h('td', { class: 'json', title: oneLine(d.value) }, oneLine(d.value)),
            h('td', { class: 'num', 'data-ttl': d.ttl ?? '' }, ttl(d.ttl)),
            h('td', { class: 'actions-cell' },
              h('button', { class: 'small', type: 'button', 'data-action': 'edit', onclick: () => edit(d) }, 'Edit'),
              h('button', { class: 'small danger', type: 'button', 'data-action': 'delete', onclick: () => remove(d.key) }, 'Delete'))))))));
    } catch (err) { put(out, errorBox(err)); }
  }
  async function remove(key) {
    if (!(await confirmAction(`Delete key “${key}” from ${store}?`))) return;
    try {
      await call('DELETE', `/cache/${enc(store, key)}`);
      toast(`Deleted ${key}`);
      load();
    } catch (err) { toast(describe(err), true); }
  }
  function edit(entry) {
    const isNew = !entry;
    const key = h('input', { id: 'cache-key', spellcheck: 'false', value: isNew ? '' : entry.key, readonly: !isNew });
    const value = h('textarea', { class: 'code', id: 'cache-value', rows: 10, spellcheck: 'false' });
    value.value = isNew ? '{\n  \n}' : pretty(entry.value);
    const life = h('input', { id: 'cache-ttl', spellcheck: 'false', placeholder: 'e.g. 30s, 5m, 2h — empty: no expiry' });
    const problem = h('div', {});
    return modal(isNew ? `Set a key in ${store}` : `Key ${entry.key}`, h('div', {},
      h('label', {}, 'key', key), h('label', {}, 'value (a JSON object)', value), h('label', {}, 'ttl', life), problem), [
      { label: 'Cancel', value: 'cancel' },
      { label: 'Save', value: 'save', class: 'primary', run: async () => {
        try {
          if (!key.value) throw new Error('a key is needed');
          const body = parseJson(value.value, 'The value');
          await call('PUT', `/cache/${enc(store, key.value)}`, { json: body, query: { ttl: life.value.trim() } });
          toast(`Saved ${key.value}`);
          load();
          return true;
        } catch (err) { put(problem, errorBox(err)); return false; }
      } },
    ]);
  }
  onEnter(pattern, load);
  load();
  return h('div', {},
    header(store, h('span', {}, h('a', { href: '#/cache' }, 'Cache'), ' / '),
      h('button', { class: 'primary', type: 'button', id: 'set-key', onclick: () => edit(null) }, 'Set key')),
    h('section', { class: 'panel' },
      h('div', { class: 'controls' }, h('label', { class: 'wide' }, 'keys matching (glob: * and ?)', pattern),
        h('button', { type: 'button', class: 'primary', id: 'cache-find', onclick: load }, 'Find')),
      out));
}
