import { useEffect, useRef, useState } from 'react';
import { AutoCapture, analyseFrame, toGrey, type Rect } from './logic/frame.js';
import { useT } from './i18n.js';

/**
 * As many pixels as a common webcam gives: a card's small print needs them. Without a size,
 * Chrome opens a camera at 640x480; below the camera's own size, Chrome scales its frames
 * down or crops them to the size asked for (1280x720 took a 1080p camera down to 720p and
 * cut a 4:3 camera's 1280x960 to 16:9). A camera smaller than this gives its whole frame.
 */
const VIDEO: MediaTrackConstraints = { width: { ideal: 1920 }, height: { ideal: 1080 } };

/**
 * Live preview with camera choice, an outline over the card, capture by button, Space or stillness.
 * `detector` outlives this component: coming back to the Capture tab with the same card
 * still in view must not capture it again.
 */
export function Webcam({ onCapture, detector }: { onCapture: (jpeg: Blob) => void; detector: AutoCapture }) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const overlay = useRef<HTMLCanvasElement>(null);
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const [deviceId, setDeviceId] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [flash, setFlash] = useState(0);
  const [auto, setAuto] = useState(true);
  const autoRef = useRef(auto);
  autoRef.current = auto;

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    navigator.mediaDevices
      ?.getUserMedia({ video: deviceId ? { ...VIDEO, deviceId: { exact: deviceId } } : VIDEO })
      .then(async (s) => {
        if (stopped) return s.getTracks().forEach((tr) => tr.stop());
        stream = s;
        if (video.current) {
          video.current.srcObject = s;
          await video.current.play().catch(() => {});
        }
        setDevices((await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === 'videoinput'));
        setError(null);
        setReady(true);
      })
      .catch((e: Error) => {
        setReady(false);
        // No camera at all is a state, not an error: importing files still works.
        setError(e.name === 'NotFoundError' || e.name === 'OverconstrainedError' ? t('noCamera') : t('cameraError', { detail: e.message }));
      });
    if (!navigator.mediaDevices) setError(t('noCamera'));
    return () => {
      stopped = true;
      stream?.getTracks().forEach((tr) => tr.stop());
    };
  }, [deviceId, t]);

  const grab = () => {
    const v = video.current;
    if (!v || !v.videoWidth) return;
    const c = document.createElement('canvas');
    c.width = v.videoWidth;
    c.height = v.videoHeight;
    c.getContext('2d')!.drawImage(v, 0, 0);
    c.toBlob((b) => b && onCapture(b), 'image/jpeg', 0.92);
    setFlash((n) => n + 1);
  };
  const grabRef = useRef(grab);
  grabRef.current = grab;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const tag = (e.target as HTMLElement).tagName;
      if (e.code === 'Space' && tag !== 'INPUT' && tag !== 'TEXTAREA' && tag !== 'BUTTON' && tag !== 'SELECT') {
        e.preventDefault();
        grabRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // A small copy of each frame tells stillness, sharpness and where the card is.
  useEffect(() => {
    const W = 160;
    const H = 90;
    const small = document.createElement('canvas');
    small.width = W;
    small.height = H;
    const ctx = small.getContext('2d', { willReadFrequently: true })!;
    let prev: Uint8Array | null = null;
    const timer = setInterval(() => {
      const v = video.current;
      const o = overlay.current;
      if (!v || !o || !v.videoWidth) return;
      ctx.drawImage(v, 0, 0, W, H);
      const grey = toGrey(ctx.getImageData(0, 0, W, H).data, W, H);
      const info = analyseFrame(grey, W, H, prev);
      prev = grey;
      drawOutline(o, info.card, W, H);
      if (autoRef.current && detector.feed(info)) grabRef.current();
    }, 120);
    return () => clearInterval(timer);
  }, [detector]);

  return (
    <div className="webcam">
      <div className={`preview${ready ? '' : ' no-camera'}`}>
        <video ref={video} muted playsInline data-testid="video" aria-hidden="true" />
        <canvas ref={overlay} className="overlay" width={320} height={180} aria-hidden="true" />
        {flash > 0 && <div className="flash" key={flash} data-testid="flash" />}
        {!ready && error && (
          <p className="camera-state" role="status" data-testid="no-camera">
            {error}
          </p>
        )}
      </div>
      <div className="row">
        <label>
          {t('camera')}{' '}
          <select value={deviceId} onChange={(e) => setDeviceId(e.target.value)} disabled={!ready} data-testid="camera-select">
            {devices.map((d, i) => (
              <option key={d.deviceId || i} value={d.deviceId}>
                {d.label || `${t('camera')} ${i + 1}`}
              </option>
            ))}
          </select>
        </label>
        <button onClick={grab} disabled={!ready} data-testid="capture" aria-keyshortcuts="Space">
          {t('captureBtn')} <kbd>{t('captureKey')}</kbd>
        </button>
        <label>
          <input type="checkbox" checked={auto} disabled={!ready} onChange={(e) => setAuto(e.target.checked)} /> {t('autoCapture')}
        </label>
      </div>
    </div>
  );
}

function drawOutline(canvas: HTMLCanvasElement, card: Rect | null, w: number, h: number) {
  const ctx = canvas.getContext('2d')!;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  if (!card) return;
  const sx = canvas.width / w;
  const sy = canvas.height / h;
  ctx.strokeStyle = '#2ecc71';
  ctx.lineWidth = 3;
  ctx.strokeRect(card.x * sx, card.y * sy, card.w * sx, card.h * sy);
}
