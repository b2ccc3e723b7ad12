import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';

/**
 * Readers the export code had no hand in: Debian's python3-vobject for vCards (installed by
 * scripts/setup.sh) and csv-parse for CSV. Each exported file is checked by what a third
 * party would read from it, not by our own parser.
 */

/** Debian's python, where python3-vobject lives (a pyenv python on PATH would not see it). */
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

const VOBJECT_DUMP = String.raw`
import json, sys, vobject
out = []
text = open(sys.argv[1], encoding='utf-8').read()
for card in vobject.readComponents(text, allowQP=True):
    def vals(name):
        return [l for l in card.contents.get(name, [])]
    def one(name):
        xs = vals(name)
        return xs[0].value if xs else None
    n = one('n')
    adr = one('adr')
    photo = vals('photo')
    out.append({
        'version': one('version'),
        'fn': one('fn'),
        'n': n and [n.family, n.given, n.additional],
        'org': [l.value for l in vals('org')],
        'title': one('title'),
        'tel': [{'value': l.value, 'type': sorted(t.upper() for t in l.params.get('TYPE', [])) + sorted(p.upper() for p in l.singletonparams)} for l in vals('tel')],
        'email': [l.value for l in vals('email')],
        'url': [l.value for l in vals('url')],
        'adr': adr and {'street': adr.street, 'city': adr.city, 'region': adr.region, 'code': adr.code, 'country': adr.country},
        'label': one('label'),
        'note': one('note'),
        'categories': [l.value for l in vals('categories')],
        'uid': one('uid'),
        'photo': len(photo[0].value) if photo and isinstance(photo[0].value, (bytes, bytearray)) else (len(photo[0].value) if photo else 0),
        'photo_head': photo[0].value[:4].hex() if photo and isinstance(photo[0].value, (bytes, bytearray)) else None,
    })
json.dump(out, sys.stdout, ensure_ascii=False)
`;

export interface VobjectCard {
  version: string;
  fn: string;
  n: [string, string, string] | null;
  org: (string | string[])[];
  title: string | null;
  tel: { value: string; type: string[] }[];
  email: string[];
  url: string[];
  adr: { street: string; city: string; region: string; code: string; country: string } | null;
  label: string | null;
  note: string | null;
  categories: (string | string[])[];
  uid: string | null;
  photo: number;
  photo_head: string | null;
}

export function readWithVobject(file: string): VobjectCard[] {
  return JSON.parse(execFileSync(PYTHON, ['-c', VOBJECT_DUMP, file], { encoding: 'utf8' })) as VobjectCard[];
}

/** Names and bytes of each member, read by Python's zipfile. */
export function readZipWithPython(file: string): { name: string; text: string }[] {
  const script = String.raw`
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
json.dump([{'name': i.filename, 'text': z.read(i).decode('utf-8')} for i in z.infolist()], sys.stdout, ensure_ascii=False)
`;
  return JSON.parse(execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8' })) as { name: string; text: string }[];
}

/** Rows as objects keyed by header, as csv-parse reads them (BOM stripped as a spreadsheet would). */
export function readCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true, relax_column_count: false, skip_empty_lines: true }) as Record<string, string>[];
}
