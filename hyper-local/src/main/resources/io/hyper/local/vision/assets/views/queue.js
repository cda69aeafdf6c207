// Queue: jobs by status with payload, attempts and last error; cancel; the target and whether it signs.
import { call, enc, vision } from '../api.js';
import { h, put, errorBox, toast, empty, oneLine, confirmAction, describe } from '../dom.js';
import { chooser, header } from './common.js';

/** Renders a queue, or the list of queues. */
export async function render(parts) {
  if (!parts[0]) return chooser('queue', 'Queue', 'queue');
  const name = parts[0];
  let status = parts[1] === 'ERROR' ? 'ERROR' : 'READY';
  const summary = h('p', { class: 'muted', 'data-testid': 'queue-target' });
  const tabs = h('div', { class: 'tabs', role: 'tablist' });
  const out = h('div', { 'data-testid': 'jobs' });
  async function load() {
    try {
      const res = await vision(`queue/${enc(name)}`, { status });
      put(summary, 'target ', h('code', {}, res.target), ' · ', res.signed
        ? h('span', { class: 'badge ok', 'data-testid': 'signed' }, 'signs deliveries (X-HYPER-SIGNATURE)')
        : h('span', { class: 'badge warn', 'data-testid': 'signed' }, 'unsigned'));
      put(tabs, ['READY', 'ERROR'].map((s) => h('button', { type: 'button', role: 'tab', 'aria-selected': String(s === status), id: `status-${s}`,
        onclick: () => { status = s; load(); } }, `${s} (${res.counts[s]})`)));
      put(out, res.jobs.length === 0 ? empty(`No ${status} jobs`, status === 'READY' ? 'Jobs waiting for delivery show here.' : 'Jobs whose deliveries all failed show here.')
        : h('div', { class: 'table-wrap' }, h('table', {},
          h('thead', {}, h('tr', {}, h('th', {}, 'Job'), h('th', { class: 'hide-narrow' }, 'Enqueued'), h('th', { class: 'num' }, 'Attempts'), h('th', {}, 'Payload'), h('th', {}, 'Last error'), h('th', {}, ''))),
          h('tbody', {}, res.jobs.map((j) => h('tr', { 'data-id': j.id },
            h('td', { class: 'mono', title: j.id }, j.id.slice(0, 8)),
            h('td', { class: 'hide-narrow muted' }, new Date(j.timestmp).toLocaleString()),
            h('td', { class: 'num' }, j.attempts),
            h('td', { class: 'json', title: oneLine(j.job) }, oneLine(j.job)),
            h('td', { class: j.error ? 'error-cell' : 'muted' }, j.error ? `${j.error.status ?? ''} ${j.error.msg ?? ''}`.trim() : '—'),
            h('td', { class: 'actions-cell' }, h('button', { class: 'small danger', type: 'button', 'data-action': 'cancel', onclick: () => cancel(j.id) }, 'Cancel'))))))));
    } catch (err) { put(out, errorBox(err)); }
  }
  async function cancel(id) {
    if (!(await confirmAction(`Cancel job ${id}? It will not be delivered.`, 'Cancel job'))) return;
    try {
      await call('POST', `/queue/${enc(name, id)}/_cancel`);
      toast('Job cancelled');
      load();
    } catch (err) { toast(describe(err), true); }
  }
  load();
  return h('div', {},
    header(name, h('span', {}, h('a', { href: '#/queue' }, 'Queue'), ' / '),
      h('button', { type: 'button', id: 'queue-refresh', onclick: load }, 'Refresh')),
    h('section', { class: 'panel' }, summary, tabs, out));
}
