import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ApiContact, Draft, Settings } from '../../shared/api.js';
import { ApiCallError, call, fileToBase64, STALE_EVENT } from './api-client.js';
import { Contacts } from './Contacts.js';
import { errorText, I18n, LangContext, translator, type Key } from './i18n.js';
import { Importer } from './Importer.js';
import { AutoCapture, type CaptureMemory } from './logic/frame.js';
import { labelOf, nextToReview, progressOf, queueReducer } from './logic/queue.js';
import { Review, type Outcome } from './Review.js';
import { SettingsView } from './SettingsView.js';
import { SyncBar } from './SyncBar.js';
import { Webcam } from './Webcam.js';

type Tab = 'capture' | 'review' | 'contacts' | 'settings';
const TABS: Tab[] = ['capture', 'review', 'contacts', 'settings'];
type Job = { id: number; run: () => Promise<Draft> };
type Toast = { text: string; undo?: { scanId: string; itemId: number; previous: ApiContact | null } };

/** How many cards are recognised at once; the OCR pool in main is sized to the cores. */
const PARALLEL = 2;
const TOAST_MS = 10_000;

/** The scene auto-capture fired on last, kept across reloads (localStorage outlives them). */
const captureMemory: CaptureMemory = {
  load: () => {
    try {
      const v = JSON.parse(localStorage.getItem('bizcard-last-capture') ?? 'null') as unknown;
      return Array.isArray(v) ? (v as number[]) : null;
    } catch {
      return null;
    }
  },
  store: (sig) => {
    try {
      if (sig) localStorage.setItem('bizcard-last-capture', JSON.stringify(sig));
      else localStorage.removeItem('bizcard-last-capture');
    } catch {
      // storage full or off: the card may be captured again after a reload, nothing worse
    }
  },
};

export function App() {
  const [tab, setTab] = useState<Tab>('capture');
  const [settings, setSettings] = useState<Settings | null>(null);
  const [stale, setStale] = useState(false);
  const [queue, dispatch] = useReducer(queueReducer, []);
  const [lastSaved, setLastSaved] = useState<ApiContact | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [lastCapture, setLastCapture] = useState<{ url: string; n: number } | null>(null);
  const nextId = useRef(1);
  const jobs = useRef<Job[]>([]);
  const running = useRef(0);
  const detector = useRef(new AutoCapture(undefined, captureMemory));
  const heading = useRef<HTMLHeadingElement>(null);

  const lang = settings?.uiLanguage ?? 'en';
  const t = useMemo(() => translator(lang), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('appTitle');
  }, [lang, t]);

  useEffect(() => {
    const onStale = () => setStale(true);
    window.addEventListener(STALE_EVENT, onStale);
    return () => window.removeEventListener(STALE_EVENT, onStale);
  }, []);

  useEffect(() => {
    call('getSettings', {}).then(setSettings, (e: unknown) => {
      // A browser-mode address from an earlier run: its token is dead; say so instead of a UI that fails later.
      if (e instanceof ApiCallError && e.code === 'auth') setStale(true);
    });
    // Cards recognised before a reload or a restart are still waiting in the inbox.
    call('listInbox', {}).then(
      (entries) => {
        const firstId = nextId.current;
        nextId.current += entries.length;
        dispatch({ type: 'restore', entries, firstId });
      },
      () => {},
    );
    call('facets', {}).then((f) => setTotal(f.total ?? null), () => {});
  }, []);

  const pump = useCallback(() => {
    while (running.current < PARALLEL && jobs.current.length) {
      const job = jobs.current.shift()!;
      running.current++;
      dispatch({ type: 'start', id: job.id });
      job
        .run()
        .then(
          (d) => dispatch({ type: 'done', id: job.id, scanId: d.scanId, label: labelOf(d.fields.name, d.fields.company) }),
          (e: unknown) => dispatch({ type: 'fail', id: job.id, error: errorText(t, lang, e) }),
        )
        .finally(() => {
          running.current--;
          pump();
        });
    }
  }, [t, lang]);

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
  const onCapture = useCallback(
    (jpeg: Blob) => {
      setLastCapture((prev) => {
        if (prev) URL.revokeObjectURL(prev.url);
        return { url: URL.createObjectURL(jpeg), n: nextId.current };
      });
      onFiles([new File([jpeg], `webcam-${new Date().toISOString().replace(/[:.]/g, '-')}.jpg`, { type: 'image/jpeg' })]);
    },
    [onFiles],
  );

  const current = nextToReview(queue);
  const progress = progressOf(queue);

  // The card under review is read from the inbox when its turn comes: no draft waits in memory.
  useEffect(() => {
    let live = true;
    if (!current?.scanId) {
      setDraft(null);
      return;
    }
    if (draft?.scanId === current.scanId) return;
    call('getScan', { scanId: current.scanId }).then(
      (d) => live && setDraft(d),
      () => live && dispatch({ type: 'drop', id: current.id }),
    );
    return () => {
      live = false;
    };
  }, [current?.scanId, current?.id, draft?.scanId]);

  useEffect(() => {
    if (!toast) return;
    const h = setTimeout(() => setToast(null), TOAST_MS);
    return () => clearTimeout(h);
  }, [toast]);

  const undo = useCallback(async () => {
    const u = toast?.undo;
    if (!u) return;
    setToast(null);
    try {
      await call('undoScan', { scanId: u.scanId });
      dispatch({ type: 'undo', id: u.itemId });
      setLastSaved(u.previous);
      setRefresh((r) => r + 1);
      setToast({ text: t('undone') });
      setTab('review');
    } catch (e) {
      setToast({ text: errorText(t, lang, e) });
    }
  }, [toast, t, lang]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && toast?.undo) {
        const tag = (e.target as HTMLElement).tagName;
        if (tag === 'INPUT' || tag === 'TEXTAREA') return; // the field's own undo
        e.preventDefault();
        void undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toast, undo]);

  const onDone = (o: Outcome) => {
    if (!current?.scanId) return;
    const key: Key = o.kind === 'saved' ? 'savedToast' : o.kind === 'joined' ? 'joinedToast' : 'mergedToast';
    setToast({ text: t(key, { name: o.contact.name || t('noName') }), undo: { scanId: current.scanId, itemId: current.id, previous: lastSaved } });
    setLastSaved(o.contact);
    dispatch({ type: 'saved', id: current.id });
    setTotal((n) => (n ?? 0) + (o.kind === 'saved' ? 1 : 0));
    setRefresh((r) => r + 1);
  };

  const go = (k: Tab) => {
    setTab(k);
    // The new screen's heading takes the focus, so a screen reader and the Tab key start there.
    setTimeout(() => (document.querySelector('[data-autofocus]') as HTMLElement | null ?? heading.current)?.focus(), 0);
  };

  if (stale)
    return (
      <main className="stale" data-testid="stale-token">
        <h1>{t('appTitle')}</h1>
        <p role="alert">{t('staleToken')}</p>
      </main>
    );

  const firstStart = total === 0 && queue.length === 0;
  return (
    <LangContext.Provider value={lang}>
      <I18n.Provider value={t}>
        <header>
          <nav aria-label={t('mainNav')}>
            {TABS.map((k) => (
              <button key={k} className={tab === k ? 'active' : ''} aria-current={tab === k ? 'page' : undefined} onClick={() => go(k)} data-testid={`tab-${k}`}>
                {t(k)}
                {k === 'review' && progress.toReview > 0 && (
                  <span className="count" data-testid="review-count">
                    {progress.toReview}
                  </span>
                )}
              </button>
            ))}
          </nav>
          <SyncBar settings={settings} />
        </header>
        <main>
          <h1 className="sr-only" tabIndex={-1} ref={heading}>
            {t(tab)}
          </h1>
          {tab === 'capture' && (
            <div className="capture">
              {firstStart && (
                <p className="first-start" data-testid="first-start">
                  {t('firstStart')}
                </p>
              )}
              <Webcam onCapture={onCapture} detector={detector.current} />
              <div className="side">
                <Importer onFiles={onFiles} onPaths={onPaths} />
                {lastCapture && (
                  <figure className="last-capture" data-testid="last-capture">
                    <img src={lastCapture.url} alt={t('capturedImage')} />
                    <figcaption>{t('captured', { n: lastCapture.n })}</figcaption>
                  </figure>
                )}
                {progress.toReview > 0 && (
                  <p className="inbox-note">
                    {t('inboxWaiting', { n: progress.toReview })}{' '}
                    <button type="button" onClick={() => go('review')} data-testid="review-now">
                      {t('reviewNow')}
                    </button>
                  </p>
                )}
              </div>
              {queue.length > 0 && (
                <section className="queue" data-testid="queue" aria-labelledby="queue-h">
                  <h2 id="queue-h">
                    {t('queue')}: {progress.done}/{progress.total} {t('imported')}
                    {progress.failed > 0 && `, ${progress.failed} ${t('failed')}`}
                  </h2>
                  <progress max={progress.total} value={progress.done} data-testid="import-progress" aria-labelledby="queue-h" />
                  {/* Focusable: the list scrolls, and a keyboard must be able to scroll it. */}
                  <ul tabIndex={0} aria-labelledby="queue-h">
                    {queue
                      .filter((q) => q.status !== 'dropped')
                      .slice(-200)
                      .map((q) => (
                        <li key={q.id} className={q.status} data-testid={`queue-${q.status}`}>
                          <span>{q.name}</span>
                          {q.label && <span className="label"> · {q.label}</span>} <em>{t(q.status)}</em>
                          {q.error && <span className="error">: {q.error}</span>}
                        </li>
                      ))}
                  </ul>
                </section>
              )}
            </div>
          )}
          {tab === 'review' &&
            (draft && current?.scanId === draft.scanId ? (
              <Review
                draft={draft}
                defaultEvent={settings?.event ?? ''}
                previous={lastSaved}
                onDone={onDone}
                onSkip={() => {
                  void call('dropScan', { scanId: draft.scanId });
                  dispatch({ type: 'drop', id: current.id });
                }}
              />
            ) : (
              <p className="empty" data-testid="nothing-to-review">
                {current ? t('loadingCard') : t('nothingToReview')}
              </p>
            ))}
          {tab === 'contacts' && <Contacts refresh={refresh} />}
          {tab === 'settings' && <SettingsView onSaved={setSettings} />}
        </main>
        <div className="toast-area" role="status" aria-live="polite" data-testid="toast-area">
          {toast && (
            <div className="toast" data-testid="toast">
              <span>{toast.text}</span>
              {toast.undo && (
                <button type="button" onClick={() => void undo()} data-testid="undo" aria-keyshortcuts="Control+Z">
                  {t('undo')} <kbd>Ctrl+Z</kbd>
                </button>
              )}
            </div>
          )}
        </div>
        <div className="sr-only" aria-live="polite" data-testid="queue-announce">
          {progress.total > 0 ? `${t('queue')}: ${progress.done}/${progress.total} ${t('imported')}, ${progress.toReview} ${t('ready')}` : ''}
        </div>
      </I18n.Provider>
    </LangContext.Provider>
  );
}
