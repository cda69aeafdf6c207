// Drives hyper's official JS client (npm hyper-connect 0.12.0) through every service of a
// hyper-local and asserts each result. Usage: node interop.mjs <connection string>
// Prints one JSON line per check ({"check","ok","error"?}) and a last {"passed","failed"} line;
// exits 1 when any check failed. OfficialJsClientIT runs it.
import assert from 'node:assert/strict'
import http from 'node:http'
import { connect, createHyperVerify } from 'hyper-connect'

const cs = process.argv[2]
if (!cs) {
  console.error('usage: node interop.mjs <connection string>')
  process.exit(2)
}
const hyper = connect(cs)
const results = []

async function check (name, fn) {
  try {
    await fn()
    results.push({ check: name, ok: true })
  } catch (e) {
    results.push({ check: name, ok: false, error: e?.stack ?? JSON.stringify(e) })
  }
  console.log(JSON.stringify(results[results.length - 1]))
}

const until = async (what, fn, ms = 10000) => {
  const end = Date.now() + ms
  for (;;) {
    const value = await fn()
    if (value) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}

const text = async stream => {
  const chunks = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks).toString('utf8')
}

// ---- info ----------------------------------------------------------------------------------
await check('info.services', async () => {
  const info = await hyper.info.services()
  assert.equal(info.name, 'hyper')
  assert.deepEqual(info.services, ['cache', 'data', 'storage', 'search', 'queue'])
})

// ---- data ----------------------------------------------------------------------------------
const movies = [
  { _id: 'movie-1', type: 'movie', title: 'Ghostbusters', year: 1984 },
  { _id: 'movie-2', type: 'movie', title: 'Back to the Future', year: 1985 },
  { _id: 'movie-3', type: 'movie', title: 'Dune', year: 2021, tags: ['scifi', 'desert'] },
  { _id: 'album-1', type: 'album', title: 'Thriller', year: 1982 }
]
await check('data.create', async () => {
  assert.deepEqual(await hyper.data.create(), { ok: true })
  const again = await hyper.data.create()
  assert.equal(again.ok, false)
  assert.equal(again.status, 409)
})
await check('data.add', async () => {
  for (const m of movies) assert.deepEqual(await hyper.data.add(m), { ok: true, id: m._id })
  const dup = await hyper.data.add(movies[0])
  assert.equal(dup.ok, false)
  assert.equal(dup.status, 409)
  const generated = await hyper.data.add({ type: 'note' })
  assert.equal(generated.ok, true)
  assert.equal(typeof generated.id, 'string')
  assert.equal((await hyper.data.remove(generated.id)).ok, true)
})
await check('data.get', async () => {
  assert.deepEqual(await hyper.data.get('movie-1'), { ok: true, doc: movies[0] })
  const missing = await hyper.data.get('nope')
  assert.equal(missing.ok, false)
  assert.equal(missing.status, 404)
})
await check('data.list', async () => {
  const all = await hyper.data.list()
  assert.deepEqual(all.docs.map(d => d._id), ['album-1', 'movie-1', 'movie-2', 'movie-3'])
  const range = await hyper.data.list({ startkey: 'movie-1', endkey: 'movie-2' })
  assert.deepEqual(range.docs.map(d => d._id), ['movie-1', 'movie-2'])
  const keys = await hyper.data.list({ keys: ['movie-3', 'album-1', 'nope'] })
  assert.deepEqual(keys.docs.map(d => d._id), ['album-1', 'movie-3'])
  const desc = await hyper.data.list({ descending: true, limit: 2 })
  assert.deepEqual(desc.docs.map(d => d._id), ['movie-3', 'movie-2'])
})
await check('data.update', async () => {
  const changed = { ...movies[1], title: 'Back to the Future (1985)' }
  assert.deepEqual(await hyper.data.update('movie-2', changed), { ok: true, id: 'movie-2' })
  assert.equal((await hyper.data.get('movie-2')).doc.title, 'Back to the Future (1985)')
})
await check('data.index', async () => {
  assert.deepEqual(await hyper.data.index('idx-title', ['title']), { ok: true })
})
await check('data.query', async () => {
  const result = await hyper.data.query(
    { type: 'movie', year: { $gte: 1985 } },
    { fields: ['_id', 'title'], sort: [{ title: 'DESC' }], limit: 10 }
  )
  assert.equal(result.ok, true)
  assert.deepEqual(result.docs, [
    { _id: 'movie-3', title: 'Dune' },
    { _id: 'movie-2', title: 'Back to the Future (1985)' }
  ])
  const tagged = await hyper.data.query({ tags: 'scifi' })
  assert.deepEqual(tagged.docs.map(d => d._id), ['movie-3'])
  const bad = await hyper.data.query({ year: { $bogus: 1 } })
  assert.equal(bad.ok, false)
  assert.equal(bad.status, 400)
})
await check('data.bulk', async () => {
  const result = await hyper.data.bulk([
    { _id: 'movie-4', type: 'movie', title: 'Alien' },
    { _id: 'album-1', _deleted: true }
  ])
  assert.deepEqual(result, { ok: true, results: [{ ok: true, id: 'movie-4' }, { ok: true, id: 'album-1' }] })
  assert.equal((await hyper.data.get('album-1')).status, 404)
})
await check('data.remove', async () => {
  assert.deepEqual(await hyper.data.remove('movie-4'), { ok: true, id: 'movie-4' })
  assert.equal((await hyper.data.remove('movie-4')).status, 404)
})

// ---- cache ---------------------------------------------------------------------------------
await check('cache.create', async () => {
  assert.deepEqual(await hyper.cache.create(), { ok: true })
})
await check('cache.add', async () => {
  assert.deepEqual(await hyper.cache.add('movie-1', movies[0]), { ok: true })
  assert.deepEqual(await hyper.cache.add('movie-2', movies[1], '1h'), { ok: true })
  const dup = await hyper.cache.add('movie-1', movies[0])
  assert.equal(dup.ok, false)
  assert.equal(dup.status, 409)
  const badKey = await hyper.cache.add('Movie 1', movies[0])
  assert.equal(badKey.status, 422)
})
await check('cache.get', async () => {
  assert.deepEqual(await hyper.cache.get('movie-1'), { ok: true, doc: movies[0] })
  assert.equal((await hyper.cache.get('movie-9')).status, 404)
})
await check('cache.set', async () => {
  assert.deepEqual(await hyper.cache.set('movie-1', { title: 'replaced' }), { ok: true })
  assert.deepEqual((await hyper.cache.get('movie-1')).doc, { title: 'replaced' })
  assert.deepEqual(await hyper.cache.set('album-1', movies[3], '1d'), { ok: true })
})
await check('cache.query', async () => {
  const result = await hyper.cache.query('movie-*')
  assert.deepEqual(result.docs.map(d => d.key).sort(), ['movie-1', 'movie-2'])
  const all = await hyper.cache.query()
  assert.equal(all.docs.length, 3)
})
await check('cache.ttl', async () => {
  assert.deepEqual(await hyper.cache.add('short-lived', { v: 1 }, '1s'), { ok: true })
  await until('expiry', async () => (await hyper.cache.get('short-lived')).status === 404, 5000)
})
await check('cache.remove', async () => {
  assert.deepEqual(await hyper.cache.remove('movie-1'), { ok: true })
  assert.deepEqual(await hyper.cache.remove('movie-1'), { ok: true })
  assert.equal((await hyper.cache.get('movie-1')).status, 404)
})

// ---- search --------------------------------------------------------------------------------
await check('search.create', async () => {
  assert.deepEqual(await hyper.search.create(['title', 'type'], ['title', 'type']), { ok: true })
})
await check('search.add', async () => {
  for (const m of movies) assert.deepEqual(await hyper.search.add(m._id, m), { ok: true })
  assert.equal((await hyper.search.add('movie-1', movies[0])).status, 409)
})
await check('search.get', async () => {
  const result = await hyper.search.get('movie-3')
  assert.equal(result.ok, true)
  assert.equal(result.key, 'movie-3')
  assert.equal(result.doc.title, 'Dune')
})
await check('search.query', async () => {
  const result = await hyper.search.query('ghostbusters')
  assert.equal(result.ok, true)
  assert.equal(result.matches[0].id, 'movie-1')
  assert.equal(result.matches[0].title, 'Ghostbusters')
  assert.equal(typeof result.matches[0].score, 'number')
  const filtered = await hyper.search.query('thriller dune', { filter: { type: 'album' } })
  assert.deepEqual(filtered.matches.map(m => m.id), ['album-1'])
  const restricted = await hyper.search.query('movie', { fields: ['title'] })
  assert.deepEqual(restricted.matches, [])
})
await check('search.update', async () => {
  assert.deepEqual(await hyper.search.update('movie-3', { ...movies[2], title: 'Dune Part One' }), { ok: true })
  assert.equal((await hyper.search.query('part')).matches[0].id, 'movie-3')
})
await check('search.load', async () => {
  const result = await hyper.search.load([
    { _id: 'movie-5', type: 'movie', title: 'Aliens' },
    { id: 'movie-6', type: 'movie', title: 'Ironman' }
  ])
  assert.deepEqual(result, { ok: true, results: [{ ok: true, id: 'movie-5' }, { ok: true, id: 'movie-6' }] })
  assert.equal((await hyper.search.query('ironman')).matches[0].id, 'movie-6')
})
await check('search.remove', async () => {
  assert.deepEqual(await hyper.search.remove('movie-6'), { ok: true })
  assert.equal((await hyper.search.remove('movie-6')).status, 404)
})

// ---- storage -------------------------------------------------------------------------------
await check('storage.create', async () => {
  assert.deepEqual(await hyper.storage.create(), { ok: true })
})
await check('storage.upload', async () => {
  assert.deepEqual(await hyper.storage.upload('notes/hello.txt', Buffer.from('hello, hyper')), { ok: true })
  const bytes = Buffer.from(Array.from({ length: 300000 }, (_, i) => (i * 7) % 256))
  assert.deepEqual(await hyper.storage.upload('bin/data.bin', bytes), { ok: true })
})
await check('storage.download', async () => {
  const result = await hyper.storage.download('notes/hello.txt')
  assert.equal(result.ok, true)
  assert.equal(await text(result.object), 'hello, hyper')
  const missing = await hyper.storage.download('notes/nope.txt')
  assert.equal(missing.ok, false)
  assert.equal(missing.status, 404)
})
await check('storage.signedUrl', async () => {
  const down = await hyper.storage.signedUrl('notes/hello.txt', { type: 'download' })
  assert.equal(down.ok, true)
  assert.equal(await (await fetch(down.url)).text(), 'hello, hyper')
  const up = await hyper.storage.signedUrl('notes/signed.txt', { type: 'upload' })
  assert.equal(up.ok, true)
  assert.equal((await fetch(up.url, { method: 'PUT', body: 'signed upload' })).status, 201)
  assert.equal(await text((await hyper.storage.download('notes/signed.txt')).object), 'signed upload')
})
await check('storage.remove', async () => {
  assert.deepEqual(await hyper.storage.remove('notes/hello.txt'), { ok: true })
  assert.equal((await hyper.storage.remove('notes/hello.txt')).status, 404)
})

// ---- queue ---------------------------------------------------------------------------------
const secret = 'queue-secret'
const verify = createHyperVerify(secret, '1m')
const received = []
const target = http.createServer((req, res) => {
  let body = ''
  req.on('data', chunk => { body += chunk })
  req.on('end', () => {
    const job = JSON.parse(body)
    received.push({ job, verified: verify(req.headers['x-hyper-signature'], job) })
    res.writeHead(job.fail ? 500 : 200, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ ok: !job.fail }))
  })
})
await new Promise(resolve => target.listen(0, '127.0.0.1', resolve))
const targetUrl = `http://127.0.0.1:${target.address().port}/jobs`

await check('queue.create', async () => {
  assert.deepEqual(await hyper.queue.create(targetUrl, secret), { ok: true })
})
await check('queue.enqueue', async () => {
  const result = await hyper.queue.enqueue({ type: 'MOVIE_ADDED', id: 'movie-1' })
  assert.equal(result.ok, true)
  assert.equal(typeof result.id, 'string')
  const got = await until('delivery', async () => received.find(r => r.job.type === 'MOVIE_ADDED'))
  assert.deepEqual(got.verified, { ok: true })
  assert.deepEqual(got.job, { type: 'MOVIE_ADDED', id: 'movie-1' })
})
await check('queue.errors', async () => {
  assert.equal((await hyper.queue.enqueue({ type: 'BROKEN', fail: true })).ok, true)
  const errors = await until('ERROR job', async () => {
    const r = await hyper.queue.errors()
    return r.jobs.length > 0 && r
  }, 20000)
  assert.equal(errors.ok, true)
  assert.equal(errors.jobs[0].status, 'ERROR')
  assert.deepEqual(errors.jobs[0].job, { type: 'BROKEN', fail: true })
})
await check('queue.queued', async () => {
  const queued = await hyper.queue.queued()
  assert.equal(queued.ok, true)
  assert.ok(Array.isArray(queued.jobs))
})

// ---- destroy -------------------------------------------------------------------------------
await check('destroy.unconfirmed', async () => {
  await assert.rejects(hyper.data.destroy(false), e => e.msg === 'request not confirmed!')
})
await check('destroy', async () => {
  assert.deepEqual(await hyper.data.destroy(true), { ok: true })
  assert.deepEqual(await hyper.cache.destroy(true), { ok: true })
  assert.deepEqual(await hyper.search.destroy(true), { ok: true })
  assert.deepEqual(await hyper.storage.destroy(true), { ok: true })
  assert.deepEqual(await hyper.queue.destroy(true), { ok: true })
  assert.equal((await hyper.data.list()).status, 404)
})

target.close()
const failed = results.filter(r => !r.ok).length
console.log(JSON.stringify({ passed: results.length - failed, failed }))
process.exit(failed === 0 ? 0 : 1)
