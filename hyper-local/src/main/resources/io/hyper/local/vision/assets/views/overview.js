// Overview: every name in use, with its services and counts.
import { vision } from '../api.js';
import { h, bytes, empty } from '../dom.js';
import { header } from './common.js';

const SERVICES = ['data', 'cache', 'search', 'storage', 'queue'];

/** "1 doc", "2 docs": a count with its noun in the right number. */
function n(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

function link(service, name, text) {
  return h('a', { href: `#/${service}/${encodeURIComponent(name)}` }, text);
}

function cell(service, d) {
  const s = d[service];
  if (!s) return h('td', { class: 'num muted' }, '—');
  const text = {
    data: () => n(s.docs, 'doc') + (s.indexes ? ` · ${s.indexes} idx` : ''),
    cache: () => n(s.keys, 'key'),
    search: () => n(s.docs, 'doc'),
    storage: () => `${n(s.objects, 'object')} · ${bytes(s.bytes)}`,
    queue: () => `${s.READY} ready` + (s.ERROR ? ` · ${s.ERROR} error` : ''),
  }[service]();
  return h('td', { class: 'num', 'data-service': service }, link(service, d.name, text));
}

/** Renders the overview. */
export async function render() {
  const o = await vision('overview');
  const total = (service, field) => o.domains.reduce((n, d) => n + (d[service] ? d[service][field] : 0), 0);
  const count = (service) => o.domains.filter((d) => d[service]).length;
  const card = (service, label, value, sub) => h('div', { class: 'card' + (o.services.includes(service) ? '' : ' off'), 'data-card': service },
    h('div', { class: 'label' }, label), h('div', { class: 'value' }, value), h('div', { class: 'sub' }, sub));
  const cards = h('div', { class: 'cards' },
    card('data', 'Documents', total('data', 'docs'), n(count('data'), 'database')),
    card('cache', 'Cache keys', total('cache', 'keys'), n(count('cache'), 'store')),
    card('search', 'Indexed docs', total('search', 'docs'), n(count('search'), 'index', 'indexes')),
    card('storage', 'Objects', total('storage', 'objects'), `${bytes(total('storage', 'bytes'))} in ${n(count('storage'), 'bucket')}`),
    card('queue', 'Jobs', `${total('queue', 'READY')} / ${total('queue', 'ERROR')}`, `ready / error in ${n(count('queue'), 'queue')}`));
  const table = o.domains.length === 0
    ? empty('Nothing stored yet', 'Point hyper-connect at this server (the connection string is in the start-up banner) and create a service; it shows up here.')
    : h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'domains' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Name'), SERVICES.map((s) => h('th', { class: 'num' }, s)))),
      h('tbody', {}, o.domains.map((d) => h('tr', { 'data-domain': d.name },
        h('td', {}, h('strong', {}, d.name)), SERVICES.map((s) => cell(s, d)))))));
  return h('div', {},
    header('Overview', null, h('span', { class: 'muted' }, `services: ${o.services.join(', ') || 'none'}`)),
    cards,
    h('section', { class: 'panel' }, h('h2', {}, 'Domains'), table));
}
