import type { ContactFields, DraftContact, FieldName } from '../../shared/contact.js';
import { FIELD_NAMES, SURE_CONFIDENCE } from '../../shared/contact.js';

const text = (s: string) => s.replace(/ё/g, 'е').replace(/\s+/g, ' ').replace(/\s*([«»])\s*/g, '$1').trim();
const addr = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/[.,;]/g, ' ').replace(/\s+/g, ' ').trim();
const site = (s: string) => s.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');

function same(field: FieldName, truth: ContactFields, got: ContactFields): boolean {
  switch (field) {
    case 'phones': {
      const k = (f: ContactFields) => f.phones.map((p) => `${p.value}|${p.kind}|${p.ext ?? ''}`).sort().join(',');
      return k(truth) === k(got);
    }
    case 'emails':
      return truth.emails.map((e) => e.toLowerCase()).sort().join() === got.emails.map((e) => e.toLowerCase()).sort().join();
    case 'websites':
      return truth.websites.map(site).sort().join() === got.websites.map(site).sort().join();
    case 'address':
      return addr(truth.address) === addr(got.address);
    default:
      return text(truth[field]) === text(got[field]);
  }
}

export interface FieldScore {
  field: FieldName;
  correct: boolean;
  sure: boolean;
  truth: unknown;
  got: unknown;
}

/** Fields the truth has, plus fields recognition invented: each right or wrong. */
export function scoreCard(truth: ContactFields, draft: DraftContact): FieldScore[] {
  const out: FieldScore[] = [];
  for (const field of FIELD_NAMES) {
    const t = truth[field];
    const g = draft.fields[field];
    const present = (v: unknown) => (Array.isArray(v) ? v.length > 0 : !!v);
    if (!present(t) && !present(g)) continue;
    const correct = same(field, truth, draft.fields);
    out.push({ field, correct, sure: (draft.confidence[field] ?? 0) >= SURE_CONFIDENCE, truth: t, got: g });
  }
  return out;
}
