import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ApiContact, Draft, Settings } from '../../shared/api.js';
import type { ContactFields } from '../../shared/contact.js';
import { call, fileToBase64 } from './api-client.js';
import { Contacts } from './Contacts.js';
import { I18n, translator } from './i18n.js';
import { Importer } from './Importer.js';
import { joinSides } from './logic/fields.js';
import { AutoCapture } from './logic/frame.js';
import { nextToReview, progressOf, queueReducer } from './logic/queue.js';
import { Review } from './Review.js';
import { SettingsView } from './SettingsView.js';
import { SyncBar } from './SyncBar.js';
import { Webcam } from './Webcam.js';

type Tab = 'capture' | 'review' | 'contacts' | 'settings';
type Job = { id: number; run: () => Promise<Draft> };

/** How many cards are recognised at once; the OCR pool in main is sized to the cores. */
const PARALLEL = 2;

export function App() {
  const [tab, setTab] = useState<Tab>('capture');
  const [settings, setSettings] = useState<Settings | null>(null);
  const [queue, dispatch] = useReducer(queueReducer, []);
  const [lastSaved, setLastSaved] = useState<ApiContact | null>(null);
  const [refresh, setRefresh] = useState(0);
  const nextId = useRef(1);
  const jobs = useRef<Job[]>([]);
  const running = useRef(0);
  const detector = useRef(new AutoCapture());

  useEffect(() => {
    call('getSettings', {}).then(setSettings, () => {});
  }, []);
  const t = useMemo(() => translator(settings?.uiLanguage ?? 'en'), [settings?.uiLanguage]);

  const pump = useCallback(() => {
    while (running.current < PARALLEL && jobs.current.length) {
      const job = jobs.current.shift()!;
      running.current++;
      dispatch({ type: 'start', id: job.id });
      job
        .run()
        .then(
          (draft) => dispatch({ type: 'done', id: job.id, draft }),
          (e: Error) => dispatch({ type: 'fail', id: job.id, error: e.message }),
        )
        .finally(() => {
          running.current--;
          pump();
        });
    }
  }, []);

  const enqueue = useCallback(
    (items: { name: string; run: () => Promise<Draft> }[]) => {
      if (!items.length) return;
      const firstId = nextId.current;
      nextId.current += items.length;
      dispatch({ type: 'add', names: items.map((i) => i.name), firstId });
      items.forEach((it, i) => jobs.current.push({ id: firstId + i, run: it.run }));
      pump();
    },
    [pump],
  );
  const onFiles = useCallback((files: File[]) => enqueue(files.map((f) => ({ name: f.webkitRelativePath || f.name, run: async () => call('scanImage', { name: f.name, dataBase64: await fileToBase64(f) }) }))), [enqueue]);
  const onPaths = useCallback((paths: string[]) => enqueue(paths.map((p) => ({ name: p, run: () => call('scanPath', { path: p }) }))), [enqueue]);
  const onCapture = useCallback((jpeg: Blob) => onFiles([new File([jpeg], `webcam-${new Date().toISOString().replace(/[:.]/g, '-')}.jpg`, { type: 'image/jpeg' })]), [onFiles]);

  const current = nextToReview(queue);
  const progress = progressOf(queue);

  const join = async (fields: ContactFields) => {
    if (!lastSaved || !current) return;
    const merged = joinSides(lastSaved, fields);
    const updated = await call('updateContact', { uid: lastSaved.uid, patch: merged, version: lastSaved.version });
    setLastSaved(updated);
    await call('dropScan', { scanId: current.draft!.scanId });
    dispatch({ type: 'saved', id: current.id });
    setRefresh((r) => r + 1);
  };

  return (
    <I18n.Provider value={t}>
      <header>
        <nav>
          {(['capture', 'review', 'contacts', 'settings'] as Tab[]).map((k) => (
            <button key={k} className={tab === k ? 'active' : ''} onClick={() => setTab(k)} data-testid={`tab-${k}`}>
              {t(k)}
              {k === 'review' && progress.toReview > 0 && <span className="count">{progress.toReview}</span>}
            </button>
          ))}
        </nav>
        <SyncBar />
      </header>
      <main>
        {tab === 'capture' && (
          <div className="capture">
            <Webcam onCapture={onCapture} detector={detector.current} />
            <Importer onFiles={onFiles} onPaths={onPaths} />
            {queue.length > 0 && (
              <section className="queue" data-testid="queue">
                <h3>
                  {t('queue')}: {progress.done}/{progress.total} {t('imported')}
                  {progress.failed > 0 && `, ${progress.failed} ${t('failed')}`}
                </h3>
                <progress max={progress.total} value={progress.done} data-testid="import-progress" />
                <ul>
                  {queue
                    .filter((q) => q.status !== 'dropped')
                    .slice(-200)
                    .map((q) => (
                      <li key={q.id} className={q.status} data-testid={`queue-${q.status}`}>
                        <span>{q.name}</span> <em>{t(q.status)}</em>
                        {q.error && <span className="error">: {q.error}</span>}
                      </li>
                    ))}
                </ul>
              </section>
            )}
          </div>
        )}
        {tab === 'review' &&
          (current?.draft ? (
            <Review
              draft={current.draft}
              defaultEvent={settings?.event ?? ''}
              canJoin={!!lastSaved}
              onSaved={(c) => {
                setLastSaved(c);
                dispatch({ type: 'saved', id: current.id });
                setRefresh((r) => r + 1);
              }}
              onSkip={() => {
                void call('dropScan', { scanId: current.draft!.scanId });
                dispatch({ type: 'drop', id: current.id });
              }}
              onJoin={join}
            />
          ) : (
            <p className="empty">{t('nothingToReview')}</p>
          ))}
        {tab === 'contacts' && <Contacts refresh={refresh} />}
        {tab === 'settings' && <SettingsView onSaved={setSettings} />}
      </main>
    </I18n.Provider>
  );
}
