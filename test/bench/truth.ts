/**
 * One truth format for every evaluation group (the real-card JSON of ../shared/real-cards),
 * and the independent check's way of scoring it, so the team's generator, the second
 * synthetic source and real photos are measured by the same rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ContactFields, DraftContact } from '../../shared/contact.js';
import { SURE_CONFIDENCE } from '../../shared/contact.js';

export interface CardTruth {
  id: string;
  lang: string;
  name: string | null;
  title: string | null;
  company: string | null;
  department?: string | null;
  phones: string[];
  email: string | null;
  website: string | null;
  address: string | null;
  fax: string | null;
  has_qr?: boolean;
  variant?: string;
  meta?: {
    country?: string;
    kind?: string;
    image?: string;
    notes?: string;
    /** Other values a person would accept as right (a second printed web address, the QR code's spelling of the company). */
    also_accept?: Partial<Record<ScoredField, string[]>>;
    /** Fields printed on the card but unreadable or hidden in this photo: whatever comes back is not scored. */
    unscored?: ScoredField[];
    /** Stored pixel size and EXIF orientation of the image. */
    width?: number;
    height?: number;
    exif_orientation?: number;
    /** Synthetic photos: the card's corners in the upright frame, its printed top-left first, clockwise (test/bench/capture-check.ts). */
    card_quad?: [number, number][];
  };
}

export interface TruthCard {
  truth: CardTruth;
  image: string;
}

/** Every `*.json` in a folder whose image sits beside it. */
export function loadTruthFolder(dir: string): TruthCard[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'truth.json')
    .sort()
    .flatMap((f) => {
      const truth = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as CardTruth;
      const image = path.join(dir, truth.meta?.image ?? f.replace(/\.json$/, '.jpg'));
      return fs.existsSync(image) ? [{ truth, image }] : [];
    });
}

/** The team generator's truth (ContactFields) in the shared format. */
export function fromFields(id: string, lang: string, f: ContactFields, variant: string): CardTruth {
  return {
    id,
    lang,
    name: f.name || null,
    title: f.title || null,
    company: f.company || null,
    department: f.department || null,
    phones: f.phones.filter((p) => p.kind !== 'fax').map((p) => p.value),
    email: f.emails[0] ?? null,
    website: f.websites[0] ?? null,
    address: f.address || null,
    fax: f.phones.find((p) => p.kind === 'fax')?.value ?? null,
    variant,
  };
}

export const SCORED = ['name', 'title', 'company', 'phones', 'email', 'website', 'address'] as const;
export type ScoredField = (typeof SCORED)[number];

export interface FieldResult {
  field: ScoredField;
  /** 0..1: phones score as an F1 over the set of numbers, the rest right or wrong. */
  score: number;
  sure: boolean;
  truth: unknown;
  got: unknown;
}

const plain = (s: string) => s.normalize('NFC').replace(/ё/g, 'е').replace(/Ё/g, 'Е').replace(/\s+/g, ' ').trim().toLowerCase();
const site = (s: string) => plain(s).replace(/^https?:\/\//, '').replace(/\/$/, '');
const words = (s: string) => plain(s).replace(/[.,;:()]/g, ' ').split(/\s+/).filter(Boolean);

/** Dice over word multisets: an address with a word or two misread still counts. */
export function dice(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length && !wb.length) return 1;
  const rest = [...wb];
  let common = 0;
  for (const w of wa) {
    const i = rest.indexOf(w);
    if (i >= 0) {
      common++;
      rest.splice(i, 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

function f1(truth: string[], got: string[]): number {
  const t = new Set(truth);
  const g = new Set(got);
  if (!t.size && !g.size) return 1;
  const hit = [...g].filter((x) => t.has(x)).length;
  if (!hit) return 0;
  const p = hit / g.size;
  const r = hit / t.size;
  return (2 * p * r) / (p + r);
}

function gotValue(d: DraftContact, field: ScoredField): string | string[] | null {
  const f = d.fields;
  switch (field) {
    case 'phones':
      return f.phones.filter((p) => p.kind !== 'fax').map((p) => p.value);
    case 'email':
      return f.emails[0] ?? null;
    case 'website':
      return f.websites[0] ?? null;
    default:
      return f[field] || null;
  }
}

const CONF_KEY: Record<ScoredField, keyof DraftContact['confidence']> = {
  name: 'name',
  title: 'title',
  company: 'company',
  phones: 'phones',
  email: 'emails',
  website: 'websites',
  address: 'address',
};

/** Fields the card shows, plus fields recognition invented: each scored. */
export function scoreTruth(truth: CardTruth, draft: DraftContact): FieldResult[] {
  const out: FieldResult[] = [];
  const unscored = new Set(truth.meta?.unscored ?? []);
  for (const field of SCORED) {
    if (unscored.has(field)) continue;
    const t = truth[field];
    const g = gotValue(draft, field);
    const present = (v: unknown) => (Array.isArray(v) ? v.length > 0 : !!v);
    if (!present(t) && !present(g)) continue;
    const accepted = [t as string, ...(truth.meta?.also_accept?.[field] ?? [])].filter(Boolean);
    const anyOf = (same: (a: string, b: string) => boolean) => (accepted.some((a) => same(a, g as string)) ? 1 : 0);
    let score: number;
    if (field === 'phones') score = f1((t as string[] | null) ?? [], g as string[]);
    else if (!t || !g) score = 0;
    else if (field === 'address') score = anyOf((a, b) => dice(a, b) >= 0.8);
    else if (field === 'website') score = anyOf((a, b) => site(a) === site(b));
    else score = anyOf((a, b) => plain(a) === plain(b));
    out.push({ field, score, sure: (draft.confidence[CONF_KEY[field]] ?? 0) >= SURE_CONFIDENCE, truth: t, got: g });
  }
  return out;
}

/** No field at all came back. */
export function isEmpty(draft: DraftContact): boolean {
  return SCORED.every((f) => {
    const v = gotValue(draft, f);
    return Array.isArray(v) ? v.length === 0 : !v;
  });
}
