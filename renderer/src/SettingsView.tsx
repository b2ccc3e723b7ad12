import { useEffect, useState } from 'react';
import type { Settings } from '../../shared/api.js';
import { call } from './api-client.js';
import { useT } from './i18n.js';

const EMPTY_PG = { url: '', password: '', ssl: false };
const EMPTY_S3 = { endPoint: '', port: null, useSSL: true, accessKey: '', secretKey: '', bucket: 'business-cards', region: 'us-east-1' };

/** Server connections (with a test that says what failed), event, OCR languages, country, UI language. */
export function SettingsView({ onSaved }: { onSaved: (s: Settings) => void }) {
  const t = useT();
  const [s, setS] = useState<Settings | null>(null);
  const [results, setResults] = useState<{ target: string; ok: boolean; message: string }[]>([]);
  const [note, setNote] = useState('');
  useEffect(() => {
    call('getSettings', {}).then(setS, (e: Error) => setNote(e.message));
  }, []);
  if (!s) return <p>{note}</p>;
  const pg = s.pg ?? EMPTY_PG;
  const s3 = s.s3 ?? EMPTY_S3;
  const setPg = (p: Partial<typeof pg>) => setS({ ...s, pg: { ...pg, ...p } });
  const setS3 = (p: Partial<typeof s3>) => setS({ ...s, s3: { ...s3, ...p } });
  const forms = () => ({ pg: pg.url ? pg : null, s3: s3.endPoint ? s3 : null });
  return (
    <div className="settings" data-testid="settings">
      <fieldset>
        <legend>PostgreSQL</legend>
        <label>
          <span>{t('pgUrl')}</span>
          <input value={pg.url} onChange={(e) => setPg({ url: e.target.value })} placeholder="postgresql://user@host:5432/db" data-testid="pg-url" />
        </label>
        <label>
          <span>{t('password')}</span>
          <input type="password" value={pg.password} placeholder={t('secretKeep')} onChange={(e) => setPg({ password: e.target.value })} data-testid="pg-password" />
        </label>
        <label className="inline">
          <input type="checkbox" checked={pg.ssl} onChange={(e) => setPg({ ssl: e.target.checked })} /> {t('tls')}
        </label>
      </fieldset>
      <fieldset>
        <legend>MinIO / S3</legend>
        <label>
          <span>{t('s3Endpoint')}</span>
          <input value={s3.endPoint} onChange={(e) => setS3({ endPoint: e.target.value })} data-testid="s3-host" />
        </label>
        <label>
          <span>{t('port')}</span>
          <input value={s3.port ?? ''} onChange={(e) => setS3({ port: e.target.value ? Number(e.target.value) : null })} data-testid="s3-port" />
        </label>
        <label className="inline">
          <input type="checkbox" checked={s3.useSSL} onChange={(e) => setS3({ useSSL: e.target.checked })} data-testid="s3-tls" /> {t('tls')}
        </label>
        <label>
          <span>{t('accessKey')}</span>
          <input value={s3.accessKey} onChange={(e) => setS3({ accessKey: e.target.value })} data-testid="s3-access" />
        </label>
        <label>
          <span>{t('secretKey')}</span>
          <input type="password" value={s3.secretKey} placeholder={t('secretKeep')} onChange={(e) => setS3({ secretKey: e.target.value })} data-testid="s3-secret" />
        </label>
        <label>
          <span>{t('bucket')}</span>
          <input value={s3.bucket} onChange={(e) => setS3({ bucket: e.target.value })} />
        </label>
        <label>
          <span>{t('region')}</span>
          <input value={s3.region} onChange={(e) => setS3({ region: e.target.value })} />
        </label>
      </fieldset>
      <button onClick={async () => setResults(await call('testConnection', forms()))} data-testid="test-connection">
        {t('testConnection')}
      </button>
      <ul className="results" data-testid="test-results">
        {results.map((r) => (
          <li key={r.target} className={r.ok ? 'ok' : 'bad'}>
            {r.ok ? '✔' : '✘'} {r.message}
          </li>
        ))}
      </ul>
      <fieldset>
        <legend>{t('settings')}</legend>
        <label>
          <span>{t('eventName')}</span>
          <input value={s.event} onChange={(e) => setS({ ...s, event: e.target.value })} data-testid="event" />
        </label>
        <label>
          <span>{t('ocrLangs')}</span>
          {(['eng', 'rus'] as const).map((l) => (
            <label className="inline" key={l}>
              <input type="checkbox" checked={s.langs.includes(l)} onChange={(e) => setS({ ...s, langs: e.target.checked ? [...s.langs, l] : s.langs.filter((x) => x !== l) })} /> {l}
            </label>
          ))}
        </label>
        <label>
          <span>{t('defaultCountry')}</span>
          <input value={s.defaultCountry} maxLength={2} onChange={(e) => setS({ ...s, defaultCountry: e.target.value.toUpperCase() })} />
        </label>
        <label>
          <span>{t('uiLanguage')}</span>
          <select value={s.uiLanguage} onChange={(e) => setS({ ...s, uiLanguage: e.target.value as 'en' | 'ru' })} data-testid="ui-language">
            <option value="en">English</option>
            <option value="ru">Русский</option>
          </select>
        </label>
      </fieldset>
      <button
        className="primary"
        onClick={async () => {
          try {
            const saved = await call('saveSettings', { ...s, ...forms() });
            setS(saved);
            onSaved(saved);
            setNote(t('savedOk'));
          } catch (e) {
            setNote((e as Error).message);
          }
        }}
        data-testid="save-settings"
      >
        {t('saveSettings')}
      </button>
      <span className="note">{note}</span>
    </div>
  );
}
