// Data: list documents (paging, startkey/endkey, descending), Mango queries, indexes.
import { call, enc, vision } from '../api.js';
import { h, put, errorBox, onEnter, parseJson, toast, empty, oneLine } from '../dom.js';
import { chooser, header } from './common.js';
import { docsTable, addDoc } from './docs.js';

/** Renders a database, or the list of databases. */
export async function render(parts) {
  if (!parts[0]) return chooser('data', 'Data', 'database');
  const db = parts[0];
  const info = await vision(`data/${enc(db)}`);
  const count = h('span', { class: 'badge', 'data-testid': 'doc-count' }, `${info.docs} documents`);
  const panels = { list: listPanel(db, reload), query: queryPanel(db, reload), indexes: indexPanel(db, info) };
  const body = h('section', { class: 'panel' });
  const tabs = h('div', { class: 'tabs', role: 'tablist' });
  let current = 'list';
  for (const [name, label] of [['list', 'Documents'], ['query', 'Query'], ['indexes', 'Indexes']]) {
    tabs.append(h('button', { type: 'button', role: 'tab', id: `tab-${name}`, 'aria-selected': String(name === current),
      onclick: () => show(name) }, label));
  }
  function show(name) {
    current = name;
    for (const b of tabs.children) b.setAttribute('aria-selected', String(b.id === `tab-${name}`));
    put(body, tabs, panels[name].el);
    panels[name].focus();
  }
  async function reload() {
    try {
      const fresh = await vision(`data/${enc(db)}`);
      count.textContent = `${fresh.docs} documents`;
    } catch (e) { /* the table shows errors */ }
    panels[current].refresh();
  }
  put(body, tabs, panels.list.el);
  panels.list.refresh();
  return h('div', {},
    header(db, h('span', {}, h('a', { href: '#/data' }, 'Data'), ' / '), count,
      h('button', { class: 'primary', type: 'button', id: 'add-doc', onclick: () => addDoc(db, reload) }, 'Add document')),
    body);
}

function listPanel(db, reload) {
  const start = h('input', { id: 'list-startkey', placeholder: 'first _id', spellcheck: 'false' });
  const end = h('input', { id: 'list-endkey', placeholder: 'last _id', spellcheck: 'false' });
  const limit = h('input', { id: 'list-limit', type: 'number', min: '1', value: '25' });
  const desc = h('input', { id: 'list-descending', type: 'checkbox' });
  const out = h('div', { 'data-testid': 'list-results' });
  const pager = h('div', { class: 'pager' });
  const pages = [];
  let next = null;
  let shown;
  for (const el of [start, end, limit]) onEnter(el, () => { pages.length = 0; load(); });
  async function load(from) {
    const size = Math.max(1, parseInt(limit.value, 10) || 25);
    shown = from;
    try {
      // startkey and endkey bound ids in id order either way; a descending page ends at its key.
      const res = await call('GET', `/data/${enc(db)}`, { query: {
        startkey: desc.checked ? start.value : from ?? start.value,
        endkey: desc.checked ? from ?? end.value : end.value,
        limit: size + 1, descending: desc.checked ? 'true' : '' } });
      const docs = res.docs.slice(0, size);
      next = res.docs.length > size ? res.docs[size]._id : null;
      put(out, docsTable(db, docs, reload));
      put(pager,
        h('span', { class: 'muted' }, `page ${pages.length + 1}`),
        h('button', { type: 'button', class: 'small', disabled: pages.length === 0, onclick: () => { load(pages.pop()); } }, 'Previous'),
        h('button', { type: 'button', class: 'small', id: 'next-page', disabled: next === null, onclick: () => { pages.push(from); load(next); } }, 'Next'));
    } catch (err) {
      put(out, errorBox(err));
      put(pager);
    }
  }
  const el = h('div', {},
    h('div', { class: 'controls' },
      h('label', {}, 'startkey', start), h('label', {}, 'endkey', end), h('label', { class: 'narrow' }, 'limit', limit),
      h('label', { class: 'check' }, desc, 'descending'),
      h('button', { type: 'button', class: 'primary', id: 'list-run', onclick: () => { pages.length = 0; load(); } }, 'List')),
    out, pager);
  return { el, refresh: () => load(shown), focus: () => {} };
}

function queryPanel(db, reload) {
  const selector = h('textarea', { class: 'code', id: 'query-selector', rows: 5, spellcheck: 'false', 'aria-label': 'Selector' });
  selector.value = '{\n  \n}';
  const fields = h('input', { id: 'query-fields', placeholder: 'e.g. _id, title', spellcheck: 'false' });
  const sort = h('input', { id: 'query-sort', placeholder: 'e.g. [{"year":"DESC"}]', spellcheck: 'false' });
  const limit = h('input', { id: 'query-limit', type: 'number', min: '1', placeholder: 'all' });
  const out = h('div', { 'data-testid': 'query-results' }, empty('Run a query', 'A Mango selector, e.g. {"type": "movie", "year": {"$gt": 1990}}. Enter in a field or Ctrl+Enter in the selector runs it.'));
  let ran = false;
  async function run() {
    ran = true;
    try {
      const body = { selector: parseJson(selector.value.trim() || '{}', 'The selector') };
      if (fields.value.trim()) body.fields = fields.value.split(',').map((f) => f.trim()).filter(Boolean);
      if (sort.value.trim()) body.sort = sort.value.trim().startsWith('[') ? parseJson(sort.value, 'sort') : sort.value.split(',').map((f) => f.trim());
      if (limit.value.trim()) body.limit = Number(limit.value);
      const res = await call('POST', `/data/${enc(db)}/_query`, { json: body });
      put(out, h('p', { class: 'muted', 'data-testid': 'query-count' }, `${res.docs.length} matched`), docsTable(db, res.docs, reload));
    } catch (err) {
      put(out, errorBox(err));
    }
  }
  for (const el of [selector, fields, sort, limit]) onEnter(el, run);
  const el = h('div', {},
    h('label', {}, 'selector', selector),
    h('div', { class: 'controls' },
      h('label', { class: 'wide' }, 'fields', fields), h('label', { class: 'wide' }, 'sort', sort), h('label', { class: 'narrow' }, 'limit', limit),
      h('button', { type: 'button', class: 'primary', id: 'query-run', onclick: run }, 'Run query')),
    out);
  return { el, refresh: () => { if (ran) run(); }, focus: () => selector.focus() };
}

function indexPanel(db, info) {
  const name = h('input', { id: 'index-name', placeholder: 'idx-title', spellcheck: 'false' });
  const fields = h('input', { id: 'index-fields', placeholder: 'title, year', spellcheck: 'false' });
  const problem = h('div', {});
  const list = h('div', {});
  function show(indexes) {
    put(list, indexes.length === 0 ? empty('No indexes', 'An index makes queries on its fields fast.')
      : h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'indexes' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Fields'), h('th', {}, 'Partial filter'))),
        h('tbody', {}, indexes.map((i) => h('tr', {}, h('td', {}, i.name),
          h('td', { class: 'json' }, i.fields.map((f) => Object.entries(f).map(([k, v]) => `${k} ${v}`)).join(', ')),
          h('td', { class: 'json' }, i.partialFilter ? oneLine(i.partialFilter) : '—')))))));
  }
  async function create() {
    try {
      const list = fields.value.split(',').map((f) => f.trim()).filter(Boolean);
      await call('POST', `/data/${enc(db)}/_index`, { json: { name: name.value.trim(), fields: list } });
      toast(`Index ${name.value} created`);
      put(problem);
      show((await vision(`data/${enc(db)}`)).indexes);
    } catch (err) { put(problem, errorBox(err)); }
  }
  onEnter(name, create);
  onEnter(fields, create);
  show(info.indexes);
  const el = h('div', {}, list,
    h('h2', { class: 'sub-head' }, 'Create an index'),
    h('div', { class: 'controls' }, h('label', {}, 'name', name), h('label', { class: 'wide' }, 'fields', fields),
      h('button', { type: 'button', id: 'index-create', onclick: create }, 'Create index')),
    problem);
  return { el, refresh: async () => show((await vision(`data/${enc(db)}`)).indexes), focus: () => {} };
}
