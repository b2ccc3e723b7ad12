import { useEffect, useState } from 'react';
import type { ApiTargetStatus, Settings } from '../../shared/api.js';
import { call } from './api-client.js';
import { useLang, useT } from './i18n.js';

/** Which server a target is, by name and address, so an error says where it came from. */
function serverName(target: 'db' | 'objects', settings: Settings | null, names: { pg: string; s3: string }): string {
  if (target === 'db') {
    let host = '';
    try {
      host = settings?.pg?.url ? new URL(settings.pg.url).host : '';
    } catch {
      // an address that does not parse is shown without its host
    }
    return host ? `${names.pg} ${host}` : names.pg;
  }
  const s3 = settings?.s3;
  return s3?.endPoint ? `${names.s3} ${s3.endPoint}${s3.port ? `:${s3.port}` : ''}` : names.s3;
}

/** Always visible: each target's reachability, queue, running batch, last sync and parked items. */
export function SyncBar({ settings }: { settings: Settings | null }) {
  const t = useT();
  const lang = useLang();
  const [status, setStatus] = useState<ApiTargetStatus[]>([]);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    let live = true;
    const tick = () => call('syncStatus', {}).then((s) => live && setStatus(s), () => {});
    tick();
    const h = setInterval(tick, 1500);
    return () => {
      live = false;
      clearInterval(h);
    };
  }, []);
  const time = (iso: string | null) => (iso ? new Date(iso).toLocaleTimeString(lang === 'ru' ? 'ru-RU' : 'en-GB', { hour: '2-digit', minute: '2-digit' }) : t('never'));
  const names = { pg: t('pgName'), s3: t('s3Name') };
  return (
    <div className="syncbar" data-testid="syncbar">
      {status.map((s) => {
        const state = !s.configured ? 'off' : s.reachable === false ? 'down' : s.reachable ? 'up' : 'unknown';
        return (
          <button
            type="button"
            key={s.target}
            className={`target ${state}`}
            aria-expanded={open}
            aria-controls="sync-details"
            title={s.lastError ? `${serverName(s.target, settings, names)}: ${s.lastError}` : t('syncDetails')}
            onClick={() => setOpen(!open)}
            data-testid={`sync-${s.target}`}
          >
            <b>{s.target === 'db' ? t('syncDb') : t('syncObjects')}</b>{' '}
            {!s.configured ? t('notConfigured') : s.reachable === false ? t('unreachable') : s.reachable ? t('reachable') : t('unknown')} · {s.pending} {t('pending')}
            {s.configured && <span className="last"> · {t('lastSynced', { time: time(s.lastOkAt) })}</span>}
            {s.progress && <progress max={s.progress.total} value={s.progress.done} aria-label={`${s.progress.done}/${s.progress.total}, ${s.progress.rate.toFixed(1)}/s`} />}
            {s.parked.length > 0 && (
              <>
                {' '}
                · <em>
                  {s.parked.length} {t('parked')}
                </em>
              </>
            )}
          </button>
        );
      })}
      <button type="button" className="sync-now" onClick={() => void call('syncNow', {})} data-testid="sync-now">
        {t('syncNow')}
      </button>
      {open && (
        <div className="parked" id="sync-details" role="region" aria-label={t('syncDetails')} data-testid="sync-details">
          <ul>
            {status.flatMap((s) => [
              ...(s.lastError ? [<li key={`${s.target}-e`}>{`${serverName(s.target, settings, names)}: ${s.lastError}`}</li>] : []),
              ...s.parked.map((p) => (
                <li key={p.id}>
                  {serverName(s.target, settings, names)} #{p.id} {p.uid.slice(0, 8)}: {p.error}
                </li>
              )),
            ])}
            {status.every((s) => !s.lastError && !s.parked.length) && <li>{t('noProblems')}</li>}
          </ul>
          {status
            .filter((s) => s.parked.length > 0)
            .map((s) => (
              <button type="button" key={s.target} onClick={() => void call('retryParked', { target: s.target })}>
                {t('retry')} ({s.target === 'db' ? t('syncDb') : t('syncObjects')})
              </button>
            ))}
        </div>
      )}
    </div>
  );
}
