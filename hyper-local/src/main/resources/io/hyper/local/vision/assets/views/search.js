// Search: queries with fields and filter, matches with score and stored fields; the index's fields.
import { call, enc, vision } from '../api.js';
import { h, put, errorBox, onEnter, parseJson, toast, empty, oneLine, modal, confirmAction, describe } from '../dom.js';
import { chooser, header } from './common.js';

/** Renders a search index, or the list of indexes. */
export async function render(parts) {
  if (!parts[0]) return chooser('search', 'Search', 'search index');
  const index = parts[0];
  const info = await vision(`search/${enc(index)}`);
  const count = h('span', { class: 'badge', 'data-testid': 'doc-count' }, `${info.docs} documents`);
  const text = h('input', { id: 'search-query', placeholder: 'words to find', spellcheck: 'false', 'aria-label': 'Query' });
  const fields = h('input', { id: 'search-fields', placeholder: `all: ${info.fields.join(', ')}`, spellcheck: 'false' });
  const filter = h('input', { id: 'search-filter', placeholder: '{"type": "movie"}', spellcheck: 'false' });
  const out = h('div', { 'data-testid': 'search-results' }, empty('Search the index', `Indexed fields: ${info.fields.join(', ')}. Press Enter to search.`));
  async function run() {
    try {
      const body = { query: text.value };
      if (fields.value.trim()) body.fields = fields.value.split(',').map((f) => f.trim()).filter(Boolean);
      if (filter.value.trim()) body.filter = parseJson(filter.value, 'The filter');
      const res = await call('POST', `/search/${enc(index)}/_query`, { json: body });
      put(out, res.matches.length === 0 ? empty('No matches', 'Try other words or fewer fields.')
        : h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'matches' },
          h('thead', {}, h('tr', {}, h('th', {}, 'Key'), h('th', { class: 'num' }, 'Score'), h('th', {}, 'Stored fields'), h('th', {}, ''))),
          h('tbody', {}, res.matches.map((m) => {
            const { id, score, ...stored } = m;
            return h('tr', { 'data-id': id },
              h('td', { class: 'mono' }, id), h('td', { class: 'num' }, Number(score).toFixed(3)),
              h('td', { class: 'json', title: oneLine(stored) }, oneLine(stored)),
              h('td', { class: 'actions-cell' }, h('button', { class: 'small danger', type: 'button', 'data-action': 'delete', onclick: () => remove(id) }, 'Remove')));
          })))));
    } catch (err) { put(out, errorBox(err)); }
  }
  async function refreshCount() {
    try { count.textContent = `${(await vision(`search/${enc(index)}`)).docs} documents`; } catch (e) { /* shown elsewhere */ }
  }
  async function remove(key) {
    if (!(await confirmAction(`Remove “${key}” from the index ${index}?`, 'Remove'))) return;
    try {
      await call('DELETE', `/search/${enc(index, key)}`);
      toast(`Removed ${key}`);
      refreshCount();
      run();
    } catch (err) { toast(describe(err), true); }
  }
  function add() {
    const key = h('input', { id: 'search-key', spellcheck: 'false' });
    const doc = h('textarea', { class: 'code', id: 'search-doc', rows: 8, spellcheck: 'false' });
    doc.value = pretty(Object.fromEntries(info.fields.concat(info.storeFields).map((f) => [f, ''])));
    const problem = h('div', {});
    return modal(`Index a document in ${index}`, h('div', {}, h('label', {}, 'key', key), h('label', {}, 'document', doc), problem), [
      { label: 'Cancel', value: 'cancel' },
      { label: 'Index', value: 'add', class: 'primary', run: async () => {
        try {
          await call('POST', `/search/${enc(index)}`, { json: { key: key.value, doc: parseJson(doc.value, 'The document') } });
          toast(`Indexed ${key.value}`);
          refreshCount();
          return true;
        } catch (err) { put(problem, errorBox(err)); return false; }
      } },
    ]);
  }
  for (const el of [text, fields, filter]) onEnter(el, run);
  setTimeout(() => text.focus(), 0);
  return h('div', {},
    header(index, h('span', {}, h('a', { href: '#/search' }, 'Search'), ' / '), count,
      h('button', { class: 'primary', type: 'button', id: 'search-add', onclick: add }, 'Index document')),
    h('section', { class: 'panel' },
      h('p', { class: 'muted', 'data-testid': 'index-fields' }, `fields: ${info.fields.join(', ')} · stored: ${info.storeFields.join(', ') || 'none'}`),
      h('div', { class: 'controls' }, h('label', { class: 'wide' }, 'query', text), h('label', {}, 'fields', fields), h('label', {}, 'filter', filter),
        h('button', { type: 'button', class: 'primary', id: 'search-run', onclick: run }, 'Search')),
      out));
}

function pretty(v) { return JSON.stringify(v, null, 2); }
