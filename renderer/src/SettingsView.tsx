import { useEffect, useState } from 'react';
import type { ApiOutput, Settings } from '../../shared/api.js';
import { call } from './api-client.js';
import { errorText, useLang, useT, type Key, type T } from './i18n.js';

const EMPTY_PG = { url: '', password: '', ssl: false };
const EMPTY_S3 = { endPoint: '', port: null, useSSL: true, accessKey: '', secretKey: '', bucket: 'business-cards', region: 'us-east-1' };
type Result = ApiOutput<'testConnection'>[number];

/** A connection test result in the UI's language, from its code; main's own words when there is no code. */
function resultText(t: T, r: Result): string {
  const server = r.target === 'db' ? t('pgName') : t('s3Name');
  const key = `conn_${r.code}` as Key;
  return r.code && t(key) !== key ? t(key, { server, ...(r.params ?? {}) }) : r.message;
}

/** Which field a message from main is about: "saveSettings: s3.port Too big" names s3.port. */
const FIELD_KEYS: Record<string, Key> = {
  'pg.url': 'pgUrl', 'pg.password': 'password', 's3.endPoint': 's3Endpoint', 's3.port': 'port', 's3.accessKey': 'accessKey', 's3.secretKey': 'secretKey',
  's3.bucket': 'bucket', 's3.region': 'region', event: 'eventName', langs: 'ocrLangs', defaultCountry: 'defaultCountry', uiLanguage: 'uiLanguage',
};
function fieldError(t: T, message: string): string {
  const m = /^\w+: ([\w.]+) (.*)$/.exec(message);
  const key = m && FIELD_KEYS[m[1]!.replace(/\.\d+$/, '')];
  return key ? t('errField', { field: t(key), detail: m[2]! }) : message;
}

/** Server connections (with a test that says what failed), event, OCR languages, country, UI language. */
export function SettingsView({ onSaved }: { onSaved: (s: Settings) => void }) {
  const t = useT();
  const lang = useLang();
  const [s, setS] = useState<Settings | null>(null);
  const [portText, setPortText] = useState('');
  const [results, setResults] = useState<Result[] | null>(null);
  const [testing, setTesting] = useState(false);
  const [note, setNote] = useState<{ key?: Key; text?: string; bad?: boolean } | null>(null);
  const [loadError, setLoadError] = useState('');
  const [secretWarning, setSecretWarning] = useState<string | null>(null);
  const [diagnostics, setDiagnostics] = useState('');
  useEffect(() => {
    call('getSettings', {}).then(
      (v) => {
        setS(v);
        setPortText(v.s3?.port != null ? String(v.s3.port) : '');
      },
      (e: unknown) => setLoadError(errorText(t, lang, e)),
    );
    call('secretStorage', {}).then((v) => setSecretWarning(v.warning), () => {});
    // Loaded once: a language switch must not throw away what is being typed.
  }, []);
  if (!s) return <p role="alert">{loadError}</p>;
  const pg = s.pg ?? EMPTY_PG;
  const s3 = s.s3 ?? EMPTY_S3;
  // Any edit makes earlier answers stale: they go.
  const edit = (next: Settings) => {
    setS(next);
    setResults(null);
    setNote(null);
  };
  const setPg = (p: Partial<typeof pg>) => edit({ ...s, pg: { ...pg, ...p } });
  const setS3 = (p: Partial<typeof s3>) => edit({ ...s, s3: { ...s3, ...p } });

  // Checked here first, so each message names its field and nothing odd (NaN) reaches main.
  const portValue = portText.trim() === '' ? null : /^\d+$/.test(portText.trim()) && +portText >= 1 && +portText <= 65535 ? +portText : NaN;
  const errors: Partial<Record<'pgUrl' | 'port' | 's3Host' | 'country' | 'langs' | 'event', Key>> = {};
  if (pg.url.trim() && !/^postgres(ql)?:\/\//i.test(pg.url.trim())) errors.pgUrl = 'errPgUrl';
  if (Number.isNaN(portValue)) errors.port = 'errPort';
  if (s3.endPoint.trim() && /[/:]/.test(s3.endPoint.trim())) errors.s3Host = 'errS3Host';
  if (!/^[A-Z]{2}$/.test(s.defaultCountry)) errors.country = 'errCountry';
  if (!s.langs.length) errors.langs = 'errLangs';
  if (s.event.length > 200) errors.event = 'errEvent';
  const hasErrors = Object.keys(errors).length > 0;
  const forms = () => ({ pg: pg.url.trim() ? pg : null, s3: s3.endPoint.trim() ? { ...s3, port: Number.isNaN(portValue) ? null : portValue } : null });
  const err = (k: keyof typeof errors, id: string) =>
    errors[k] ? (
      <span className="field-error" id={id} role="alert" data-testid={`error-${k}`}>
        {t(errors[k]!)}
      </span>
    ) : null;
  const described = (k: keyof typeof errors, id: string) => (errors[k] ? { 'aria-invalid': true as const, 'aria-describedby': id } : {});

  const test = async () => {
    const f = forms();
    if (!f.pg && !f.s3) {
      setResults(null);
      setNote({ key: 'nothingToTest', bad: true });
      return;
    }
    setTesting(true);
    setNote(null);
    try {
      setResults(await call('testConnection', f));
    } catch (e) {
      setNote({ text: fieldError(t, errorText(t, lang, e)), bad: true });
    } finally {
      setTesting(false);
    }
  };
  const save = async () => {
    if (hasErrors) return setNote({ text: Object.values(errors).map((k) => t(k)).join('; '), bad: true });
    try {
      const saved = await call('saveSettings', { ...s, ...forms() });
      setS(saved);
      onSaved(saved);
      setNote({ key: 'savedOk' });
    } catch (e) {
      setNote({ text: fieldError(t, errorText(t, lang, e)), bad: true });
    }
  };

  return (
    <div className="settings" data-testid="settings">
      <fieldset>
        <legend>PostgreSQL</legend>
        <label>
          <span>{t('pgUrl')}</span>
          <input value={pg.url} onChange={(e) => setPg({ url: e.target.value })} placeholder="postgresql://user@host:5432/db" data-testid="pg-url" {...described('pgUrl', 'err-pg-url')} data-autofocus />
          {err('pgUrl', 'err-pg-url')}
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
          <input value={s3.endPoint} onChange={(e) => setS3({ endPoint: e.target.value })} data-testid="s3-host" {...described('s3Host', 'err-s3-host')} />
          {err('s3Host', 'err-s3-host')}
        </label>
        <label>
          <span>{t('port')}</span>
          <input
            value={portText}
            inputMode="numeric"
            onChange={(e) => {
              setPortText(e.target.value);
              setResults(null);
              setNote(null);
            }}
            data-testid="s3-port"
            {...described('port', 'err-port')}
          />
          {err('port', 'err-port')}
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
      <button onClick={test} disabled={testing || hasErrors} data-testid="test-connection">
        {testing ? t('testing') : t('testConnection')}
      </button>
      <ul className="results" data-testid="test-results" aria-live="polite">
        {(results ?? []).map((r) => (
          <li key={r.target} className={r.ok ? 'ok' : 'bad'}>
            {r.ok ? '✔' : '✘'} {resultText(t, r)}
          </li>
        ))}
      </ul>
      <fieldset>
        <legend>{t('generalSettings')}</legend>
        <label>
          <span>{t('eventName')}</span>
          <input value={s.event} onChange={(e) => edit({ ...s, event: e.target.value })} data-testid="event" {...described('event', 'err-event')} />
          {err('event', 'err-event')}
        </label>
        <fieldset className="inline-group">
          <legend>{t('ocrLangs')}</legend>
          {(['eng', 'rus'] as const).map((l) => (
            <label className="inline" key={l}>
              <input type="checkbox" checked={s.langs.includes(l)} onChange={(e) => edit({ ...s, langs: e.target.checked ? [...s.langs, l] : s.langs.filter((x) => x !== l) })} /> {l}
            </label>
          ))}
          {err('langs', 'err-langs')}
        </fieldset>
        <label>
          <span>{t('defaultCountry')}</span>
          <input value={s.defaultCountry} maxLength={2} onChange={(e) => edit({ ...s, defaultCountry: e.target.value.toUpperCase() })} data-testid="country" {...described('country', 'err-country')} />
          {err('country', 'err-country')}
        </label>
        <label>
          <span>{t('uiLanguage')}</span>
          <select value={s.uiLanguage} onChange={(e) => edit({ ...s, uiLanguage: e.target.value as 'en' | 'ru' })} data-testid="ui-language">
            <option value="en">English</option>
            <option value="ru">Русский</option>
          </select>
        </label>
      </fieldset>
      <div className="actions">
        <button className="primary" onClick={save} data-testid="save-settings">
          {t('saveSettings')}
        </button>
        <span className={`note${note?.bad ? ' error' : ''}`} role="status" data-testid="settings-note">
          {note ? (note.key ? t(note.key) : note.text) : ''}
        </span>
      </div>
      {secretWarning && (
        <p className="note error" role="note" data-testid="secret-warning">
          {secretWarning}
        </p>
      )}
      <div className="actions">
        <button
          onClick={async () => {
            try {
              const { text } = await call('diagnostics', {});
              // The clipboard may be refused (browser mode over http): then the text is shown to copy by hand.
              const copied = await navigator.clipboard?.writeText(text).then(() => true, () => false);
              setDiagnostics(copied ? '' : text);
              setNote({ key: copied ? 'diagnosticsCopied' : 'diagnosticsShown' });
            } catch (e) {
              setNote({ text: errorText(t, lang, e), bad: true });
            }
          }}
          data-testid="copy-diagnostics"
        >
          {t('copyDiagnostics')}
        </button>
      </div>
      {diagnostics && <textarea readOnly value={diagnostics} rows={12} data-testid="diagnostics-text" aria-label={t('copyDiagnostics')} />}
    </div>
  );
}
