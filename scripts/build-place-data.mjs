// Rebuilds main/recognize/extract/data/cities.json from city-timezones (MIT; Natural Earth's
// populated places, ~7,300 cities and towns of every country) for reading addresses: a city
// named at the end of an address line is an address cue and says which country the card's
// numbers belong to. Run after updating that package: `node scripts/build-place-data.mjs`.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const places = require('city-timezones/data/cityMap.json');

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
const best = new Map();
for (const p of places) {
  for (const name of new Set([p.city, p.city_ascii])) {
    const key = fold(String(name ?? ''));
    // Three letters or fewer are as often words or initials as places.
    if (key.length < 4 || !/^[a-z][a-z .'-]*$/.test(key)) continue;
    // Places of disputed territories carry no ISO code (-99).
    if (!/^[A-Z]{2}$/.test(String(p.iso2))) continue;
    // A name several countries share goes to its most populous place.
    const cur = best.get(key);
    if (!cur || cur.pop < p.pop) best.set(key, { iso2: p.iso2, pop: p.pop });
  }
}
const cities = Object.fromEntries([...best].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, v.iso2]));
const out = path.resolve(import.meta.dirname, '../main/recognize/extract/data/cities.json');
fs.writeFileSync(out, JSON.stringify({ source: 'city-timezones (Natural Earth populated places), names folded to plain Latin letters', cities }));
console.log(`${Object.keys(cities).length} places -> ${out}`);
