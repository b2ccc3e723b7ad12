import { useCallback, useEffect, useState } from 'react';
import type { ApiContact } from '../../shared/api.js';
import { call } from './api-client.js';
import { useT } from './i18n.js';
import { fromForm, toForm } from './Review.js';

function download(filename: string, mime: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The saved contacts: thumbnails, search in both scripts, event and tag filters, edit, delete, export. */
export function Contacts({ refresh }: { refresh: number }) {
  const t = useT();
  const [list, setList] = useState<ApiContact[]>([]);
  const [search, setSearch] = useState('');
  const [event, setEvent] = useState('');
  const [tag, setTag] = useState('');
  const [facets, setFacets] = useState<{ events: string[]; tags: string[] }>({ events: [], tags: [] });
  const [editing, setEditing] = useState<ApiContact | null>(null);
  const [form, setForm] = useState<ReturnType<typeof toForm> | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setList(await call('listContacts', { search: search || undefined, event: event || undefined, tag: tag || undefined }));
    setFacets(await call('facets', {}));
  }, [search, event, tag]);
  useEffect(() => {
    const h = setTimeout(() => void load().catch((e: Error) => setError(e.message)), 150);
    return () => clearTimeout(h);
  }, [load, refresh]);

  const open = async (c: ApiContact) => {
    const full = await call('getContact', { uid: c.uid });
    setEditing(full);
    setForm(toForm(full));
  };
  const saveEdit = async () => {
    if (!editing || !form) return;
    try {
      await call('updateContact', { uid: editing.uid, patch: fromForm(form, editing), version: editing.version });
      setEditing(null);
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const remove = async (c: ApiContact) => {
    if (!confirm(t('confirmDelete'))) return;
    await call('deleteContact', { uid: c.uid });
    setEditing(null);
    await load();
  };
  const exp = async (format: 'vcf' | 'csv') => {
    const r = await call('exportContacts', { format, event: event || undefined });
    download(r.filename, r.mime, r.content);
  };

  return (
    <div className="contacts">
      <div className="row">
        <input placeholder={t('search')} value={search} onChange={(e) => setSearch(e.target.value)} data-testid="search" />
        <select value={event} onChange={(e) => setEvent(e.target.value)}>
          <option value="">{t('allEvents')}</option>
          {facets.events.map((e) => (
            <option key={e}>{e}</option>
          ))}
        </select>
        <select value={tag} onChange={(e) => setTag(e.target.value)}>
          <option value="">{t('allTags')}</option>
          {facets.tags.map((x) => (
            <option key={x}>{x}</option>
          ))}
        </select>
        <button onClick={() => exp('vcf')}>{t('exportVcf')}</button>
        <button onClick={() => exp('csv')}>{t('exportCsv')}</button>
      </div>
      {error && <p className="error">{error}</p>}
      <ul className="contact-list" data-testid="contact-list">
        {list.map((c) => (
          <li key={c.uid} onClick={() => open(c)} data-testid="contact">
            {c.thumbUrl ? <img src={c.thumbUrl} alt="" data-testid="thumb" /> : <div className="nothumb" />}
            <div>
              <strong>{c.name || '—'}</strong>
              <div>{[c.title, c.company].filter(Boolean).join(' · ')}</div>
              <small>{[c.emails[0], c.phones[0]?.value, c.event, ...c.tags].filter(Boolean).join(' · ')}</small>
            </div>
            <span className={`sync ${c.objectKey ? 'synced' : c.serverId ? 'half' : 'local'}`} title={c.objectKey ?? ''} />
          </li>
        ))}
      </ul>
      {editing && form && (
        <div className="editor" data-testid="editor">
          {editing.cardUrl && <img src={editing.cardUrl} alt="" />}
          {(Object.keys(form) as (keyof typeof form)[]).map((k) => (
            <label key={k}>
              <span>{t(k)}</span>
              <textarea rows={Math.max(1, form[k].split('\n').length)} value={form[k]} onChange={(e) => setForm({ ...form, [k]: e.target.value })} />
            </label>
          ))}
          <div className="row">
            <button className="primary" onClick={saveEdit}>
              {t('save')}
            </button>
            <button onClick={() => remove(editing)}>{t('delete')}</button>
            <button onClick={() => setEditing(null)}>{t('close')}</button>
          </div>
        </div>
      )}
    </div>
  );
}
