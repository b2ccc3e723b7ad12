import { useEffect, useRef, useState } from 'react';
import { bridge, isDesktop } from './api-client.js';
import { useT } from './i18n.js';

/** Files, folders, drag and drop, paste: every way an image reaches the queue. */
export function Importer({ onFiles, onPaths }: { onFiles: (files: File[]) => void; onPaths: (paths: string[]) => void }) {
  const t = useT();
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const items = [...(e.clipboardData?.files ?? [])].filter((f) => f.type.startsWith('image/'));
      if (items.length) onFiles(items.map((f, i) => new File([f], f.name && f.name !== 'image.png' ? f.name : `pasted-${Date.now()}-${i}.png`, { type: f.type })));
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [onFiles]);

  const open = async (folders: boolean) => {
    if (isDesktop && bridge.pickFiles) return onPaths(await bridge.pickFiles({ folders }));
    (folders ? folder : files).current?.click();
  };

  return (
    <div
      className={`dropzone${over ? ' over' : ''}`}
      data-testid="dropzone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles([...e.dataTransfer.files]);
      }}
    >
      <p>{over ? t('dropNow') : t('dropHere')}</p>
      <button onClick={() => open(false)}>{t('openFiles')}</button> <button onClick={() => open(true)}>{t('openFolder')}</button>
      <input ref={files} type="file" multiple accept="image/*" hidden aria-label={t('openFiles')} data-testid="file-input" onChange={(e) => onFiles([...(e.target.files ?? [])])} />
      <input
        ref={folder}
        type="file"
        multiple
        hidden
        aria-label={t('openFolder')}
        data-testid="folder-input"
        {...({ webkitdirectory: '' } as Record<string, string>)}
        onChange={(e) => onFiles([...(e.target.files ?? [])].filter((f) => !f.name.startsWith('.')))}
      />
    </div>
  );
}
