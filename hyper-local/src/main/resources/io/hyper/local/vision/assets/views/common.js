// What several views share: the list of names a service holds, and a page header.
import { vision } from '../api.js';
import { h, empty } from '../dom.js';

/** The names (domains) that have this service, from the overview. */
export async function namesOf(service) {
  const overview = await vision('overview');
  return {
    running: overview.services.includes(service),
    names: overview.domains.filter((d) => d[service]).map((d) => d.name),
  };
}

/** A page header: title, crumbs and actions on the right. */
export function header(title, crumbs, ...actions) {
  return h('div', { class: 'head' },
    h('div', {}, crumbs ? h('div', { class: 'crumbs' }, crumbs) : null, h('h1', {}, title)),
    h('div', { class: 'controls' }, actions));
}

/** The page of a service when no name is chosen: its names, or how to create one. */
export async function chooser(service, title, noun) {
  const { running, names } = await namesOf(service);
  const body = !running
    ? empty(`The ${service} service is not running`, 'Start hyper-local without --services limits to use it.')
    : names.length === 0
      ? empty(`No ${noun} yet`, `Create one with hyper-connect (${service}.create) or start hyper-local with --domain <name> --${service}.`)
      : h('ul', { class: 'names' }, names.map((n) => h('li', {}, h('a', { href: `#/${service}/${encodeURIComponent(n)}` }, n))));
  return h('div', {}, header(title, null), h('section', { class: 'panel' }, h('h2', {}, `Choose a ${noun}`), body));
}
