import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApiContact, Draft } from '../../shared/api.js';
import type { ContactFields, Phone } from '../../shared/contact.js';
import { call } from './api-client.js';
import { dictionaries, errorText, useLang, useT, type Key, type Lang } from './i18n.js';
import { joinSides, level, missingFields, plausibleBackSide, listToText, textToList } from './logic/fields.js';

export type Editable = 'name' | 'title' | 'company' | 'department' | 'phones' | 'emails' | 'websites' | 'address' | 'notes';
export const FIELDS: Editable[] = ['name', 'title', 'company', 'department', 'phones', 'emails', 'websites', 'address', 'notes'];
export const MULTI = new Set<Editable>(['phones', 'emails', 'websites', 'address', 'notes']);
const KINDS: Phone['kind'][] = ['work', 'mobile', 'fax', 'other'];

/** Phone kinds are written in the UI's language and read back in either. */
const kindLabel = (kind: Phone['kind'], lang: Lang) => dictionaries[lang][`kind_${kind}` as Key];
const kindOf = new Map<string, Phone['kind']>(KINDS.flatMap((k) => (['en', 'ru'] as const).map((l) => [kindLabel(k, l).toLowerCase(), k] as [string, Phone['kind']])));
const KIND_AT_END = /\(([^()]+)\)\s*$/;

const phonesToText = (ps: Phone[], lang: Lang) => ps.map((p) => `${p.value}${p.ext ? ` ext ${p.ext}` : ''} (${kindLabel(p.kind, lang)})`).join('\n');
function textToPhones(s: string): Phone[] {
  return textToList(s).map((line) => {
    const m = KIND_AT_END.exec(line);
    const kind = m ? kindOf.get(m[1]!.trim().toLowerCase()) : undefined;
    const body = (kind ? line.slice(0, m!.index) : line).trim();
    const ext = /\s+(?:ext|доб)\.?\s*(\d+)$/i.exec(body);
    return { value: ext ? body.slice(0, ext.index).trim() : body, kind: kind ?? 'work', ...(ext ? { ext: ext[1]! } : {}) };
  });
}

export type Form = Record<Editable, string>;

export function toForm(f: ContactFields, lang: Lang = 'en'): Form {
  return {
    name: f.name,
    title: f.title,
    company: f.company,
    department: f.department,
    phones: phonesToText(f.phones, lang),
    emails: listToText(f.emails),
    websites: listToText(f.websites),
    address: f.address,
    notes: f.notes,
  };
}

export function fromForm(form: Form, base: ContactFields): ContactFields {
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

export type Outcome = { kind: 'saved' | 'joined' | 'merged'; contact: ApiContact };

export interface ReviewProps {
  draft: Draft;
  defaultEvent: string;
  /** The contact saved just before this card: the one a back side would join. */
  previous: ApiContact | null;
  onDone: (o: Outcome) => void;
  onSkip: () => void;
}

type Ask = null | { kind: 'missing'; allowDuplicate: boolean } | { kind: 'join' } | { kind: 'merge' };
type Choice = 'saved' | 'card' | 'both';
const ZOOMS = [1, 1.5, 2, 3];

/** One card: the image with the text boxes OCR found, every field editable with its confidence. */
export function Review({ draft, defaultEvent, previous, onDone, onSkip }: ReviewProps) {
  const t = useT();
  const lang = useLang();
  const [form, setForm] = useState(() => toForm(draft.fields, lang));
  const [tags, setTags] = useState('');
  const [event, setEvent] = useState(defaultEvent);
  const [target, setTarget] = useState<Editable>('name');
  const [duplicates, setDuplicates] = useState(draft.duplicates);
  const [existing, setExisting] = useState<ApiContact | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ask, setAsk] = useState<Ask>(null);
  const [choices, setChoices] = useState<Partial<Record<Editable, Choice>>>({});
  const [zoom, setZoom] = useState(0);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const dupPanel = useRef<HTMLDivElement>(null);
  const askPanel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setForm(toForm(draft.fields, lang));
    setDuplicates(draft.duplicates);
    setError(null);
    setAsk(null);
    setZoom(0);
    first.current?.focus();
    // Only a new card resets the form: a language switch keeps what was typed.
  }, [draft]);
  useEffect(() => {
    setExisting(null);
    if (duplicates[0]) call('getContact', { uid: duplicates[0].uid }).then(setExisting, () => setExisting(null));
  }, [duplicates]);
  useEffect(() => {
    // An open question takes the focus: its first button answers it with Enter.
    if (ask) askPanel.current?.querySelector<HTMLElement>('button, input')?.focus();
  }, [ask]);

  const fields = () => fromForm(form, draft.fields);
  const tagList = () => textToList(tags.replace(/,/g, '\n'));

  const save = async (opts: { allowDuplicate?: boolean; allowMissing?: boolean } = {}) => {
    if (busy) return;
    const allowDuplicate = !!opts.allowDuplicate;
    if (duplicates.length && !allowDuplicate) {
      // A duplicate is a question for the person, not something Enter answers.
      dupPanel.current?.focus();
      return;
    }
    if (!opts.allowMissing && missingFields(fields()).length) {
      setAsk({ kind: 'missing', allowDuplicate });
      return;
    }
    setBusy(true);
    try {
      const r = await call('saveScan', { scanId: draft.scanId, fields: fields(), tags: tagList(), event, allowDuplicate });
      if (r.contact) onDone({ kind: 'saved', contact: r.contact });
      else {
        setAsk(null);
        setDuplicates(r.duplicates);
        setTimeout(() => dupPanel.current?.focus(), 0);
      }
    } catch (e) {
      setError(errorText(t, lang, e));
    } finally {
      setBusy(false);
    }
  };

  const mergeInto = async (how: 'joined' | 'merged', into: ApiContact, merged: ContactFields) => {
    setBusy(true);
    try {
      const contact = await call('mergeScan', { scanId: draft.scanId, uid: into.uid, fields: merged, version: into.version, how });
      onDone({ kind: how, contact });
    } catch (e) {
      setError(errorText(t, lang, e));
    } finally {
      setBusy(false);
    }
  };

  const closeAsk = () => {
    setAsk(null);
    document.getElementById(`f-${target}`)?.focus();
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const el = e.target as HTMLElement;
    if (e.key === 'Escape' && ask) {
      e.preventDefault();
      closeAsk();
      return;
    }
    if (e.key !== 'Enter' || e.shiftKey || e.altKey) return;
    if (e.ctrlKey || e.metaKey) {
      // Ctrl+Enter saves from anywhere, a multi-line field included.
      e.preventDefault();
      void save();
      return;
    }
    // Enter saves only from a one-line field of the form; on a button it presses that button,
    // in a multi-line field it starts a new line.
    if (el.tagName === 'INPUT' && el.closest('.fields-form') && !el.closest('.ask') && (el as HTMLInputElement).type !== 'radio') {
      e.preventDefault();
      void save();
    }
  };

  const put = (text: string) => setForm((f) => ({ ...f, [target]: MULTI.has(target) && f[target].trim() ? `${f[target]}\n${text}` : text }));

  const fieldOfLine = useMemo(() => {
    const sourceOf: { x: number; y: number; field: Editable }[] = [];
    for (const [field, boxes] of Object.entries(draft.sources)) for (const b of boxes) sourceOf.push({ x: b.x, y: b.y, field: field as Editable });
    return draft.lines.map((l) => sourceOf.find((s) => s.x >= l.box.x - 2 && s.y >= l.box.y - 2 && s.x <= l.box.x + l.box.w && s.y <= l.box.y + l.box.h)?.field);
  }, [draft]);

  const current = fields();
  const missing = missingFields(current);
  const canJoin = !!previous && plausibleBackSide(previous, current, draft.lines.length);
  const dup = duplicates[0];

  // Merge: per field, the saved contact's value, this card's, or (for lists) both.
  const differing = existing ? FIELDS.filter((f) => toForm(existing, lang)[f].trim() !== form[f].trim() && form[f].trim()) : [];
  const choiceOf = (f: Editable): Choice => choices[f] ?? (MULTI.has(f) && f !== 'address' && f !== 'notes' ? 'both' : existing && toForm(existing, lang)[f].trim() ? 'saved' : 'card');
  const mergedFields = (): ContactFields => {
    const base = toForm(existing!, lang);
    const out = { ...base };
    for (const f of differing) {
      const c = choiceOf(f);
      out[f] = c === 'card' ? form[f] : c === 'both' ? `${base[f]}\n${form[f]}` : base[f];
    }
    const merged = fromForm(out, existing!);
    // Lists taken from both sides lose repeats.
    const uniq = <T,>(xs: T[], key: (x: T) => string) => xs.filter((x, i) => xs.findIndex((y) => key(y) === key(x)) === i);
    return { ...merged, phones: uniq(merged.phones, (p) => p.value), emails: uniq(merged.emails, (e) => e.toLowerCase()), websites: uniq(merged.websites, (w) => w.toLowerCase()) };
  };

  return (
    <div className="review" onKeyDown={onKeyDown} data-testid="review">
      <div className="card-view">
        <div className="row card-tools">
          <button type="button" onClick={() => setZoom((z) => Math.max(0, z - 1))} disabled={zoom === 0} aria-label={t('zoomOut')} title={t('zoomOut')} data-testid="zoom-out">
            −
          </button>
          <button type="button" onClick={() => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1))} disabled={zoom === ZOOMS.length - 1} aria-label={t('zoomIn')} title={t('zoomIn')} data-testid="zoom-in">
            +
          </button>
          <span className="hint">
            {t('method')}: {draft.method} · {draft.ms} {t('ms')}
          </span>
        </div>
        <div className="card-scroll">
          <div className="card-frame" style={{ width: `${ZOOMS[zoom]! * 100}%` }} data-testid="card-frame">
            <img src={draft.cardUrl} alt={t('cardImage', { file: draft.file })} />
            <svg viewBox={`0 0 ${draft.cardWidth} ${draft.cardHeight}`} preserveAspectRatio="none" role="group" aria-label={t('clickBox')}>
              {draft.lines.map((l, i) => {
                const field = fieldOfLine[i];
                return (
                  <rect
                    key={i}
                    x={l.box.x}
                    y={l.box.y}
                    width={l.box.w}
                    height={l.box.h}
                    className={`box ${field ? `f-${field}` : ''}`}
                    onClick={() => put(l.text)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        e.stopPropagation();
                        put(l.text);
                      }
                    }}
                    tabIndex={0}
                    role="button"
                    aria-label={t('boxPut', { text: l.text, field: t(target) })}
                    data-testid="ocr-box"
                  >
                    <title>{l.text}</title>
                  </rect>
                );
              })}
            </svg>
          </div>
        </div>
        <p className="hint">{t('clickBox')}</p>
        {draft.warnings.map((w) => (
          <p className="warning" key={w}>
            {draft.file}: {w}
          </p>
        ))}
      </div>
      <form className="fields-form" onSubmit={(e) => e.preventDefault()} aria-label={t('review')}>
        {dup && (
          <div className="duplicate" data-testid="duplicate" tabIndex={-1} ref={dupPanel} role="region" aria-label={t('duplicateOf', { reason: t(`reason_${dup.reason}` as Key) })}>
            <strong>{t('duplicateOf', { reason: t(`reason_${dup.reason}` as Key) })}</strong>
            <div className="side-by-side">
              <div>
                <h2 className="side-title">{t('savedContact')}</h2>
                <p className="side-name">{existing?.name || dup.name || t('noName')}</p>
                {existing?.thumbUrl && <img src={existing.thumbUrl} alt="" />}
                <p>{existing?.company ?? dup.company}</p>
                <p>{existing?.emails.join(', ')}</p>
                <p>{existing?.phones.map((p) => p.value).join(', ')}</p>
              </div>
              <div>
                <h2 className="side-title">{t('thisCard')}</h2>
                <p className="side-name">{form.name || t('noName')}</p>
                <p>{form.company}</p>
                <p>{form.emails.replace(/\n/g, ', ')}</p>
                <p>{form.phones.replace(/\n/g, ', ')}</p>
              </div>
            </div>
            <div className="row">
              <button type="button" onClick={() => setAsk({ kind: 'merge' })} disabled={!existing} data-testid="merge">
                {t('merge')}
              </button>
              <button type="button" onClick={() => save({ allowDuplicate: true })} data-testid="save-anyway">
                {t('saveAnyway')}
              </button>
              <button type="button" onClick={onSkip} data-testid="skip-duplicate">
                {t('skip')}
              </button>
            </div>
          </div>
        )}
        {ask && (
          <div className="ask" role="alertdialog" aria-modal="false" aria-labelledby="ask-title" ref={askPanel} data-testid={`ask-${ask.kind}`}>
            {ask.kind === 'missing' && (
              <>
                <p id="ask-title">
                  <strong>{t('missingTitle', { fields: missing.map((f) => t(f)).join(', ') })}</strong> {t('missingAsk')}
                </p>
                <div className="row">
                  <button type="button" className="primary" onClick={() => save({ allowDuplicate: ask.allowDuplicate, allowMissing: true })} data-testid="save-without">
                    {t('saveWithout')}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      setAsk(null);
                      document.getElementById(`f-${missing[0] ?? 'name'}`)?.focus();
                    }}
                    data-testid="fill-in"
                  >
                    {t('fillIn')}
                  </button>
                </div>
              </>
            )}
            {ask.kind === 'join' && previous && (
              <>
                <p id="ask-title">
                  <strong>{t('joinTitle', { name: previous.name || t('noName') })}</strong>
                </p>
                <p>{t('joinExplain', { name: previous.name || t('noName') })}</p>
                <div className="row">
                  <button type="button" className="primary" onClick={() => mergeInto('joined', previous, joinSides(previous, current))} data-testid="join-confirm">
                    {t('joinConfirm')}
                  </button>
                  <button type="button" onClick={closeAsk} data-testid="join-cancel">
                    {t('cancel')}
                  </button>
                </div>
              </>
            )}
            {ask.kind === 'merge' && existing && (
              <>
                <p id="ask-title">
                  <strong>{t('mergeTitle', { name: existing.name || t('noName') })}</strong>
                </p>
                {differing.map((f) => (
                  <fieldset key={f} className="merge-field">
                    <legend>{t(f)}</legend>
                    {(['saved', 'card', ...(MULTI.has(f) && f !== 'address' && f !== 'notes' ? ['both'] : [])] as Choice[]).map((c) => (
                      <label key={c} className="inline">
                        <input type="radio" name={`merge-${f}`} checked={choiceOf(f) === c} onChange={() => setChoices({ ...choices, [f]: c })} />{' '}
                        {c === 'saved' ? `${t('keepSaved')}: ${toForm(existing, lang)[f] || '—'}` : c === 'card' ? `${t('takeCard')}: ${form[f]}` : t('keepBoth')}
                      </label>
                    ))}
                  </fieldset>
                ))}
                <div className="row">
                  <button type="button" className="primary" onClick={() => mergeInto('merged', existing, mergedFields())} data-testid="merge-confirm">
                    {t('mergeConfirm')}
                  </button>
                  <button type="button" onClick={closeAsk}>
                    {t('cancel')}
                  </button>
                </div>
              </>
            )}
          </div>
        )}
        <div className="fields">
          {FIELDS.map((f, i) => {
            const lv = level(draft.fields[f], draft.confidence[f]);
            const isMissing = (missing as string[]).includes(f);
            const props = {
              id: `f-${f}`,
              value: form[f],
              onFocus: () => setTarget(f),
              onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setForm({ ...form, [f]: e.target.value }),
              className: `lv-${lv}${isMissing ? ' missing' : ''}${target === f ? ' target' : ''}`,
              'aria-invalid': isMissing || undefined,
              'aria-describedby': isMissing ? `m-${f}` : undefined,
              'data-testid': `field-${f}`,
            };
            return (
              <label key={f} htmlFor={`f-${f}`}>
                <span>
                  {t(f)}{' '}
                  {lv !== 'empty' && (
                    <em className={`badge lv-${lv}`} title={t('confidence', { n: Math.round((draft.confidence[f] ?? 0) * 100) })}>
                      {Math.round((draft.confidence[f] ?? 0) * 100)}%
                    </em>
                  )}
                  {isMissing && (
                    <em className="badge missing" id={`m-${f}`} data-testid={`missing-${f}`}>
                      {t('missing')}
                    </em>
                  )}
                </span>
                {MULTI.has(f) ? <textarea rows={f === 'notes' ? 2 : Math.max(1, Math.min(4, form[f].split('\n').length))} {...props} /> : <input ref={i === 0 ? first : undefined} {...props} {...(i === 0 ? { 'data-autofocus': true } : {})} />}
              </label>
            );
          })}
          <label htmlFor="f-tags">
            <span>
              {t('tags')} <small>({t('tagsHint')})</small>
            </span>
            <input id="f-tags" value={tags} onChange={(e) => setTags(e.target.value)} data-testid="field-tags" />
          </label>
          <label htmlFor="f-event">
            <span>{t('event')}</span>
            <input id="f-event" value={event} onChange={(e) => setEvent(e.target.value)} data-testid="field-event" />
          </label>
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" className="primary" onClick={() => save()} disabled={busy} data-testid="save" aria-keyshortcuts="Control+Enter">
            {t('save')}
          </button>
          <button type="button" onClick={onSkip} data-testid="skip">
            {t('skip')}
          </button>
          {previous &&
            (canJoin ? (
              <button type="button" onClick={() => setAsk({ kind: 'join' })} data-testid="join">
                {t('joinPrevious', { name: previous.name || t('noName') })}
              </button>
            ) : (
              <button type="button" className="link" onClick={() => setAsk({ kind: 'join' })} data-testid="join-manual">
                {t('joinManual', { name: previous.name || t('noName') })}
              </button>
            ))}
          <small className="keys">
            <kbd>Enter</kbd> / <kbd>Ctrl</kbd>+<kbd>Enter</kbd>: {t('save')} ({t('saveKeys')})
          </small>
        </div>
      </form>
    </div>
  );
}
