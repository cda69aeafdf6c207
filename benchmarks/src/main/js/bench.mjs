// Drives hyper's official JS client (npm hyper-connect 0.12.0) with the benchmarks' operation
// mix against a seeded hyper-local, with a fixed number of requests in flight.
// Usage: node bench.mjs <connection base, e.g. http://key:secret@127.0.0.1:6363> <in flight>
//        <warmup seconds> <seconds> <op>
// <op> is one of data.add, data.get, data.query, cache.set, cache.get; domains and documents are
// those of io.hyper.benchmarks.Workload. Prints one JSON line: {"op","ops","seconds","errors"}.
// JsComparison runs it; a failed operation counts as an error, and any error makes the run fail.
import { connect } from 'hyper-connect'

const [base, inFlightArg, warmupArg, secondsArg, op] = process.argv.slice(2)
if (!op) {
  console.error('usage: node bench.mjs <base> <in flight> <warmup s> <seconds> <op>')
  process.exit(2)
}
const inFlight = Number(inFlightArg)
const reads = connect(`${base}/reads`)
const writes = connect(`${base}/writes`)
const bench = connect(`${base}/bench`)

const SEEDED = 1000
const movie = { type: 'movie', title: 'Dune', year: 2021, tags: ['scifi', 'desert'] }
const value = { title: 'Dune', year: 2021, hits: 42 }
const selector = { type: 'movie', year: { $gte: 2000 } }
const randomId = () => `movie-${Math.floor(Math.random() * SEEDED)}`

const ops = {
  'data.add': () => writes.data.add(movie),
  'data.get': () => reads.data.get(randomId()),
  'data.query': () => reads.data.query(selector, { limit: 10 }),
  'cache.set': () => bench.cache.set(randomId(), value),
  'cache.get': () => bench.cache.get(randomId())
}
const call = ops[op]
if (!call) {
  console.error(`unknown op ${op}; one of ${Object.keys(ops).join(', ')}`)
  process.exit(2)
}

let errors = 0
let lastError
async function worker (until, counter) {
  while (performance.now() < until) {
    try {
      const result = await call()
      if (result?.ok === false) {
        errors++
        lastError = JSON.stringify(result)
      }
    } catch (e) {
      errors++
      lastError = String(e?.stack ?? e)
    }
    counter.n++
  }
}

async function run (seconds) {
  const counter = { n: 0 }
  const start = performance.now()
  const until = start + seconds * 1000
  await Promise.all(Array.from({ length: inFlight }, () => worker(until, counter)))
  return { ops: counter.n, seconds: (performance.now() - start) / 1000 }
}

await run(Number(warmupArg))
errors = 0
const measured = await run(Number(secondsArg))
console.log(JSON.stringify({ op, ...measured, errors, lastError }))
process.exit(errors === 0 ? 0 : 1)
