import { useEffect, useState } from 'react';
import type { ApiTargetStatus } from '../../shared/api.js';
import { call } from './api-client.js';
import { useT } from './i18n.js';

/** Always visible: each target's reachability, queue, running batch and parked items. */
export function SyncBar() {
  const t = useT();
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
  return (
    <div className="syncbar" data-testid="syncbar">
      {status.map((s) => {
        const state = !s.configured ? 'off' : s.reachable === false ? 'down' : s.reachable ? 'up' : 'unknown';
        return (
          <span key={s.target} className={`target ${state}`} title={s.lastError ?? ''} onClick={() => setOpen(!open)}>
            <b>{s.target === 'db' ? t('syncDb') : t('syncObjects')}</b> {!s.configured ? t('notConfigured') : s.reachable === false ? t('unreachable') : t('reachable')} · {s.pending} {t('pending')}
            {s.progress && (
              <progress max={s.progress.total} value={s.progress.done} title={`${s.progress.done}/${s.progress.total}, ${s.progress.rate.toFixed(1)}/s`} />
            )}
            {s.parked.length > 0 && (
              <>
                {' '}
                · <em>
                  {s.parked.length} {t('parked')}
                </em>{' '}
                <button onClick={() => call('retryParked', { target: s.target })}>{t('retry')}</button>
              </>
            )}
          </span>
        );
      })}
      {open && (
        <ul className="parked">
          {status.flatMap((s) => [
            ...(s.lastError ? [<li key={`${s.target}-e`}>{s.lastError}</li>] : []),
            ...s.parked.map((p) => (
              <li key={p.id}>
                #{p.id} {p.uid.slice(0, 8)}: {p.error}
              </li>
            )),
          ])}
        </ul>
      )}
    </div>
  );
}
