// Storage: objects with folders as folders; download, upload (picker and drag-and-drop), delete,
// image and text previews, signed URLs. Objects are fetched with the token, never a credential in a URL.
import { call, blob, enc, encPath, vision } from '../api.js';
import { h, put, errorBox, toast, empty, bytes, modal, confirmAction, describe } from '../dom.js';
import { chooser, header } from './common.js';

const TEXT = /^(text\/|application\/(json|xml|javascript))/;

/** Renders a folder of a bucket, or the list of buckets. */
export async function render(parts) {
  if (!parts[0]) return chooser('storage', 'Storage', 'bucket');
  const bucket = parts[0];
  const folder = parts.slice(1).filter(Boolean).join('/');
  const out = h('div', { 'data-testid': 'objects' });
  const picker = h('input', { type: 'file', id: 'upload-file', multiple: true, class: 'visually-hidden', 'aria-label': 'Choose files to upload' });
  const drop = h('div', { class: 'drop', id: 'drop-zone' }, 'Drop files here to upload them to ', h('strong', {}, `/${folder}`), ' — or ',
    h('button', { type: 'button', class: 'small', id: 'upload-button', onclick: () => picker.click() }, 'choose files'));
  picker.addEventListener('change', () => upload(picker.files));
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); upload(e.dataTransfer.files); });

  async function load() {
    try {
      const res = await vision(`storage/${enc(bucket)}${folder ? '/' + encPath(folder) : ''}`);
      put(out, res.items.length === 0 ? empty('This folder is empty', 'Drop files above or choose them to upload.')
        : h('div', { class: 'table-wrap' }, h('table', {},
          h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', { class: 'num' }, 'Size'), h('th', { class: 'hide-narrow' }, 'Type'), h('th', { class: 'hide-narrow' }, 'Modified'), h('th', {}, ''))),
          h('tbody', {}, res.items.map(row)))));
    } catch (err) { put(out, errorBox(err)); }
  }
  function row(item) {
    if (item.folder) {
      return h('tr', { 'data-name': item.name, 'data-folder': 'true' },
        h('td', {}, h('a', { class: 'folder', href: `#/storage/${enc(bucket)}/${encPath(item.path)}` }, `${item.name}/`)),
        h('td', { class: 'num muted' }, '—'), h('td', { class: 'hide-narrow muted' }, 'folder'), h('td', { class: 'hide-narrow' }), h('td'));
    }
    const previewable = item.type.startsWith('image/') || TEXT.test(item.type);
    return h('tr', { 'data-name': item.name },
      h('td', { class: 'mono' }, item.name), h('td', { class: 'num' }, bytes(item.size)),
      h('td', { class: 'hide-narrow muted' }, item.type), h('td', { class: 'hide-narrow muted' }, new Date(item.modified).toLocaleString()),
      h('td', { class: 'actions-cell' },
        previewable ? h('button', { class: 'small', type: 'button', 'data-action': 'preview', onclick: () => preview(item) }, 'Preview') : null,
        h('button', { class: 'small', type: 'button', 'data-action': 'download', onclick: () => download(item) }, 'Download'),
        h('button', { class: 'small', type: 'button', 'data-action': 'signed-url', onclick: () => signedUrl(item) }, 'Signed URL'),
        h('button', { class: 'small danger', type: 'button', 'data-action': 'delete', onclick: () => remove(item) }, 'Delete')));
  }
  async function upload(files) {
    for (const file of files) {
      const path = folder ? `${folder}/${file.name}` : file.name;
      try {
        await call('POST', `/storage/${enc(bucket)}/${encPath(path)}`, { body: file, contentType: file.type || 'application/octet-stream' });
        toast(`Uploaded ${path}`);
      } catch (err) { toast(`${path}: ${describe(err)}`, true); }
    }
    picker.value = '';
    load();
  }
  async function download(item) {
    try {
      const url = URL.createObjectURL(await blob(`/storage/${enc(bucket)}/${encPath(item.path)}`));
      const a = h('a', { href: url, download: item.name });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch (err) { toast(describe(err), true); }
  }
  async function preview(item) {
    try {
      const data = await blob(`/storage/${enc(bucket)}/${encPath(item.path)}`);
      let content;
      let url;
      if (item.type.startsWith('image/')) {
        url = URL.createObjectURL(data);
        content = h('div', { class: 'preview' }, h('img', { src: url, alt: item.name, id: 'preview-image' }));
      } else {
        const text = await data.slice(0, 256 * 1024).text();
        content = h('pre', { class: 'json', id: 'preview-text' }, text);
      }
      await modal(item.path, content, [{ label: 'Close', value: 'close' }]);
      if (url) URL.revokeObjectURL(url);
    } catch (err) { toast(describe(err), true); }
  }
  async function signedUrl(item) {
    try {
      const res = await call('GET', `/storage/${enc(bucket)}/${encPath(item.path)}`, { query: { useSignedUrl: 'true' } });
      const field = h('input', { id: 'signed-url', readonly: true, value: res.url, 'aria-label': 'Signed URL' });
      let copied = '';
      try { await navigator.clipboard.writeText(res.url); copied = 'Copied to the clipboard. '; } catch (e) { /* not allowed here */ }
      await modal('Signed URL', h('div', {}, h('p', { class: 'muted' }, `${copied}Anyone with this link can download ${item.path} until it expires.`), field),
        [{ label: 'Copy', value: 'copy', run: async () => { field.select(); try { await navigator.clipboard.writeText(res.url); toast('Copied'); } catch (e) { toast('Select the URL and copy it', true); } return false; } },
          { label: 'Close', value: 'close', class: 'primary' }]);
    } catch (err) { toast(describe(err), true); }
  }
  async function remove(item) {
    if (!(await confirmAction(`Delete ${item.path} from ${bucket}?`))) return;
    try {
      await call('DELETE', `/storage/${enc(bucket)}/${encPath(item.path)}`);
      toast(`Deleted ${item.path}`);
      load();
    } catch (err) { toast(describe(err), true); }
  }
  load();
  const crumbs = [h('a', { href: '#/storage' }, 'Storage'), ' / ', h('a', { href: `#/storage/${enc(bucket)}` }, bucket)];
  let walked = '';
  for (const seg of folder ? folder.split('/') : []) {
    walked = walked ? `${walked}/${seg}` : seg;
    crumbs.push(' / ', h('a', { href: `#/storage/${enc(bucket)}/${encPath(walked)}` }, seg));
  }
  return h('div', {}, header(folder ? folder.split('/').pop() + '/' : bucket, h('span', {}, crumbs)),
    h('section', { class: 'panel' }, drop, picker, out));
}
