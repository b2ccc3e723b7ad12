import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiContact } from '../../shared/api.js';
import { call } from './api-client.js';
import { errorText, useLang, useT } from './i18n.js';
import { textToList } from './logic/fields.js';
import { FIELDS, fromForm, MULTI, toForm, type Form } from './Review.js';

function download(filename: string, mime: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type EditForm = Form & { tags: string; event: string };
const editFormOf = (c: ApiContact, lang: 'en' | 'ru'): EditForm => ({ ...toForm(c, lang), tags: c.tags.join(', '), event: c.event });

/** The saved contacts: thumbnails, search in both scripts, event and tag filters, edit, delete, export of what is shown. */
export function Contacts({ refresh }: { refresh: number }) {
  const t = useT();
  const lang = useLang();
  const [list, setList] = useState<ApiContact[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [search, setSearch] = useState('');
  const [event, setEvent] = useState('');
  const [tag, setTag] = useState('');
  const [facets, setFacets] = useState<{ events: string[]; tags: string[]; total?: number }>({ events: [], tags: [] });
  const [editing, setEditing] = useState<ApiContact | null>(null);
  const [form, setForm] = useState<EditForm | null>(null);
  const [guard, setGuard] = useState<null | (() => void)>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const opener = useRef<HTMLElement | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const lastField = useRef<HTMLElement | null>(null);
  /** The question about unsaved edits goes away: back to the field the person was in. */
  const keepEditing = () => {
    setGuard(null);
    setTimeout(() => lastField.current?.focus(), 0);
  };

  const load = useCallback(async () => {
    setList(await call('listContacts', { search: search || undefined, event: event || undefined, tag: tag || undefined }));
    setFacets(await call('facets', {}));
    setLoaded(true);
  }, [search, event, tag]);
  useEffect(() => {
    const h = setTimeout(() => void load().catch((e: unknown) => setError(errorText(t, lang, e))), 150);
    return () => clearTimeout(h);
  }, [load, refresh, t, lang]);
  useEffect(() => searchBox.current?.focus(), []);

  const dirty = !!(editing && form && JSON.stringify(form) !== JSON.stringify(editFormOf(editing, lang)));
  /** Runs `then` now, or after the person agrees to drop their unsaved edits. */
  const guarded = (then: () => void) => (dirty ? setGuard(() => then) : then());

  const close = () => {
    setEditing(null);
    setForm(null);
    setGuard(null);
    opener.current?.focus();
  };
  const open = async (c: ApiContact, el: HTMLElement) => {
    const full = await call('getContact', { uid: c.uid });
    opener.current = el;
    setEditing(full);
    setForm(editFormOf(full, lang));
    setGuard(null);
    setError(null);
  };
  useEffect(() => {
    if (editing) setTimeout(() => dialog.current?.querySelector<HTMLElement>('#e-name')?.focus(), 0);
  }, [editing]);

  const saveEdit = async () => {
    if (!editing || !form) return;
    try {
      const { tags, event: ev, ...fields } = form;
      await call('updateContact', { uid: editing.uid, patch: { ...fromForm(fields, editing), tags: textToList(tags.replace(/,/g, '\n')), event: ev.trim() }, version: editing.version });
      close();
      setNote(t('savedEdit'));
      await load();
    } catch (e) {
      setError(errorText(t, lang, e));
    }
  };
  const remove = async (c: ApiContact) => {
    if (!confirm(t('confirmDelete'))) return;
    await call('deleteContact', { uid: c.uid });
    close();
    await load();
  };
  const exp = async (format: 'vcf' | 'csv') => {
    // What is shown is what is exported: the same search and filters.
    const r = await call('exportContacts', { format, event: event || undefined, tag: tag || undefined, search: search || undefined });
    download(r.filename, r.mime, r.content);
    setNote(t('exported', { n: list.length, file: r.filename }));
  };

  const onDialogKey = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      if (guard) keepEditing();
      else guarded(close);
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void saveEdit();
    } else if (e.key === 'Tab' && dialog.current) {
      // Focus stays inside the dialog while it is open.
      const items = [...dialog.current.querySelectorAll<HTMLElement>('input, textarea, button:not([disabled])')];
      const first = items[0];
      const last = items[items.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first?.focus();
      }
    }
  };

  const total = facets.total ?? list.length;
  return (
    <div className="contacts">
      <div className="row toolbar">
        <input
          ref={searchBox}
          type="search"
          placeholder={t('search')}
          aria-label={t('search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="search"
          data-autofocus
        />
        <label>
          <span className="sr-only">{t('eventFilter')}</span>
          <select value={event} onChange={(e) => setEvent(e.target.value)} data-testid="event-filter" aria-label={t('eventFilter')}>
            <option value="">{t('allEvents')}</option>
            {facets.events.map((e) => (
              <option key={e}>{e}</option>
            ))}
          </select>
        </label>
        <label>
          <span className="sr-only">{t('tagFilter')}</span>
          <select value={tag} onChange={(e) => setTag(e.target.value)} data-testid="tag-filter" aria-label={t('tagFilter')}>
            <option value="">{t('allTags')}</option>
            {facets.tags.map((x) => (
              <option key={x}>{x}</option>
            ))}
          </select>
        </label>
        <button onClick={() => exp('vcf')} disabled={!list.length} data-testid="export-vcf">
          {t('exportVcf')}
        </button>
        <button onClick={() => exp('csv')} disabled={!list.length} data-testid="export-csv">
          {t('exportCsv')}
        </button>
        <span className="count-of" data-testid="count">
          {t('countOf', { shown: list.length, total })}
        </span>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p className="note" role="status" data-testid="contacts-note">
        {note}
      </p>
      {loaded && list.length === 0 && (
        <p className="empty" data-testid="contacts-empty">
          {total === 0 ? t('emptyContacts') : t('noMatch')}
        </p>
      )}
      <ul className="contact-list" data-testid="contact-list">
        {list.map((c) => (
          <li key={c.uid}>
            <button type="button" className="contact-row" onClick={(e) => guarded(() => void open(c, e.currentTarget))} data-testid="contact" aria-current={editing?.uid === c.uid ? 'true' : undefined}>
              {c.thumbUrl ? <img src={c.thumbUrl} alt="" data-testid="thumb" /> : <span className="nothumb" />}
              <span className="who">
                <strong>{c.name || t('noName')}</strong>
                <span>{[c.title, c.company].filter(Boolean).join(' · ')}</span>
                <small>{[c.emails[0], c.phones[0]?.value, c.event, ...c.tags].filter(Boolean).join(' · ')}</small>
              </span>
              <span className={`sync ${c.objectKey ? 'synced' : c.serverId ? 'half' : 'local'}`} title={c.objectKey ?? ''} />
            </button>
          </li>
        ))}
      </ul>
      {editing && form && (
        <div className="backdrop" onMouseDown={(e) => e.target === e.currentTarget && guarded(close)}>
          <div
            className="editor"
            role="dialog"
            aria-modal="true"
            aria-labelledby="editor-title"
            ref={dialog}
            onKeyDown={onDialogKey}
            onFocus={(e) => {
              if (e.target.matches('input, textarea')) lastField.current = e.target;
            }}
            data-testid="editor"
          >
            <h2 id="editor-title">
              {t('editContact')}: {editing.name || t('noName')}
            </h2>
            <div className="editor-body">
              {editing.cardUrl && <img src={editing.cardUrl} alt={t('cardImage', { file: editing.name })} />}
              {FIELDS.map((k) => (
                <label key={k} htmlFor={`e-${k}`}>
                  <span>{t(k)}</span>
                  {MULTI.has(k) ? (
                    <textarea id={`e-${k}`} rows={Math.max(1, Math.min(4, form[k].split('\n').length))} value={form[k]} onChange={(e) => setForm({ ...form, [k]: e.target.value })} data-testid={`edit-${k}`} />
                  ) : (
                    <input id={`e-${k}`} value={form[k]} onChange={(e) => setForm({ ...form, [k]: e.target.value })} data-testid={`edit-${k}`} />
                  )}
                </label>
              ))}
              <label htmlFor="e-tags">
                <span>
                  {t('tags')} <small>({t('tagsHint')})</small>
                </span>
                <input id="e-tags" value={form.tags} onChange={(e) => setForm({ ...form, tags: e.target.value })} data-testid="edit-tags" />
              </label>
              <label htmlFor="e-event">
                <span>{t('event')}</span>
                <input id="e-event" value={form.event} onChange={(e) => setForm({ ...form, event: e.target.value })} data-testid="edit-event" />
              </label>
            </div>
            {guard && (
              <div className="ask" role="alertdialog" aria-labelledby="guard-title" data-testid="unsaved-guard">
                <p id="guard-title">{t('unsaved')}</p>
                <div className="row">
                  <button type="button" onClick={() => guard()} data-testid="discard" ref={(b) => b?.focus()}>
                    {t('discard')}
                  </button>
                  <button type="button" onClick={keepEditing} data-testid="keep-editing">
                    {t('keepEditing')}
                  </button>
                </div>
              </div>
            )}
            <div className="actions">
              <button className="primary" onClick={saveEdit} data-testid="save-edit" aria-keyshortcuts="Control+Enter">
                {t('save')} <kbd>Ctrl+Enter</kbd>
              </button>
              <button onClick={() => remove(editing)} data-testid="delete">
                {t('delete')}
              </button>
              <button onClick={() => guarded(close)} data-testid="close-editor" aria-keyshortcuts="Escape">
                {t('close')} <kbd>Esc</kbd>
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
