// Peer benchmark: satellite.js 7.1.0 over a whole TLE catalogue.
//
//   node bench-satjs.mjs <catalog.tle> [repetitions=3] [chunk=1000] [--common-dates]
//
// Workload: every element set x 1440 one-minute steps. Parsing/initialisation
// (twoline2satrec) is done once and not timed. Measured:
//
//  1. WASM BulkPropagator, single-thread runtime, EciBaseCalculator only (TEME r, v
//     and error per output - plain SGP4, no community decay check):
//     a. "own epoch": t = 0..1439 min after each set's OWN epoch. The bulk API takes
//        JS Dates (converted once to Julian dates in setDates) and computes
//        tsince = (jd - satrec.jdsatepoch) * 1440 natively, so we pass shallow copies
//        of the satrecs whose jdsatepoch is replaced by a common J0 and dates
//        J0 + k min. Nothing else in the satrec depends on jdsatepoch (gsto etc. were
//        computed by twoline2satrec), so this is the same SGP4 work as sgp4(satrec, k).
//        Checked below against the JS sgp4() for the first chunk.
//     b. (only with --common-dates) "common dates": the dates 2022-08-09T00:00Z + k min for every set (real epochs);
//        tsince then varies per set (sets with old epochs are propagated far).
//     Satellites are processed in chunks (default 1000 sets x 1440 dates per run(),
//     ~70 MB of output) because the whole output would not fit in WASM memory.
//     Only run() is timed; setSatRecs() (marshalling satrecs into WASM memory) is
//     timed separately and reported, but not included in the rate.
//  2. Plain JS loop: sgp4(satrec, k) for k = 0..1439 for each set (own epoch).
//
// Each measurement is repeated (default 3x) after an untimed warm-up; median, min, max
// of propagations/second are printed as a markdown table. Near-Earth = mean motion
// (line 2) >= 6.4 rev/day (period < 225 min); deep space = the rest.
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import {
  twoline2satrec,
  sgp4,
  BulkPropagator,
  EciBaseCalculator,
  createSingleThreadRuntime,
} from 'satellite.js';
import { readTleFile } from './catalog.mjs';

const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const [catalogPath, repsArg, chunkArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const COMMON_DATES = flags.includes('--common-dates');
if (!catalogPath) {
  console.error('usage: node bench-satjs.mjs <catalog.tle> [repetitions=3] [chunk=1000] [--common-dates]');
  process.exit(2);
}
const REPS = Number(repsArg ?? 3);
const CHUNK = Number(chunkArg ?? 1000);
const STEPS = 1440;

// ---------- parse (not timed) ----------
const sets = readTleFile(catalogPath);
const all = sets.map((s) => {
  const satrec = twoline2satrec(s.line1, s.line2);
  const revPerDay = Number(s.line2.substring(52, 63));
  return { satrec, near: revPerDay >= 6.4 };
});
const groups = {
  all: all.map((x) => x.satrec),
  near: all.filter((x) => x.near).map((x) => x.satrec),
  deep: all.filter((x) => !x.near).map((x) => x.satrec),
};
const methodD = groups.all.filter((s) => s.method === 'd').length;

// ---------- WASM setup ----------
const runtime = await createSingleThreadRuntime();
const propagator = new BulkPropagator({
  runtime,
  calculators: [new EciBaseCalculator()],
  satRecsCount: CHUNK,
  datesCount: STEPS,
});

const J0_DATE = new Date(Date.UTC(2022, 7, 9, 0, 0, 0));
const dates = Array.from({ length: STEPS }, (_, k) => new Date(J0_DATE.getTime() + k * 60000));
const J0 = jdOfDate(J0_DATE);
function jdOfDate(d) {
  // same as satellite.js jday(Date): days since JD 0 as a double
  return d.getTime() / 86400000 + 2440587.5;
}
propagator.setDates(dates);

function shifted(satrecs) {
  return satrecs.map((s) => ({ ...s, jdsatepoch: J0 }));
}
function chunks(arr) {
  const out = [];
  for (let i = 0; i < arr.length; i += CHUNK) out.push(arr.slice(i, i + CHUNK));
  return out;
}
const wasmInputs = {
  own: Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, chunks(shifted(v))])),
  common: Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, chunks(v)])),
};

function runWasm(chunkList) {
  let runMs = 0;
  let setMs = 0;
  let errors = 0;
  let n = 0;
  for (const c of chunkList) {
    const t0 = performance.now();
    propagator.setSatRecs(c);
    const t1 = performance.now();
    propagator.run();
    const t2 = performance.now();
    setMs += t1 - t0;
    runMs += t2 - t1;
    n += c.length * STEPS;
    const err = propagator.getRawOutput().eci.error;
    for (let i = 0; i < c.length * STEPS; i++) if (err[i] !== 0) errors++;
  }
  return { n, runMs, setMs, errors };
}

function runJs(satrecs) {
  let sink = 0;
  let errors = 0;
  const t0 = performance.now();
  for (const s of satrecs) {
    for (let k = 0; k < STEPS; k++) {
      const pv = sgp4(s, k);
      if (pv) sink += pv.position.x;
      else errors++;
    }
  }
  const ms = performance.now() - t0;
  return { n: satrecs.length * STEPS, runMs: ms, setMs: 0, errors, sink };
}

// ---------- correctness check of the "own epoch" trick (first chunk, not timed) ----------
{
  const c = wasmInputs.own.all[0];
  propagator.setSatRecs(c);
  propagator.run();
  const out = propagator.getRawOutput().eci;
  let maxDr = 0;
  let errMismatch = 0;
  for (let i = 0; i < c.length; i++) {
    const s = groups.all[i];
    for (let k = 0; k < STEPS; k += 7) {
      const pv = sgp4(s, k);
      const o = i * STEPS + k;
      const e = out.error[o];
      if ((pv === null) !== (e !== 0) || (pv === null && e !== s.error)) {
        errMismatch++;
        continue;
      }
      if (!pv) continue;
      const dx = pv.position.x - out.position[3 * o];
      const dy = pv.position.y - out.position[3 * o + 1];
      const dz = pv.position.z - out.position[3 * o + 2];
      maxDr = Math.max(maxDr, Math.hypot(dx, dy, dz));
    }
  }
  console.log(
    `check (own-epoch WASM vs JS sgp4, first ${c.length} sets, every 7th step): max |dr| = ${maxDr.toExponential(2)} km, error mismatches = ${errMismatch}`,
  );
}

// ---------- measurements ----------
const plan = [
  ['WASM BulkPropagator (single thread), own epoch', 'all', () => runWasm(wasmInputs.own.all)],
  ['WASM BulkPropagator (single thread), own epoch', 'near', () => runWasm(wasmInputs.own.near)],
  ['WASM BulkPropagator (single thread), own epoch', 'deep', () => runWasm(wasmInputs.own.deep)],
  ...(COMMON_DATES
    ? [['WASM BulkPropagator (single thread), common dates', 'all', () => runWasm(wasmInputs.common.all)]]
    : []),
  ['JS sgp4() loop, own epoch', 'all', () => runJs(groups.all)],
  ['JS sgp4() loop, own epoch', 'near', () => runJs(groups.near)],
  ['JS sgp4() loop, own epoch', 'deep', () => runJs(groups.deep)],
];

// warm-up (untimed): one chunk of each kind
runWasm([wasmInputs.own.all[0]]);
runWasm([wasmInputs.own.deep[0]]);
runJs(groups.all.slice(0, CHUNK));
runJs(groups.deep.slice(0, CHUNK));

const results = plan.map(([name, group]) => ({ name, group, rates: [], setMs: [], errors: 0, n: 0 }));
const tStart = performance.now();
const loads = [];
for (let r = 0; r < REPS; r++) {
  loads.push(loadavg()[0]);
  plan.forEach(([, , fn], i) => {
    const m = fn();
    results[i].rates.push(m.n / (m.runMs / 1000));
    results[i].setMs.push(m.setMs);
    results[i].errors = m.errors;
    results[i].n = m.n;
    process.stderr.write(
      `rep ${r + 1} ${results[i].name} [${results[i].group}]: ${(m.n / m.runMs / 1000).toFixed(3)} M/s (${(m.runMs / 1000).toFixed(2)} s)\n`,
    );
  });
}
loads.push(loadavg()[0]);
const totalS = (performance.now() - tStart) / 1000;

const median = (a) => {
  const b = [...a].sort((x, y) => x - y);
  const m = b.length >> 1;
  return b.length % 2 ? b[m] : (b[m - 1] + b[m]) / 2;
};
const M = (x) => (x / 1e6).toFixed(3);

console.log('');
console.log(
  `sets: ${groups.all.length} (near-Earth ${groups.near.length}, deep-space ${groups.deep.length}; satrec.method 'd': ${methodD}); ${STEPS} steps each; chunk ${CHUNK}; repetitions ${REPS}`,
);
console.log('');
console.log('| implementation | sets | propagations | M props/s median | min | max | error outputs | setSatRecs s (median, not in rate) |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const set = r.name.startsWith('WASM') ? (median(r.setMs) / 1000).toFixed(2) : '-';
  console.log(
    `| ${r.name} | ${r.group} | ${r.n.toLocaleString('en-US')} | **${M(median(r.rates))}** | ${M(Math.min(...r.rates))} | ${M(Math.max(...r.rates))} | ${r.errors.toLocaleString('en-US')} | ${set} |`,
  );
}
console.log('');
console.log(`timed section wall time: ${totalS.toFixed(1)} s; 1-min load average at the start of each repetition and at the end: ${loads.map((l) => l.toFixed(2)).join(', ')}`);
propagator.dispose();
