import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../main/paths.js';
import { fixture, tempDir } from '../helpers.js';
import { TestPostgres, TestS3 } from '../integration/servers.js';
import { startServe, type Served } from './serve-process.js';

const ARTIFACTS = path.join(APP_ROOT, 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let served: Served;
let browser: Browser;
let page: Page;
const pgs = new TestPostgres();
const s3 = new TestS3();
let webcamCard: Awaited<ReturnType<typeof fixture>>;

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  if (!fs.existsSync(path.join(APP_ROOT, 'dist', 'renderer', 'index.html'))) execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts'], { cwd: APP_ROOT, stdio: 'ignore' });
  // The fake webcam shows a photographed card on a desk, as a y4m video.
  webcamCard = await fixture('en', 3);
  const y4m = path.join(tempDir(), 'card.y4m');
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-loop', '1', '-i', webcamCard.photo, '-vf', 'scale=1280:960', '-t', '1', '-r', '10', '-pix_fmt', 'yuv420p', y4m]);
  // `served` is set as soon as the process is up, so afterAll stops it even when a server start fails.
  await Promise.all([startServe(tempDir()).then((s) => (served = s)), pgs.start(), s3.start()]);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${y4m}`],
  });
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await ctx.grantPermissions(['camera'], { origin: served.origin });
  page = await ctx.newPage();
  await page.goto(served.url);
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  await Promise.all([pgs.stop(), s3.stop()]);
});

describe('the UI in real Chromium against bizcard serve', () => {
  it('the webcam card is auto-captured, reviewed, saved with Enter, and listed with its thumbnail', async () => {
    await page.waitForFunction(() => ((document.querySelector('[data-testid=video]') as HTMLVideoElement | null)?.videoWidth ?? 0) > 0, null, { timeout: 20_000 });
    // The camera's whole 4:3 frame at its full size, not cropped to 16:9 or scaled down.
    expect(await page.getByTestId('video').evaluate((v: HTMLVideoElement) => `${v.videoWidth}x${v.videoHeight}`)).toBe('1280x960');
    // Held still and sharp: auto-capture fires on its own.
    await page.getByTestId('queue-ready').first().waitFor({ timeout: 60_000 });
    await shot('1-capture');
    await page.getByTestId('tab-review').click();
    const name = page.getByTestId('field-name');
    await expect.poll(() => name.inputValue()).toBe(webcamCard.spec.truth.name);
    expect(await page.getByTestId('field-emails').inputValue()).toBe(webcamCard.spec.truth.emails[0]);
    expect(await page.getByTestId('ocr-box').count()).toBeGreaterThan(4);
    await shot('2-review');
    await name.press('Enter');
    await page.getByText(/Nothing to review/).waitFor();
    await page.getByTestId('tab-contacts').click();
    const row = page.getByTestId('contact').first();
    await row.waitFor();
    expect(await row.textContent()).toContain(webcamCard.spec.truth.name);
    expect(await row.getByTestId('thumb').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
    await page.getByTestId('search').fill(webcamCard.spec.truth.familyName.toLowerCase());
    await expect.poll(() => page.getByTestId('contact').count()).toBe(1);
    await shot('3-contacts');
  });

  it('a folder import shows progress; a bad file shows its error and the rest import', async () => {
    await page.getByTestId('tab-capture').click();
    const dir = tempDir();
    const names: string[] = [];
    for (const i of [0, 1, 2]) {
      const f = path.join(dir, `card-${i}.jpg`);
      fs.copyFileSync((await fixture('ru', i)).photo, f);
      names.push(f);
    }
    const bad = path.join(dir, 'broken.jpg');
    fs.writeFileSync(bad, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    await page.getByTestId('file-input').setInputFiles([...names, bad]);
    await page.getByTestId('queue-failed').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('queue-failed').textContent()).toMatch(/broken\.jpg failed: (not an image|truncated or corrupt|could not decode)/);
    await expect.poll(() => page.getByTestId('import-progress').evaluate((p: HTMLProgressElement) => p.value === p.max), { timeout: 60_000 }).toBe(true);
    expect(await page.getByTestId('queue-ready').count()).toBe(3);
    await shot('4-import');
  });

  it('settings "Test connection" says what works and what failed, against real servers', async () => {
    await page.getByTestId('tab-settings').click();
    const u = new URL(pgs.url);
    const password = decodeURIComponent(u.password);
    u.password = '';
    await page.getByTestId('pg-url').fill(u.toString());
    await page.getByTestId('pg-password').fill(password);
    await page.getByTestId('s3-host').fill(s3.settings.endPoint);
    await page.getByTestId('s3-port').fill(String(s3.settings.port));
    await page.getByTestId('s3-tls').uncheck();
    await page.getByTestId('s3-access').fill(s3.settings.accessKey);
    await page.getByTestId('s3-secret').fill('wrong-secret');
    await page.getByTestId('test-connection').click();
    const results = page.getByTestId('test-results');
    await expect.poll(() => results.locator('li').count(), { timeout: 20_000 }).toBe(2);
    expect(await results.textContent()).toMatch(/✔ PostgreSQL: connected/);
    expect(await results.textContent()).toMatch(/✘ Object store: access denied: wrong secret key/);
    await page.getByTestId('s3-secret').fill(s3.settings.secretKey);
    await page.getByTestId('test-connection').click();
    await expect.poll(() => results.textContent(), { timeout: 20_000 }).toMatch(/✔ Object store: connected/);
    await page.getByTestId('save-settings').click();
    await expect.poll(() => page.getByTestId('settings-note').textContent()).toBe('Saved');
    await shot('5-settings');
    // The saved contact now syncs in the background; the bar shows both targets online.
    await expect.poll(() => page.getByTestId('syncbar').textContent(), { timeout: 30_000 }).toMatch(/Database online · 0 pending.*Images online · 0 pending/);
    const rows = await pgs.query<{ name: string; image_object_key: string }>('SELECT name, image_object_key FROM contacts');
    expect(rows).toEqual([{ name: webcamCard.spec.truth.name, image_object_key: expect.stringMatching(/^contact_\d+_/) }]);
    await shot('6-synced');
  });
});
