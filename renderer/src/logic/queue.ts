import type { Draft } from '../../../shared/api.js';

export type ItemStatus = 'waiting' | 'scanning' | 'ready' | 'failed' | 'saved' | 'dropped';

export interface QueueItem {
  id: number;
  name: string;
  status: ItemStatus;
  error?: string;
  draft?: Draft;
}

export type QueueAction =
  | { type: 'add'; names: string[]; firstId: number }
  | { type: 'start'; id: number }
  | { type: 'done'; id: number; draft: Draft }
  | { type: 'fail'; id: number; error: string }
  | { type: 'saved'; id: number }
  | { type: 'drop'; id: number };

/** The visible scan queue: cards go in while earlier ones are still being recognised. */
export function queueReducer(items: QueueItem[], a: QueueAction): QueueItem[] {
  switch (a.type) {
    case 'add':
      return [...items, ...a.names.map((name, i) => ({ id: a.firstId + i, name, status: 'waiting' as const }))];
    case 'start':
      return items.map((it) => (it.id === a.id ? { ...it, status: 'scanning' } : it));
    case 'done':
      return items.map((it) => (it.id === a.id ? { ...it, status: 'ready', draft: a.draft } : it));
    case 'fail':
      return items.map((it) => (it.id === a.id ? { ...it, status: 'failed', error: a.error } : it));
    case 'saved':
      return items.map((it) => (it.id === a.id ? { ...it, status: 'saved', draft: undefined } : it));
    case 'drop':
      return items.map((it) => (it.id === a.id ? { ...it, status: 'dropped', draft: undefined } : it));
  }
}

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
