// App-key sign-in: the key and secret live in this tab's sessionStorage only; the browser signs
// its own short-lived HS256 tokens with WebCrypto (a secure context: http://127.0.0.1, localhost).

const KEY = 'hyper-vision-key';
const SECRET = 'hyper-vision-secret';
const LIFETIME_S = 120;
let cached = null;

/** True when credentials are kept for this tab. */
export function signedIn() {
  return sessionStorage.getItem(KEY) !== null;
}

/** The app key signed in with, for display. */
export function appKey() {
  return sessionStorage.getItem(KEY);
}

/** Keeps credentials for this tab. */
export function signIn(key, secret) {
  if (!key || !secret) throw new Error('an app key and its secret are both needed');
  sessionStorage.setItem(KEY, key);
  sessionStorage.setItem(SECRET, secret);
  cached = null;
}

/** Forgets the credentials and any token. */
export function signOut() {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(SECRET);
  cached = null;
}

/** Reads key and secret from a connection string: http://key:secret@host:port/domain. */
export function fromConnectionString(text) {
  let url;
  try {
    url = new URL(text.trim().replace(/^cloud:/, 'https:'));
  } catch (e) {
    throw new Error('not a connection string: expected http://key:secret@host/domain');
  }
  if (!url.username || !url.password) throw new Error('the connection string has no key:secret');
  return { key: decodeURIComponent(url.username), secret: decodeURIComponent(url.password) };
}

/** A token for the Authorization header, or null when not signed in; reused until near expiry. */
export async function token() {
  const key = sessionStorage.getItem(KEY);
  const secret = sessionStorage.getItem(SECRET);
  if (key === null || secret === null) return null;
  const now = Math.floor(Date.now() / 1000);
  if (cached && cached.key === key && cached.exp - now > 20) return cached.jwt;
  if (!globalThis.crypto || !crypto.subtle) {
    throw new Error('signing tokens needs a secure context: open hyper vision at http://127.0.0.1 or http://localhost');
  }
  const exp = now + LIFETIME_S;
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify({ sub: key, iat: now, exp }));
  const hmac = await crypto.subtle.importKey(
    'raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const sig = await crypto.subtle.sign('HMAC', hmac, new TextEncoder().encode(`${head}.${body}`));
  cached = { key, exp, jwt: `${head}.${body}.${b64url(new Uint8Array(sig))}` };
  return cached.jwt;
}

function b64url(data) {
  const bytesOf = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  let bin = '';
  for (const b of bytesOf) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
