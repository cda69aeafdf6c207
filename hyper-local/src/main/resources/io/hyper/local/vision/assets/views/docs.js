// The documents table and the document dialog, shared by the data view's list and query tabs.
import { call, enc } from '../api.js';
import { h, put, oneLine, pretty, modal, confirmAction, toast, errorBox, describe, parseJson, empty } from '../dom.js';

/** A table of documents; clicking an id opens it, Delete removes it; onChange reloads. */
export function docsTable(db, docs, onChange) {
  if (docs.length === 0) return empty('No documents', 'Nothing matched. Add one with “Add document”.');
  return h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'docs' },
    h('thead', {}, h('tr', {}, h('th', {}, '_id'), h('th', {}, 'Document'), h('th', {}, ''))),
    h('tbody', {}, docs.map((doc) => {
      const { _id: id, ...rest } = doc;
      return h('tr', { 'data-id': id ?? '' },
        h('td', {}, id === undefined ? h('span', { class: 'muted' }, '(projected out)')
          : h('button', { class: 'id-link', type: 'button', onclick: () => openDoc(db, doc, onChange) }, id)),
        h('td', { class: 'json', title: oneLine(rest) }, oneLine(rest)),
        h('td', { class: 'actions-cell' }, id === undefined ? null : h('button', {
          class: 'small danger', type: 'button', 'data-action': 'delete',
          onclick: () => removeDoc(db, id, onChange),
        }, 'Delete')));
    }))));
}

async function removeDoc(db, id, onChange) {
  if (!(await confirmAction(`Delete document “${id}” from ${db}?`))) return;
  try {
    await call('DELETE', `/data/${enc(db, id)}`);
    toast(`Deleted ${id}`);
    onChange();
  } catch (err) {
    toast(describe(err), true);
  }
}

/** Opens a document as formatted JSON to edit; Save replaces it (PUT), Delete removes it. */
export function openDoc(db, doc, onChange) {
  const id = doc._id;
  const editor = h('textarea', { class: 'code', rows: 16, spellcheck: 'false', 'aria-label': 'Document JSON', id: 'doc-editor' });
  editor.value = pretty(doc);
  const problem = h('div', {});
  return modal(`Document ${id}`, h('div', {}, h('p', { class: 'muted' }, `in ${db} · Ctrl+Enter saves`), editor, problem), [
    { label: 'Delete', value: 'delete', class: 'danger', run: async () => {
      try {
        await call('DELETE', `/data/${enc(db, id)}`);
        toast(`Deleted ${id}`);
        onChange();
        return true;
      } catch (err) { put(problem, errorBox(err)); return false; }
    } },
    { label: 'Close', value: 'close' },
    { label: 'Save', value: 'save', class: 'primary', run: () => save() },
  ]);
  async function save() {
    try {
      const body = parseJson(editor.value, 'The document');
      await call('PUT', `/data/${enc(db, id)}`, { json: body });
      toast(`Saved ${id}`);
      onChange();
      return true;
    } catch (err) { put(problem, errorBox(err)); return false; }
  }
}

/** Asks for a new document and adds it (POST); hyper makes an _id when none is given. */
export function addDoc(db, onChange) {
  const editor = h('textarea', { class: 'code', rows: 12, spellcheck: 'false', 'aria-label': 'New document JSON', id: 'new-doc' });
  editor.value = '{\n  "_id": "",\n  "type": ""\n}';
  const problem = h('div', {});
  return modal(`Add a document to ${db}`, h('div', {}, h('p', { class: 'muted' }, 'Leave _id empty or remove it and hyper makes one.'), editor, problem), [
    { label: 'Cancel', value: 'cancel' },
    { label: 'Add', value: 'add', class: 'primary', run: async () => {
      try {
        const body = parseJson(editor.value, 'The document');
        if (body && body._id === '') delete body._id;
        const res = await call('POST', `/data/${enc(db)}`, { json: body });
        toast(`Added ${res.id}`);
        onChange();
        return true;
      } catch (err) { put(problem, errorBox(err)); return false; }
    } },
  ]);
}
