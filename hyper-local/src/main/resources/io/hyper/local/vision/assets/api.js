// Same-origin calls to hyper's REST API and hyper vision's read-only API, with the token.
import { token } from './auth.js';

let onUnauthorized = () => {};

/** Sets what happens on a 401 (the app opens the sign-in dialog). */
export function whenUnauthorized(fn) {
  onUnauthorized = fn;
}

/** Percent-encodes each segment of a path: enc('a b', 'c/d') → "a%20b/c%2Fd". */
export function enc(...segments) {
  return segments.map((s) => encodeURIComponent(s)).join('/');
}

/** A storage object path, each of its segments encoded, slashes kept. */
export function encPath(path) {
  return path.split('/').map((s) => encodeURIComponent(s)).join('/');
}

async function headers(extra) {
  const all = { ...extra };
  const jwt = await token();
  if (jwt) all.Authorization = `Bearer ${jwt}`;
  return all;
}

/**
 * Sends a request; resolves with hyper's JSON body when ok, rejects with {status, msg} as hyper
 * answered otherwise.
 */
export async function call(method, path, { json, body, contentType, query } = {}) {
  const qs = query ? '?' + new URLSearchParams(
    Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== '')) : '';
  const extra = {};
  let payload = body;
  if (json !== undefined) {
    extra['Content-Type'] = 'application/json';
    payload = JSON.stringify(json);
  } else if (contentType) {
    extra['Content-Type'] = contentType;
  }
  const res = await fetch(path + qs, {
    method, headers: await headers(extra), body: payload, credentials: 'omit', cache: 'no-store',
  });
  let data = null;
  const text = await res.text();
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
  if (res.status === 401) onUnauthorized();
  if (!res.ok) {
    const status = (data && data.status) || res.status;
    throw { status, msg: (data && (data.msg || data.message)) || res.statusText || 'failed' };
  }
  return data;
}

/** GET under hyper vision's read-only API. */
export function vision(path, query) {
  return call('GET', '/_vision/api/' + path, { query });
}

/** Downloads an object with the token (never a credential in a URL); resolves with a Blob. */
export async function blob(path) {
  const res = await fetch(path, { headers: await headers({}), credentials: 'omit', cache: 'no-store' });
  if (res.status === 401) onUnauthorized();
  if (!res.ok) {
    let msg = res.statusText;
    try { msg = (await res.json()).msg || msg; } catch (e) { /* not JSON */ }
    throw { status: res.status, msg };
  }
  return res.blob();
}
