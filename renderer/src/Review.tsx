import { useEffect, useRef, useState } from 'react';
import type { ApiContact, Draft } from '../../shared/api.js';
import type { ContactFields, Phone } from '../../shared/contact.js';
import { call } from './api-client.js';
import { useT } from './i18n.js';
import { level, listToText, textToList } from './logic/fields.js';

type Editable = 'name' | 'title' | 'company' | 'department' | 'phones' | 'emails' | 'websites' | 'address' | 'notes';
const FIELDS: Editable[] = ['name', 'title', 'company', 'department', 'phones', 'emails', 'websites', 'address', 'notes'];
const MULTI = new Set<Editable>(['phones', 'emails', 'websites', 'address', 'notes']);

const phonesToText = (ps: Phone[]) => ps.map((p) => `${p.value}${p.ext ? ` ext ${p.ext}` : ''} (${p.kind})`).join('\n');
function textToPhones(s: string): Phone[] {
  return textToList(s).map((line) => {
    const kind = /\((work|mobile|fax|other)\)\s*$/.exec(line)?.[1] as Phone['kind'] | undefined;
    const body = line.replace(/\((work|mobile|fax|other)\)\s*$/, '').trim();
    const ext = /\s+ext\.?\s*(\d+)$/i.exec(body);
    return { value: ext ? body.slice(0, ext.index).trim() : body, kind: kind ?? 'work', ...(ext ? { ext: ext[1]! } : {}) };
  });
}

export function toForm(f: ContactFields): Record<Editable, string> {
  return {
    name: f.name,
    title: f.title,
    company: f.company,
    department: f.department,
    phones: phonesToText(f.phones),
    emails: listToText(f.emails),
    websites: listToText(f.websites),
    address: f.address,
    notes: f.notes,
  };
}

export function fromForm(form: Record<Editable, string>, base: ContactFields): ContactFields {
  const nameChanged = form.name.trim() !== base.name;
  const parts = form.name.trim().split(/\s+/);
  return {
    ...base,
    name: form.name.trim(),
    // A retyped name re-derives its parts; an untouched one keeps what recognition knew (ФИО order).
    givenName: nameChanged ? (parts[0] ?? '') : base.givenName,
    middleName: nameChanged ? parts.slice(1, -1).join(' ') : base.middleName,
    familyName: nameChanged ? (parts.length > 1 ? parts[parts.length - 1]! : '') : base.familyName,
    title: form.title.trim(),
    company: form.company.trim(),
    department: form.department.trim(),
    phones: textToPhones(form.phones),
    emails: textToList(form.emails),
    websites: textToList(form.websites),
    address: form.address.replace(/\s*\n\s*/g, ', ').trim(),
    notes: form.notes,
  };
}

export interface ReviewProps {
  draft: Draft;
  defaultEvent: string;
  canJoin: boolean;
  onSaved: (contact: ApiContact) => void;
  onSkip: () => void;
  onJoin: (fields: ContactFields) => void;
}

/** One card: the image with the text boxes OCR found, every field editable with its confidence. */
export function Review({ draft, defaultEvent, canJoin, onSaved, onSkip, onJoin }: ReviewProps) {
  const t = useT();
  const [form, setForm] = useState(() => toForm(draft.fields));
  const [tags, setTags] = useState('');
  const [event, setEvent] = useState(defaultEvent);
  const [focus, setFocus] = useState<Editable>('name');
  const [duplicates, setDuplicates] = useState(draft.duplicates);
  const [existing, setExisting] = useState<ApiContact | null>(null);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setForm(toForm(draft.fields));
    setDuplicates(draft.duplicates);
    setError(null);
    first.current?.focus();
  }, [draft]);
  useEffect(() => {
    setExisting(null);
    if (duplicates[0]) call('getContact', { uid: duplicates[0].uid }).then(setExisting, () => setExisting(null));
  }, [duplicates]);

  const save = async (allowDuplicate: boolean) => {
    try {
      const r = await call('saveScan', { scanId: draft.scanId, fields: fromForm(form, draft.fields), tags: textToList(tags.replace(/,/g, '\n')), event, allowDuplicate });
      if (r.contact) onSaved(r.contact);
      else setDuplicates(r.duplicates);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && !e.shiftKey && (e.target as HTMLElement).tagName !== 'TEXTAREA') {
      e.preventDefault();
      void save(duplicates.length > 0 && e.ctrlKey);
    }
  };

  const put = (text: string) =>
    setForm((f) => ({ ...f, [focus]: MULTI.has(focus) && f[focus].trim() ? `${f[focus]}\n${text}` : text }));

  const sourceOf = new Map<string, Editable>();
  for (const [field, boxes] of Object.entries(draft.sources)) for (const b of boxes) sourceOf.set(`${b.x},${b.y}`, field as Editable);

  return (
    <div className="review" onKeyDown={onKeyDown} data-testid="review">
      <div className="card-view">
        <div className="card-frame">
          <img src={draft.cardUrl} alt={draft.file} />
          <svg viewBox={`0 0 ${draft.cardWidth} ${draft.cardHeight}`} preserveAspectRatio="none">
            {draft.lines.map((l, i) => {
              const field = [...sourceOf.entries()].find(([k]) => {
                const [x, y] = k.split(',').map(Number);
                return x! >= l.box.x - 2 && y! >= l.box.y - 2 && x! <= l.box.x + l.box.w && y! <= l.box.y + l.box.h;
              })?.[1];
              return (
                <rect key={i} x={l.box.x} y={l.box.y} width={l.box.w} height={l.box.h} className={`box ${field ? `f-${field}` : ''}`} onClick={() => put(l.text)} data-testid="ocr-box">
                  <title>{l.text}</title>
                </rect>
              );
            })}
          </svg>
        </div>
        <p className="hint">
          {t('method')}: {draft.method} · {draft.ms} {t('ms')} · {t('clickBox')}
        </p>
        {draft.warnings.map((w) => (
          <p className="warning" key={w}>
            {draft.file}: {w}
          </p>
        ))}
      </div>
      <form className="fields" onSubmit={(e) => e.preventDefault()}>
        {FIELDS.map((f, i) => {
          const lv = level(draft.fields[f], draft.confidence[f]);
          const props = {
            id: `f-${f}`,
            value: form[f],
            onFocus: () => setFocus(f),
            onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setForm({ ...form, [f]: e.target.value }),
            className: `lv-${lv}${focus === f ? ' focused' : ''}`,
            'data-testid': `field-${f}`,
          };
          return (
            <label key={f} htmlFor={`f-${f}`}>
              <span>
                {t(f)} {lv !== 'empty' && <em className={`badge lv-${lv}`}>{Math.round((draft.confidence[f] ?? 0) * 100)}%</em>}
              </span>
              {MULTI.has(f) ? <textarea rows={f === 'notes' ? 2 : Math.max(1, form[f].split('\n').length)} {...props} /> : <input ref={i === 0 ? first : undefined} {...props} />}
            </label>
          );
        })}
        <label>
          <span>{t('tags')}</span>
          <input value={tags} onChange={(e) => setTags(e.target.value)} data-testid="field-tags" />
        </label>
        <label>
          <span>{t('event')}</span>
          <input value={event} onChange={(e) => setEvent(e.target.value)} data-testid="field-event" />
        </label>
        {error && <p className="error">{error}</p>}
        {duplicates.length > 0 && (
          <div className="duplicate" data-testid="duplicate">
            <strong>{t('duplicateOf')}</strong> ({duplicates[0]!.reason})
            <div className="side-by-side">
              <div>
                <h4>{existing?.name || duplicates[0]!.name}</h4>
                {existing?.thumbUrl && <img src={existing.thumbUrl} alt="" />}
                <p>{existing?.company}</p>
                <p>{existing?.emails.join(', ')}</p>
                <p>{existing?.phones.map((p) => p.value).join(', ')}</p>
              </div>
              <div>
                <h4>{form.name}</h4>
                <img src={draft.cardUrl} alt="" />
                <p>{form.company}</p>
                <p>{form.emails.replace(/\n/g, ', ')}</p>
                <p>{form.phones.replace(/\n/g, ', ')}</p>
              </div>
            </div>
          </div>
        )}
        <div className="row">
          <button type="button" className="primary" onClick={() => save(duplicates.length > 0)} data-testid="save">
            {duplicates.length ? t('saveAnyway') : t('save')}
          </button>
          <button type="button" onClick={onSkip}>
            {t('skip')}
          </button>
          {canJoin && (
            <button type="button" onClick={() => onJoin(fromForm(form, draft.fields))} data-testid="join">
              {t('joinPrevious')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
