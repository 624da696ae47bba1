// Generate independent SGP4 reference states for every element set of a TLE
// catalogue with satellite.js (a faithful JS port of Vallado's SGP4 C++).
//
//   node generate-expected.mjs <catalog.tle> <out.csv.gz>
//
// For each set: twoline2satrec (WGS-72, improved mode 'i' - the library's
// defaults), then the raw sgp4(satrec, tsince) at tsince = 0, 720, 1440, 4320 min.
// Output columns:
//   catalog,line_index,tsince_min,x_km,y_km,z_km,vx_km_s,vy_km_s,vz_km_s,error
// Numbers use JavaScript's shortest round-trip formatting (String(x)).
// When sgp4 returns null (satellite.js does so for every non-zero error code,
// including 6 = decayed), x..vz are empty and `error` holds satrec.error.
import { createWriteStream } from 'node:fs';
import { createGzip, constants as zc } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { twoline2satrec, sgp4 } from 'satellite.js';
import { readTleFile } from './catalog.mjs';

const TIMES = [0, 720, 1440, 4320];

const [catalogPath, outPath] = process.argv.slice(2);
if (!catalogPath || !outPath) {
  console.error('usage: node generate-expected.mjs <catalog.tle> <out.csv.gz>');
  process.exit(2);
}

const sets = readTleFile(catalogPath);
const errorCounts = new Map();
let rows = 0;
let nonFinite = 0;

function* csvLines() {
  yield 'catalog,line_index,tsince_min,x_km,y_km,z_km,vx_km_s,vy_km_s,vz_km_s,error\n';
  for (const { index, line1, line2 } of sets) {
    const satrec = twoline2satrec(line1, line2);
    const catalog = String(satrec.satnum).trim();
    for (const t of TIMES) {
      const pv = sgp4(satrec, t);
      const err = satrec.error;
      errorCounts.set(err, (errorCounts.get(err) ?? 0) + 1);
      rows++;
      let fields;
      if (pv && pv.position && pv.velocity) {
        const r = pv.position;
        const v = pv.velocity;
        const vals = [r.x, r.y, r.z, v.x, v.y, v.z];
        if (!vals.every(Number.isFinite)) nonFinite++;
        fields = vals.map(String).join(',');
      } else {
        fields = ',,,,,';
      }
      yield `${catalog},${index},${t},${fields},${err}\n`;
    }
  }
}

await pipeline(
  Readable.from(csvLines()),
  createGzip({ level: zc.Z_BEST_COMPRESSION }),
  createWriteStream(outPath),
);

console.log(`element sets: ${sets.length}`);
console.log(`rows: ${rows}`);
console.log(`rows with non-finite values: ${nonFinite}`);
for (const [code, n] of [...errorCounts].sort((a, b) => a[0] - b[0])) {
  console.log(`error ${code}: ${n} rows`);
}
