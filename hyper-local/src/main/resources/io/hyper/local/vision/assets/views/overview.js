// Overview: every name in use, with its services and counts.
import { vision } from '../api.js';
import { h, bytes, empty } from '../dom.js';
import { header } from './common.js';

const SERVICES = ['data', 'cache', 'search', 'storage', 'queue'];

function link(service, name, text) {
  return h('a', { href: `#/${service}/${encodeURIComponent(name)}` }, text);
}

function cell(service, d) {
  const s = d[service];
  if (!s) return h('td', { class: 'num muted' }, '—');
  const text = {
    data: () => `${s.docs} docs` + (s.indexes ? ` · ${s.indexes} idx` : ''),
    cache: () => `${s.keys} keys`,
    search: () => `${s.docs} docs`,
    storage: () => `${s.objects} objects · ${bytes(s.bytes)}`,
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
    card('data', 'Documents', total('data', 'docs'), `${count('data')} databases`),
    card('cache', 'Cache keys', total('cache', 'keys'), `${count('cache')} stores`),
    card('search', 'Indexed docs', total('search', 'docs'), `${count('search')} indexes`),
    card('storage', 'Objects', total('storage', 'objects'), `${bytes(total('storage', 'bytes'))} in ${count('storage')} buckets`),
    card('queue', 'Jobs', `${total('queue', 'READY')} / ${total('queue', 'ERROR')}`, `ready / error in ${count('queue')} queues`));
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
