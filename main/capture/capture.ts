import sharp, { type Metadata } from 'sharp';
import { AppError } from '../../shared/errors.js';
import { locateCards, moreCards, SURE_CARD, type FoundCard } from './find-card.js';
import { PRINT_SIDE, printBlocks, printTilt } from './print-block.js';
import { centre, inside } from './quad.js';
import { homography, distance, lumaAt, project, warp, type Point, type RawImage } from './homography.js';

export interface CaptureLimits {
  maxBytes: number;
  /** Decompression-bomb guard: width x height of the first frame. */
  maxPixels: number;
}
export const DEFAULT_LIMITS: CaptureLimits = { maxBytes: 40 * 1024 * 1024, maxPixels: 120_000_000 };

const ACCEPTED: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heif: 'image/heic',
  tiff: 'image/tiff',
};

/** Long side of the card as handed to OCR: 1050 (the generator's 300 dpi) read as well as 1200 and 1400 in `npm run eval` and is fastest. */
export const OCR_LONG_SIDE = Number(process.env.BIZCARD_OCR_SIDE ?? 1050);
const THUMB_SIZE = 256;
const DETECT_SIZE = 400;
/** The finder's second look, only when asked for more and nothing was found at DETECT_SIZE. */
const FINER_DETECT_SIZE = 640;

export interface CapturedImage {
  mime: string;
  format: string;
  /** The first frame, upright, as found in the file. */
  width: number;
  height: number;
  /**
   * Corners of the card in the upright image, when the view is the finder's crop: the one
   * that became the card image's top-left first, then clockwise.
   */
  cardQuad: Point[] | null;
  /** How sure the card finder was of its crop (0 when it found none). */
  finderCertainty: number;
  /** Which picture `card` is: the crop or the whole frame, and how it was turned. */
  view: CardView;
  /** The card, cropped and straightened, colour, JPEG: what a person reviews. */
  card: Buffer;
  cardWidth: number;
  cardHeight: number;
  /** OCR's pixels per pixel of the photo along the card's long side: over 2, a card across a webcam's frame, enlarged. */
  enlargement?: number;
  /** Same geometry as `card`, grey and normalised (inverted when the card is dark): what OCR reads. */
  ocr: Buffer;
  thumbnail: Buffer;
  warnings: string[];
}

/** A frame's shorter side under this many pixels holds no readable card. */
const MIN_SIDE = 16;

/** Checks the bytes are a sane image of an accepted kind; one-line error otherwise. */
export async function inspect(bytes: Buffer, limits: CaptureLimits = DEFAULT_LIMITS) {
  if (bytes.length === 0) throw new AppError('bad_image', 'empty file');
  if (bytes.length > limits.maxBytes)
    throw new AppError('too_large', `file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${limits.maxBytes / 1048576} MB limit`);
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new AppError('unsupported', 'not an image (unrecognised content)');
  }
  const format = meta.format ?? 'unknown';
  if (!(format in ACCEPTED)) throw new AppError('unsupported', `unsupported image format "${format}" (use JPEG, PNG, WebP, HEIC or TIFF)`);
  const w = meta.width ?? 0;
  const h = meta.pageHeight ?? meta.height ?? 0;
  if (!w || !h) throw new AppError('bad_image', 'image has no size');
  // A strip or an icon: no print a card carries can be read in so few pixels (and OCR fails on it).
  if (Math.min(w, h) < MIN_SIDE) throw new AppError('bad_image', `image is ${w}x${h} pixels, too small to hold a readable card`);
  if (w * h > limits.maxPixels)
    throw new AppError('too_large', `image is ${w}x${h} (${Math.round((w * h) / 1e6)} MP), over the ${Math.round(limits.maxPixels / 1e6)} MP limit`);
  const warnings: string[] = [];
  if ((meta.pages ?? 1) > 1) warnings.push(`${meta.pages} frames/pages: only the first was read`);
  return { format, mime: ACCEPTED[format]!, warnings };
}

/** Long side of the frame the finder and the whole-frame view work on. */
const FRAME_SIDE = 2400;

async function decodeUpright(bytes: Buffer, limits: CaptureLimits, side = FRAME_SIDE): Promise<RawImage> {
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'truncated', pages: 1, page: 0 })
      .rotate()
      .removeAlpha()
      .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: info.channels };
  } catch (e) {
    const msg = String((e as Error).message ?? e);
    if (/truncat|premature|end of (file|stream)|corrupt|invalid|bad/i.test(msg))
      throw new AppError('bad_image', `truncated or corrupt image (${msg.split('\n')[0]})`);
    throw new AppError('bad_image', `could not decode image (${msg.split('\n')[0]})`);
  }
}

/** Which picture of the card to read: the finder's crop or the whole frame, turned clockwise. */
export type Turn = 0 | 90 | 180 | 270;
export interface CardView {
  source: 'card' | 'whole';
  turn: Turn;
  /** Which of the finder's outlines (Capture.candidates) the crop follows; 0, the most certain, when absent. */
  candidate?: number;
  /** The crop cut again along its print where that runs crooked across it (tiltOf). */
  level?: boolean;
}

/** A decoded photo with the finder's proposal; renders any view of it on demand. */
export interface Capture {
  mime: string;
  format: string;
  warnings: string[];
  /** The first frame, upright by EXIF. */
  width: number;
  height: number;
  upright: RawImage;
  /** The finder's most certain outline: candidates[0] (none until asked when the border found nothing). */
  found: FoundCard | null;
  /** Every outline proposed so far, most certain first. */
  candidates: FoundCard[];
  /**
   * Asks the finder for outlines beyond the first proposals (for a crop that read badly);
   * appends them to `candidates` and returns how many there are now. Only the first call works.
   */
  proposeMore: () => Promise<number>;
  /**
   * Asks for the card known by its print (print-block.ts) beyond all outlines: proposeMore's,
   * then blocks of print no sure outline holds. Appends them as proposeMore does; only the
   * first call works. A separate call, as the finding costs ~100 ms: only the readings of the
   * other outlines ask for it.
   */
  proposePrint: () => Promise<number>;
  /** The frame at full resolution, decoded only when a small card needs its pixels. */
  full: () => Promise<RawImage>;
}

/** The finder's frame: small and blurred, so paper grain and JPEG noise do not count as edges. */
async function detectionFrame(img: RawImage, size = DETECT_SIZE, blurred = true): Promise<RawImage> {
  const scale = Math.min(1, size / Math.max(img.width, img.height));
  const resized = sharp(img.data, { raw: { width: img.width, height: img.height, channels: img.channels as 3 } }).resize(Math.round(img.width * scale), Math.round(img.height * scale), { kernel: 'linear' });
  const small = await (blurred ? resized.blur(1) : resized)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: small.data, width: small.info.width, height: small.info.height, channels: small.info.channels };
}

/** An outline found on the small frame, in the upright frame's pixels. */
function scaledTo(img: RawImage, small: RawImage, f: FoundCard): FoundCard {
  return { ...f, quad: f.quad.map((p) => ({ x: (p.x * img.width) / small.width, y: (p.y * img.height) / small.height })) };
}

/** The outline's sides running down the frame are longer than those running across it. */
function tall(q: Point[]): boolean {
  const top = (distance(q[0]!, q[1]!) + distance(q[3]!, q[2]!)) / 2;
  const side = (distance(q[0]!, q[3]!) + distance(q[1]!, q[2]!)) / 2;
  return side > top;
}

/** The card's corners, starting from the one that becomes the straightened card's top-left. */
function cardCorners(q: Point[]): Point[] {
  // A card seen with its long side vertical is turned so the long side runs across; when
  // that is the wrong way (a portrait card, or a card lying the other way round), the
  // reading with the best evidence among the turns puts it right.
  return tall(q) ? [q[1]!, q[2]!, q[3]!, q[0]!] : q;
}

/** The turn that shows a card's crop as the card lies in the frame: cardCorners laid a tall outline on its side. */
export function frameTurn(quad: Point[]): Turn {
  return tall(quad) ? 90 : 0;
}

/** Corners rotated so the card comes out turned `turn` degrees clockwise. */
function turnCorners(c: Point[], turn: Turn): Point[] {
  const k = (4 - turn / 90) % 4;
  return [0, 1, 2, 3].map((i) => c[(i + k) % 4]!);
}

/** The corners of a w x h image, in the order of a card's corners. */
const rectOf = (w: number, h: number): Point[] => [
  { x: 0, y: 0 },
  { x: w - 1, y: 0 },
  { x: w - 1, y: h - 1 },
  { x: 0, y: h - 1 },
];

/** The card inside `corners`, straightened to `long` pixels on its longer side. */
function straighten(img: RawImage, corners: Point[], long = OCR_LONG_SIDE): RawImage {
  const w0 = (distance(corners[0]!, corners[1]!) + distance(corners[3]!, corners[2]!)) / 2;
  const h0 = (distance(corners[0]!, corners[3]!) + distance(corners[1]!, corners[2]!)) / 2;
  const scale = long / Math.max(w0, h0);
  const w = Math.round(w0 * scale);
  const h = Math.round(h0 * scale);
  return warp(img, homography(rectOf(w, h), corners), w, h);
}

/**
 * A card small in a big photo has fewer pixels in the downscaled frame than OCR wants:
 * it is cut from the full-resolution frame instead (decoded once, only then).
 */
async function straightenSharp(c: Capture, corners: Point[]): Promise<RawImage> {
  const long = Math.max(distance(corners[0]!, corners[1]!), distance(corners[0]!, corners[3]!));
  if (long >= OCR_LONG_SIDE * 0.9) return straighten(c.upright, corners);
  const full = await c.full();
  const k = full.width / c.width;
  if (k <= 1.01) return straighten(c.upright, corners);
  return straighten(full, corners.map((p) => ({ x: p.x * k, y: p.y * k })));
}

async function wholeFrame(upright: RawImage, turn: Turn): Promise<RawImage> {
  const scale = Math.min(2, OCR_LONG_SIDE / Math.max(upright.width, upright.height));
  const w = Math.round(upright.width * scale);
  const h = Math.round(upright.height * scale);
  // sharp turns before it resizes, whatever the order of the calls: the size asked for is the
  // turned frame's, or a frame on its side is cut to fit the upright one's shape.
  const sideways = turn === 90 || turn === 270;
  const r = await sharp(upright.data, { raw: { width: upright.width, height: upright.height, channels: 3 } })
    .rotate(turn)
    .resize(sideways ? h : w, sideways ? w : h)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: r.data, width: r.info.width, height: r.info.height, channels: 3 };
}

/** The crop's side its print is measured on: fine enough for a card's small lines, quick. */
const TILT_SIDE = 400;
/** The tilt of each outline's print, measured on its crop. */
const tilts = new WeakMap<FoundCard, number>();
/** A frame's print is smaller than a crop's: measured on a frame of this long side, a card's lines tilted 12 degrees stand out (rd3_004; at 400 they do not). */
const WHOLE_TILT_SIDE = 800;
/** The tilt of the print across each frame read whole. */
const frameTilts = new WeakMap<Capture, number>();

/**
 * The corners, in the frame, of a crop turned `tilt` degrees about the centre of a w x h crop
 * cut along `corners`: its sides run along the print, and it holds all of the first crop.
 */
export function levelCorners(corners: Point[], w: number, h: number, tilt: number): Point[] {
  const toFrame = homography(rectOf(w, h), corners);
  const a = (tilt * Math.PI) / 180;
  const u = { x: Math.cos(a), y: Math.sin(a) };
  const v = { x: -Math.sin(a), y: Math.cos(a) };
  const halfW = (w * Math.abs(u.x) + h * Math.abs(u.y)) / 2;
  const halfH = (w * Math.abs(u.y) + h * Math.abs(u.x)) / 2;
  const c = { x: (w - 1) / 2, y: (h - 1) / 2 };
  const at = (su: number, sv: number) => project(toFrame, { x: c.x + su * halfW * u.x + sv * halfH * v.x, y: c.y + su * halfW * u.y + sv * halfH * v.y });
  return [at(-1, -1), at(1, -1), at(1, 1), at(-1, 1)];
}

/** Mean brightness from a sparse sample: enough to tell a dark card from a light one. */
function meanLuma(img: RawImage): number {
  let sum = 0;
  let n = 0;
  for (let p = 0; p < img.data.length; p += img.channels * 7) {
    sum += lumaAt(img, p);
    n++;
  }
  return n ? sum / n : 255;
}

/** Light text on a dark card: OCR wants dark text on light paper, so such a card is read inverted. */
function isDark(img: RawImage): boolean {
  return meanLuma(img) < 110;
}

/** bytes -> decoded upright frame and the finder's proposal (no card image made yet). */
export async function openCapture(bytes: Buffer, limits: CaptureLimits = DEFAULT_LIMITS): Promise<Capture> {
  const { format, mime, warnings } = await inspect(bytes, limits);
  const upright = await decodeUpright(bytes, limits);
  const small = await detectionFrame(upright);
  const candidates = locateCards(small).map((f) => scaledTo(upright, small, f));
  let full: Promise<RawImage> | null = null;
  let more: Promise<number> | null = null;
  let print: Promise<number> | null = null;
  const capture: Capture = {
    mime,
    format,
    warnings,
    width: upright.width,
    height: upright.height,
    upright,
    found: candidates[0] ?? null,
    candidates,
    proposeMore: () =>
      (more ??= (async () => {
        const inFrame = (frame: RawImage) => capture.candidates.map((f) => scaledTo(frame, upright, f));
        let found = moreCards(small, inFrame(small)).map((f) => scaledTo(upright, small, f));
        // Nothing at the finder's size: a card small in a busy frame (held up in a hand in a
        // shop) has edges of a pixel or two there. Looked for once more at a finer size.
        if (!found.length && Math.max(upright.width, upright.height) > FINER_DETECT_SIZE) {
          const finer = await detectionFrame(upright, FINER_DETECT_SIZE);
          found = moreCards(finer, inFrame(finer)).map((f) => scaledTo(upright, finer, f));
          // Nor there: a card a fiftieth of the frame on a ribbed cloth has an outline of a
          // pixel or two, which the blur that quiets the cloth's texture smooths away.
          if (!found.length) {
            const unblurred = await detectionFrame(upright, FINER_DETECT_SIZE, false);
            found = moreCards(unblurred, inFrame(unblurred)).map((f) => scaledTo(upright, unblurred, f));
          }
        }
        capture.candidates.push(...found);
        capture.found = capture.candidates[0] ?? null;
        return capture.candidates.length;
      })()),
    proposePrint: () =>
      (print ??= (async () => {
        // After every outline the regions found (proposeMore): a wood desk's grain or a page's
        // lines may read as print too, and an outline, however doubtful, is the card's own shape.
        await capture.proposeMore();
        // Unless a sure outline holds that print already.
        const sure = capture.candidates.filter((k) => k.certainty >= SURE_CARD);
        const fine = await detectionFrame(upright, PRINT_SIDE, false);
        const prints = printBlocks(fine)
          .map((f) => scaledTo(upright, fine, f))
          .filter((p) => !sure.some((k) => inside(k.quad, centre(p.quad))));
        capture.candidates.push(...prints);
        capture.found = capture.candidates[0] ?? null;
        return capture.candidates.length;
      })()),
    full: () => (full ??= decodeUpright(bytes, limits, 100_000)),
  };
  return capture;
}

/** The view to read first: the finder's crop when there is one, else the whole frame. */
export function firstView(c: Capture): CardView {
  return { source: c.found ? 'card' : 'whole', turn: 0 };
}

/**
 * Degrees the print runs off the sides of a crop's outline, or 0 (print-block.ts printTilt).
 * An outline fitted to part of the card, or to a sheet under it, straightens the card crooked,
 * and tesseract's page layout reads lines tilted 10 degrees or more as nothing at all. Measured
 * once an outline: a quarter turn leaves the tilt off the sides as it was. Only crops that read
 * badly ask (read-card.ts): the measuring costs ~20 ms.
 */
export function tiltOf(c: Capture, view: CardView): number {
  const outline = outlineOf(c, view);
  if (!outline) {
    // The frame read whole, its card found by no outline: a card photographed askew on a desk
    // tilts its print across the frame as much as a crooked crop does (rd3_004, 9 degrees).
    let whole = frameTilts.get(c);
    if (whole === undefined) frameTilts.set(c, (whole = printTilt(straighten(c.upright, rectOf(c.upright.width, c.upright.height), WHOLE_TILT_SIDE))));
    return whole;
  }
  // Straightened straight to the measuring size, from the frame already decoded.
  let measured = tilts.get(outline);
  if (measured === undefined) tilts.set(outline, (measured = printTilt(straighten(c.upright, cardCorners(outline.quad), TILT_SIDE))));
  return measured;
}

/** The outline a view's crop follows, or null for the whole frame. */
function outlineOf(c: Capture, view: CardView): FoundCard | null {
  return view.source === 'card' ? ((view.candidate !== undefined ? c.candidates[view.candidate] : c.found) ?? null) : null;
}

/** Renders one view: the card (or frame) image a person reviews, OCR's grey copy and a thumbnail, all of one geometry. */
export async function renderView(c: Capture, view: CardView): Promise<CapturedImage> {
  const outline = outlineOf(c, view);
  let corners = outline ? turnCorners(cardCorners(outline.quad), view.turn) : null;
  let card = corners ? await straightenSharp(c, corners) : await wholeFrame(c.upright, view.turn);
  const tilt = view.level ? tiltOf(c, view) : 0;
  if (tilt) {
    corners = levelCorners(corners ?? turnCorners(rectOf(c.upright.width, c.upright.height), view.turn), card.width, card.height, tilt);
    card = await straightenSharp(c, corners);
  }
  // The photo's pixels the card spans: a crop's outline is in the (maybe downscaled) upright frame's.
  const spanned = corners ? Math.max(distance(corners[0]!, corners[1]!), distance(corners[0]!, corners[3]!)) * (c.width / c.upright.width) : Math.max(c.width, c.height);
  const raw = { raw: { width: card.width, height: card.height, channels: card.channels as 3 } };
  const grey = sharp(card.data, raw).greyscale();
  const dark = isDark(card);
  const [cardJpeg, ocr, thumbnail] = await Promise.all([
    sharp(card.data, raw).jpeg({ quality: 88 }).toBuffer(),
    (dark ? grey.clone().negate() : grey.clone()).normalise().png({ compressionLevel: 0, adaptiveFiltering: false }).toBuffer(),
    sharp(card.data, raw).resize(THUMB_SIZE, THUMB_SIZE, { fit: 'inside' }).jpeg({ quality: 80 }).toBuffer(),
  ]);
  return {
    mime: c.mime,
    format: c.format,
    width: c.width,
    height: c.height,
    cardQuad: corners,
    finderCertainty: outline?.certainty ?? c.found?.certainty ?? 0,
    view: outline ? { source: 'card', turn: view.turn, ...(view.candidate ? { candidate: view.candidate } : {}), ...(tilt ? { level: true } : {}) } : { source: 'whole', turn: view.turn, ...(tilt ? { level: true } : {}) },
    card: cardJpeg,
    cardWidth: card.width,
    cardHeight: card.height,
    enlargement: Math.max(card.width, card.height) / Math.max(1, spanned),
    ocr,
    thumbnail,
    warnings: c.warnings,
  };
}

/**
 * The card in colour for OCR, in the geometry of `ocr` (light text on a dark card inverted the
 * same way): tesseract thresholds each channel of a colour image on its own, which keeps ink
 * that greyscale flattens into tinted paper (second-look.ts).
 */
export async function colourForOcr(img: CapturedImage): Promise<Buffer> {
  const { data, info } = await sharp(img.card).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels as 3 } };
  const dark = isDark({ data, width: info.width, height: info.height, channels: info.channels });
  return (dark ? sharp(data, raw).negate() : sharp(data, raw)).png({ compressionLevel: 0, adaptiveFiltering: false }).toBuffer();
}

/** bytes -> upright, cropped, straightened card; OCR-ready grey copy; thumbnail (the first view only). */
export async function captureImage(bytes: Buffer, limits: CaptureLimits = DEFAULT_LIMITS): Promise<CapturedImage> {
  const c = await openCapture(bytes, limits);
  return renderView(c, firstView(c));
}
