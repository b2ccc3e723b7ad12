import type { InboxEntry } from '../../../shared/api.js';

export type ItemStatus = 'waiting' | 'scanning' | 'ready' | 'failed' | 'saved' | 'dropped';

/**
 * One card in the visible queue. A recognised card lives in main's inbox (the store);
 * the queue keeps only its `scanId` and label, and the review screen loads the draft.
 */
export interface QueueItem {
  id: number;
  name: string;
  status: ItemStatus;
  error?: string;
  scanId?: string;
  /** Name and company as recognised, for the queue list. */
  label?: string;
}

export type QueueAction =
  | { type: 'add'; names: string[]; firstId: number }
  | { type: 'restore'; entries: InboxEntry[]; firstId: number }
  | { type: 'start'; id: number }
  | { type: 'done'; id: number; scanId: string; label: string }
  | { type: 'fail'; id: number; error: string }
  | { type: 'saved'; id: number }
  | { type: 'drop'; id: number }
  | { type: 'undo'; id: number };

const labelOf = (name: string, company: string) => [name, company].filter(Boolean).join(' · ');

/** The visible scan queue: cards go in while earlier ones are still being recognised. */
export function queueReducer(items: QueueItem[], a: QueueAction): QueueItem[] {
  switch (a.type) {
    case 'add':
      return [...items, ...a.names.map((name, i) => ({ id: a.firstId + i, name, status: 'waiting' as const }))];
    case 'restore': {
      // The inbox as main keeps it (after a reload or a restart); cards already listed stay as they are.
      const known = new Set(items.map((i) => i.scanId).filter(Boolean));
      const fresh = a.entries.filter((e) => !known.has(e.scanId));
      return [...fresh.map((e, i) => ({ id: a.firstId + i, name: e.file, status: 'ready' as const, scanId: e.scanId, label: labelOf(e.name, e.company) })), ...items];
    }
    case 'start':
      return items.map((it) => (it.id === a.id ? { ...it, status: 'scanning' } : it));
    case 'done':
      return items.map((it) => (it.id === a.id ? { ...it, status: 'ready', scanId: a.scanId, label: a.label } : it));
    case 'fail':
      return items.map((it) => (it.id === a.id ? { ...it, status: 'failed', error: a.error } : it));
    case 'saved':
      return items.map((it) => (it.id === a.id ? { ...it, status: 'saved' } : it));
    case 'drop':
      return items.map((it) => (it.id === a.id ? { ...it, status: 'dropped' } : it));
    case 'undo':
      // Back to review, first in line: the person just took back what they did with it.
      return [...items.filter((it) => it.id === a.id).map((it) => ({ ...it, status: 'ready' as const })), ...items.filter((it) => it.id !== a.id)];
  }
}

export { labelOf };

export function progressOf(items: QueueItem[]): { done: number; total: number; failed: number; toReview: number } {
  const active = items.filter((i) => i.status !== 'dropped');
  return {
    total: active.length,
    done: active.filter((i) => i.status !== 'waiting' && i.status !== 'scanning').length,
    failed: active.filter((i) => i.status === 'failed').length,
    toReview: active.filter((i) => i.status === 'ready').length,
  };
}

/** The next card to review: the oldest recognised one. */
export function nextToReview(items: QueueItem[]): QueueItem | undefined {
  return items.find((i) => i.status === 'ready');
}
