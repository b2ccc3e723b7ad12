// @vitest-environment jsdom
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Draft } from '../../shared/api.js';
import { fixture, tempDir } from '../helpers.js';
import { startServe, type Served } from '../e2e/serve-process.js';

let served: Served;
let Review: typeof import('../../renderer/src/Review.js').Review;
let call: typeof import('../../renderer/src/api-client.js').call;

beforeAll(async () => {
  // The renderer talks to a real `bizcard serve` (OCR cannot run under jsdom's fake window).
  served = await startServe(tempDir());
  window.bizcard = {
    call: async (name, input) =>
      (await fetch(`${served.origin}/api/${name}`, { method: 'POST', headers: { Authorization: `Bearer ${served.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(input) })).json() as never,
  };
  ({ Review } = await import('../../renderer/src/Review.js'));
  ({ call } = await import('../../renderer/src/api-client.js'));
});
afterAll(async () => {
  cleanup();
  await served?.stop();
});

async function draftOf(file: string): Promise<Draft> {
  return call('scanImage', { name: file, dataBase64: fs.readFileSync(file).toString('base64') });
}

describe('review screen', () => {
  it('shows fields with confidence, fills the focused field from a clicked box, saves with Enter, then flags the duplicate', async () => {
    const card = await fixture('en', 2);
    const draft = await draftOf(card.clean);
    const onSaved = vi.fn();
    const { unmount } = render(<Review draft={draft} defaultEvent="Expo" previous={null} onDone={onSaved} onSkip={() => {}} />);
    const name = screen.getByTestId('field-name') as HTMLInputElement;
    expect(name.value).toBe(card.spec.truth.name);
    expect((screen.getByTestId('field-event') as HTMLInputElement).value).toBe('Expo');
    expect(screen.getAllByText(/\d+%/).length).toBeGreaterThan(4);
    expect(screen.getAllByTestId('ocr-box').length).toBe(draft.lines.length);

    // Click-to-fill: focus Notes, click the box holding the title.
    const notes = screen.getByTestId('field-notes');
    fireEvent.focus(notes);
    const titleLine = draft.lines.findIndex((l) => l.text === card.spec.truth.title);
    fireEvent.click(screen.getAllByTestId('ocr-box')[titleLine]!);
    expect((notes as HTMLTextAreaElement).value).toBe(card.spec.truth.title);

    await act(async () => {
      fireEvent.keyDown(name, { key: 'Enter' });
    });
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const saved = onSaved.mock.calls[0]![0].contact;
    expect(saved).toMatchObject({ name: card.spec.truth.name, event: 'Expo', notes: card.spec.truth.title });
    unmount();

    // The same card again: the duplicate is shown side by side and Enter does not save it.
    const again = await draftOf(card.photo);
    expect(again.duplicates[0]).toMatchObject({ uid: saved.uid });
    const onSaved2 = vi.fn();
    render(<Review draft={again} defaultEvent="" previous={saved} onDone={onSaved2} onSkip={() => {}} />);
    expect(screen.getByTestId('duplicate').textContent).toContain(card.spec.truth.name);
    await act(async () => {
      fireEvent.keyDown(screen.getByTestId('field-name'), { key: 'Enter' });
    });
    expect(onSaved2).not.toHaveBeenCalled();
    expect(screen.getByTestId('join')).toBeTruthy();
  });
});
