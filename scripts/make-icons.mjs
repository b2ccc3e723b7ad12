#!/usr/bin/env node
// Renders the app icon set from the one source, build/icon.svg, with sharp (librsvg):
//   build/icon.png            1024 px, what electron-builder turns into .icns (macOS) and .ico (Windows)
//   build/icons/NxN.png       the Linux set (AppImage, deb) electron-builder reads from build/icons
// Run after changing the SVG: `npm run icons`; the outputs are committed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function renderIcon(size, svg = fs.readFileSync(path.join(root, 'build', 'icon.svg'))) {
  // density scales the vector before rasterising, so small sizes are drawn, not shrunk from a blur.
  return sharp(svg, { density: Math.max(72, Math.ceil((72 * size) / 1024) * 4) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

export async function makeIcons(outDir = path.join(root, 'build')) {
  fs.mkdirSync(path.join(outDir, 'icons'), { recursive: true });
  for (const size of ICON_SIZES) fs.writeFileSync(path.join(outDir, 'icons', `${size}x${size}.png`), await renderIcon(size));
  fs.copyFileSync(path.join(outDir, 'icons', '1024x1024.png'), path.join(outDir, 'icon.png'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await makeIcons();
  console.log(`icons written to ${path.join(root, 'build')}: ${ICON_SIZES.join(', ')} px`);
}
