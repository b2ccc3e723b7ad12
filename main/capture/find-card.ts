import { components, dilate, erode, largestComponent, median, reachedFromEdge, type Blob } from './blobs.js';
import { distance, lumaAt, type Point, type RawImage } from './homography.js';
import { edgeLines, edgeMap, encloses, lineQuads, sideSupport, type EdgeMap } from './line-quads.js';
import { alongSide, alongSides, centre, convexHull, cross, inside, intersect, orderCorners, polygonArea, reduceToQuad, refineQuad, sides } from './quad.js';

/** How a candidate was found: the desk colour at the frame's border, or regions of the frame itself. */
export type FinderStrategy = 'border' | 'bright' | 'dark' | 'flat' | 'object' | 'neutral' | 'lines' | 'print';

export type CardScores = Record<'aspect' | 'shape' | 'fill' | 'edges' | 'contrast' | 'area', number> & {
  /** Region strategies only: strokes inside the outline (text), which blank paper and desks lack. */
  text?: number;
  /** Region strategies only: every side of the outline runs along an edge of the image (outlinedSides). */
  sides?: number;
};

/** A card outline and how much the finder trusts it. */
export interface FoundCard {
  /** Corners: top-left, top-right, bottom-right, bottom-left. */
  quad: Point[];
  /** 0..1: the product of the shape, aspect, fill, edge-fit, contrast and size (and text) scores. */
  certainty: number;
  /** Each score on its own, for logs and tests. */
  scores: CardScores;
  strategy: FinderStrategy;
}

/** At or above this the crop is trusted alone; below it the whole frame is read too. */
export const SURE_CARD = 0.6;

/**
 * Finds a business card in a photo. Returns corners in the order top-left, top-right,
 * bottom-right, bottom-left, or null when no card-like shape stands out (a flat scan where
 * the card fills the frame, say).
 */
export function findCard(img: RawImage): Point[] | null {
  return locateCardIn(img)?.quad ?? null;
}

/** The most certain card outline (see locateCards), with how sure the finder is. */
export function locateCardIn(img: RawImage): FoundCard | null {
  return locateCards(img)[0] ?? null;
}

/**
 * Card outlines, most certain first, up to `max` distinct ones. The first strategy takes the
 * frame's border as the desk and the largest blob that differs from it as the card; it is
 * right on a plain desk, and when it is sure nothing else is tried here. When its blob is
 * doubtful (a card small in the frame, a desk not of one colour, a card held in a hand),
 * regions of the frame itself are proposed too (see moreCards). Every proposal is scored the
 * same way, and the most certain comes first. When the border is not one surface at all,
 * nothing is proposed here: that is also what a flat scan filling the frame looks like, which
 * reads well whole, so the regions wait until a reading asks for them (moreCards).
 */
export function locateCards(img: RawImage, max = 3): FoundCard[] {
  const border = byBorderColour(img);
  if (!border) return [];
  if (border.certainty >= SURE_CARD) return straightenedSide(img, border);
  // A region that is hardly card-like (a text panel, a logo) is not worth a reading.
  const regions = byRegions(img).filter((c) => c.certainty >= MIN_ALTERNATIVE);
  // The border's outline found again by a region: the region's view of it (contrast across
  // the outline, strokes inside) is the better one where the desk is not one colour, but a
  // card small in the frame stays as doubtful as the border said (a region's outline runs a
  // pixel or two wider, which is no evidence of size).
  // (Not so a quad of straight lines: it has an outline of its own, round a panel the border's blob may have left out.)
  const again = regions.filter((c) => c.strategy !== 'lines' && sameOutline(border.quad, c.quad));
  let first = border;
  // The border's blob may stop short of the card where its paper goes into shade (or run on
  // over the fingers holding it): one side of its outline then crosses the card, on no edge,
  // where the region's runs along the card's edge. That outline is the card's.
  const borderSides = again.length ? outlinedSides(edgesOf(img), border.quad) : 1;
  for (const r of again) {
    const scores = { ...r.scores, area: Math.min(r.scores.area, border.scores.area) };
    const quad = (r.scores.sides ?? 1) > borderSides ? r.quad : border.quad;
    if (product(scores) > first.certainty) first = { quad, certainty: product(scores), scores, strategy: r.strategy };
  }
  const others = regions.filter((c) => !again.includes(c));
  return distinct(img, [first, ...others], [], max);
}

/** A side of an outline along this little edge runs over the desk or the card, not along the card's edge. */
const OFF_EDGE = 0.2;
/** The straight edges' side put in its place runs along an edge for at least this share. */
const ON_EDGE = 0.8;

/** Where the line through a and b meets the line through c and d; null when they are parallel. */
const meet = (a: Point, b: Point, c: Point, d: Point) => intersect({ p: a, d: { x: b.x - a.x, y: b.y - a.y } }, { p: c, d: { x: d.x - c.x, y: d.y - c.y } });

/**
 * A sure border outline with one side on no edge at all: the desk's blob ran on along something
 * touching the card as dark as it (a plank's seam, a shadow), and its hull's corners went out
 * with it, so that side cuts across desk and card and the straightened crop loses a strip of
 * print. Where an outline of the card's straight edges has that side on an edge, the side is
 * put in its place (only that side: the straight edges may have closed round a panel of the
 * card, whose other sides are no card's), and that outline is read first, the border's next.
 */
function straightenedSide(img: RawImage, border: FoundCard): FoundCard[] {
  const e = edgesOf(img);
  const q = border.quad;
  const support = (p: Point[], k: number) => sideSupport(e, p[k]!, p[(k + 1) % 4]!);
  const weak = [0, 1, 2, 3].filter((k) => support(q, k) < OFF_EDGE);
  if (weak.length !== 1) return [border];
  const k = weak[0]!;
  for (const c of byRegions(img).filter((r) => r.strategy === 'lines' && sameOutline(r.quad, q)).sort((a, b) => support(b.quad, k) - support(a.quad, k))) {
    if (support(c.quad, k) < ON_EDGE) break;
    const [a, b] = [c.quad[k]!, c.quad[(k + 1) % 4]!];
    const from = meet(q[(k + 3) % 4]!, q[k]!, a, b);
    const to = meet(a, b, q[(k + 1) % 4]!, q[(k + 2) % 4]!);
    if (!from || !to) continue;
    const quad = [...q];
    quad[k] = from;
    quad[(k + 1) % 4] = to;
    if (!plausibleCard(quad, img.width, img.height) || !sameOutline(quad, q) || support(quad, k) < ON_EDGE) continue;
    return [{ ...border, quad }, border];
  }
  return [border];
}

/**
 * Outlines other than `known`, from the frame's own regions: bright and dark regions split at
 * Otsu's thresholds (light cards, dark cards), flat regions bounded by edges (a card's paper
 * between its outline and its text), and objects not reached from the border. For a sure
 * crop that read badly (a sheet of printed paper beside the card is as card-shaped as the
 * card), or a frame with no one desk colour that read badly whole (a card small on a busy
 * desk): asked for only then, so a card read well the first time costs none of it. A card a
 * few percent of the frame (far off in a 12 MP photo) is proposed only here, last.
 */
export function moreCards(img: RawImage, known: FoundCard[], max = 3): FoundCard[] {
  // A region inside a known outline is a part of that card (a logo, a QR code, a coloured
  // panel), not another card: reading it alone would only lose the rest of the card.
  const regions = byRegions(img).filter((c) => !known.some((k) => within(c.quad, k.quad)));
  const found = distinct(img, regions.filter((c) => c.certainty >= MIN_ALTERNATIVE), known, max);
  // Nothing read well, so a card small in the frame (a few percent of it, text a few pixels
  // high) is worth a reading too: outlines card-like in all but their size, after the others.
  const small = regions.flatMap((c) => (c.certainty < MIN_ALTERNATIVE ? asSmallCard(img, c) : [])).filter((c) => c.certainty >= MIN_ALTERNATIVE);
  return [...found, ...distinct(img, small, [...known, ...found], max - found.length)];
}

/** Below this share of the frame not even a small card is proposed (a logo, a key, a sticker). */
const SMALL_AREA = 0.01;

/**
 * Full marks for size from this share of the frame for a card asked for as small: a card lying
 * on a desk photographed from standing height, a fiftieth of the frame, is card-like in all
 * but its size and worth its reading once nothing else read well.
 */
const SMALL_FULL = 0.04;

/** A region scored as a card small in the frame: its size score falls to 0 at SMALL_AREA, not MIN_AREA. */
function asSmallCard(img: RawImage, c: FoundCard): FoundCard[] {
  if (c.strategy === 'lines') return [];
  const scores = { ...c.scores, area: sizeScore(img, polygonArea(c.quad), SMALL_AREA, SMALL_FULL) };
  return [{ ...c, scores, certainty: product(scores) }];
}

/** `a` lies inside `b`: its centre is inside b and it is smaller. */
function within(a: Point[], b: Point[]): boolean {
  return inside(b, centre(a)) && polygonArea(a) < polygonArea(b);
}

/** Below this an alternative outline is not worth a reading. */
export const MIN_ALTERNATIVE = 0.2;

function distinct(img: RawImage, cards: FoundCard[], known: FoundCard[], max: number): FoundCard[] {
  const kept: FoundCard[] = [];
  for (const c of [...cards].sort((a, b) => b.certainty - a.certainty)) {
    // A part of the card (the white beside a coloured panel, a stripe) and the card's straight
    // edges round it, nearly as sure: the outline round it holds all the print, so it is read
    // first. The part stays next in line: where the lines ran on past the card (a drop
    // shadow's edge beside a dark card), its reading wins.
    const part = kept.findIndex((k) => c.strategy === 'lines' && c.certainty >= k.certainty - 0.1 && partOf(img, k.quad, c.quad));
    if (part >= 0) {
      if (!kept.some((k, i) => i !== part && sameOutline(k.quad, c.quad))) kept.splice(part, 0, c);
      continue;
    }
    if (kept.length >= max) break;
    if (![...known, ...kept].some((k) => sameOutline(k.quad, c.quad))) kept.push(c);
  }
  return kept;
}

/**
 * `inner` is a part of the card `outer` outlines: inside it, and what lies between the two
 * (a panel, a stripe) is not the desk, as seen just beyond the stretches of `outer` that run
 * along `inner`. Where that strip looks like the desk, or the desk in shade, `outer` ran on
 * past the card (a plank's seam, a drop shadow's edge, the edge of a sheet of paper beside it).
 */
function partOf(img: RawImage, inner: Point[], outer: Point[]): boolean {
  if (!encloses(outer, inner)) return false;
  const desk: number[][] = [[], [], []];
  const strip: number[] = [];
  for (const s of acrossSides(img, outer, 0.04, 0.04)) {
    if (s.pin === null) continue;
    if (!inside(inner, s.inner)) strip.push(s.pin);
    else if (s.pout !== null) for (let k = 0; k < 3; k++) desk[k]!.push(img.data[s.pout + k]!);
  }
  // No strip (the outlines are one), or no shared stretch to see the desk from: nothing says otherwise.
  if (strip.length < 4 || desk[0]!.length < 4) return true;
  const colour = desk.map(median);
  // Twice the usual difference: light falls off across a desk, and a panel is printed in a
  // colour of its own. The desk's own colour in shade is desk too: a drop shadow beside the
  // card, which the straight edges may have followed round it.
  const notDesk = strip.filter((p) => colourDistance(img, p, colour) >= 2 * DIFFERS && !shadeOf(img, p, colour));
  return notDesk.length / strip.length >= 0.6;
}

/** A shadow leaves at least this share of the light where it falls (a deeper dark is no shadow on a desk). */
const DEEPEST_SHADE = 0.4;

/**
 * The pixel at byte offset p is `colour` in shade: darker, but not beyond DEEPEST_SHADE,
 * with the channels in the same ratios (a shadow dims the light, it does not tint it). A
 * panel printed in a colour of its own differs in hue; a grey panel on a grey desk does not,
 * and is taken for shade.
 */
function shadeOf(img: RawImage, p: number, colour: number[]): boolean {
  const light = (img.data[p]! + img.data[p + 1]! + img.data[p + 2]!) / Math.max(1, colour[0]! + colour[1]! + colour[2]!);
  if (light < DEEPEST_SHADE || light >= 1) return false;
  return colourDistance(img, p, colour.map((c) => c * light)) <= DIFFERS / 2;
}

/** A point of a quad's side, and the pixels (byte offsets; null beyond the frame) just inside and just outside it there. */
interface Across {
  side: number;
  inner: Point;
  pin: number | null;
  pout: number | null;
}

/**
 * Points along each side of the quad, `step` apart (as shares of the side), each with the
 * pixels `share` of its way to the quad's centre inside and as far outside (2 px at least).
 */
function acrossSides(img: RawImage, q: Point[], step: number, share: number): Across[] {
  const c = centre(q);
  return [0, 1, 2, 3].flatMap((side) =>
    alongSide(q[side]!, q[(side + 1) % 4]!, step).map((e) => {
      const len = Math.hypot(c.x - e.x, c.y - e.y) || 1;
      const off = Math.max(2, len * share);
      const nx = (c.x - e.x) / len;
      const ny = (c.y - e.y) / len;
      const inner = { x: e.x + nx * off, y: e.y + ny * off };
      return { side, inner, pin: pixelAt(img, inner), pout: pixelAt(img, { x: e.x - nx * off, y: e.y - ny * off }) };
    }),
  );
}

/** Colour distance between the pixels at byte offsets a and b. */
const pixelDistance = (img: RawImage, a: number, b: number) => colourDistance(img, a, img.data.subarray(b, b + 3));

function pixelAt(img: RawImage, p: Point): number | null {
  const x = Math.round(p.x);
  const y = Math.round(p.y);
  return x < 0 || y < 0 || x >= img.width || y >= img.height ? null : (y * img.width + x) * img.channels;
}

/** Two outlines of one object: each one's centre inside the other, areas within 35%. */
function sameOutline(a: Point[], b: Point[]): boolean {
  const ca = centre(a);
  const cb = centre(b);
  const ra = polygonArea(a) / Math.max(1, polygonArea(b));
  return inside(a, cb) && inside(b, ca) && ra > 0.65 && ra < 1 / 0.65;
}

function byBorderColour(img: RawImage): FoundCard | null {
  const { width: w, height: h } = img;
  const bg = borderColour(img);
  if (!bg) return null;
  const mask = new Uint8Array(w * h);
  const thr = Math.max(40, bg.spread * 4);
  for (let i = 0, p = 0; i < w * h; i++, p += img.channels) {
    mask[i] = colourDistance(img, p, bg.colour) > thr ? 1 : 0;
  }
  const closed = erode(dilate(mask, w, h, 2), w, h, 2);
  const blob = largestComponent(closed, w, h);
  // A card far off in the frame is still a card: small ones are kept, and marked doubtful.
  if (!blob || blob.area < w * h * MIN_AREA) return null;
  const ordered = quadOf(blob, w, h);
  if (!ordered) return null;
  const scores = cardScores(img, ordered, blob, bg.colour, thr);
  return { quad: ordered, certainty: product(scores), scores, strategy: 'border' };
}

const product = (scores: CardScores) => Object.values(scores).reduce((a: number, b) => a * (b ?? 1), 1);

/** A blob's outline as a card-shaped quad, corners ordered, or null when it is no such shape. */
function quadOf(blob: Blob, w: number, h: number, minArea = MIN_AREA): Point[] | null {
  const hull = convexHull(blob.outline);
  if (hull.length < 4) return null;
  const quad = refineQuad(reduceToQuad(hull), blob.outline);
  if (!quad) return null;
  const ordered = orderCorners(quad);
  return plausibleCard(ordered, w, h, minArea) ? ordered : null;
}

/** Colourfulness 0..255 of every pixel: its brightest channel less its darkest. */
function chroma(img: RawImage): Uint8Array {
  const out = new Uint8Array(img.width * img.height);
  for (let i = 0, p = 0; i < out.length; i++, p += img.channels) {
    const r = img.data[p]!;
    const g = img.data[p + 1]!;
    const b = img.data[p + 2]!;
    out[i] = Math.max(r, g, b) - Math.min(r, g, b);
  }
  return out;
}

/** Paper's colourfulness at most (white, grey or black card stock, JPEG's tint included). */
const NEUTRAL = 16;
/** Wood, skin and cloth at least as colourful as this (mean of the frame's coloured class). */
const COLOURED = 30;

/**
 * The frame's colourless pixels, when it parts clearly into colourless and coloured ones:
 * card stock is white, grey or black; a wooden desk, the hand holding the card and most cloth
 * are not. A black card on dark wood, which no brightness threshold parts from the grain,
 * stands out so. Null for a frame without that split (a grey desk, a coloured card).
 */
function colourless(img: RawImage): Uint8Array | null {
  const c = chroma(img);
  const t = Math.min(NEUTRAL, otsu(c));
  let coloured = 0;
  let sum = 0;
  for (const v of c)
    if (v > t) {
      coloured++;
      sum += v;
    }
  if (!coloured || coloured === c.length || sum / coloured < COLOURED) return null;
  const m = new Uint8Array(c.length);
  for (let i = 0; i < c.length; i++) m[i] = c[i]! <= t ? 1 : 0;
  return m;
}

/** Brightness 0..255 of every pixel. */
function luma(img: RawImage): Uint8Array {
  const out = new Uint8Array(img.width * img.height);
  for (let i = 0, p = 0; i < out.length; i++, p += img.channels) out[i] = lumaAt(img, p);
  return out;
}

/** Sobel gradient magnitude (|gx| + |gy|) / 4: a sharp black-to-white step gives ~255. */
function gradient(l: Uint8Array, w: number, h: number): Uint16Array {
  const g = new Uint16Array(w * h);
  for (let y = 1; y < h - 1; y++)
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const gx = l[i - w + 1]! + 2 * l[i + 1]! + l[i + w + 1]! - l[i - w - 1]! - 2 * l[i - 1]! - l[i + w - 1]!;
      const gy = l[i + w - 1]! + 2 * l[i + w]! + l[i + w + 1]! - l[i - w - 1]! - 2 * l[i - w]! - l[i - w + 1]!;
      g[i] = (Math.abs(gx) + Math.abs(gy)) >> 2;
    }
  return g;
}

/** Otsu's threshold: the brightness that best splits the frame into two classes. */
function otsu(l: Uint8Array): number {
  const hist = new Float64Array(256);
  for (const v of l) hist[v]!++;
  const n = l.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i]!;
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let thr = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (!wB) continue;
    const wF = n - wB;
    if (!wF) break;
    sumB += t * hist[t]!;
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      thr = t;
    }
  }
  return thr;
}

/** A stroke edge (text, a card's outline) in `gradient` units; the grain of a desk stays under it. */
const EDGE = Number(process.env.BIZCARD_FINDER_EDGE ?? 24);

/**
 * A frame's regions, worked out once: a doubtful border asks for them when the frame is
 * opened (locateCards), and a reading that went badly asks again for the same frame (moreCards).
 */
const regionsOfFrame = new WeakMap<RawImage, FoundCard[]>();

/** A frame's edge map, worked out once: the regions score their sides on it, and so does the border's outline beside them. */
const edgesOfFrame = new WeakMap<RawImage, EdgeMap>();

function edgesOf(img: RawImage): EdgeMap {
  let e = edgesOfFrame.get(img);
  if (!e) edgesOfFrame.set(img, (e = edgeMap(img)));
  return e;
}

function byRegions(img: RawImage): FoundCard[] {
  let found = regionsOfFrame.get(img);
  if (!found) regionsOfFrame.set(img, (found = regionsOf(img)));
  return found;
}

/**
 * Card proposals from the frame's own regions, for when the border says nothing: light and
 * dark regions at Otsu's threshold (thin bridges cut, text holes closed), flat regions
 * between edges, colourless regions among coloured ones (card stock on wood, in a hand), and
 * outlines closed by straight edges. Each that reduces to a card-shaped
 * quad is scored.
 */
function regionsOf(img: RawImage): FoundCard[] {
  const { width: w, height: h } = img;
  const n = w * h;
  const l = luma(img);
  const g = gradient(l, w, h);
  const t = otsu(l);
  // A second split inside each class: the lightest paper on a light desk, the darkest card on a dark one.
  const tHi = otsu(l.filter((v) => v > t));
  const tLo = otsu(l.filter((v) => v <= t));
  // Down to a small card's size: such outlines are proposed only when asked for more (moreCards).
  const minArea = n * SMALL_AREA * 0.8;
  const threshold = (pick: (i: number) => boolean) => {
    const m = new Uint8Array(n);
    for (let i = 0; i < n; i++) m[i] = pick(i) ? 1 : 0;
    return m;
  };
  const clean = (m: Uint8Array) => erode(dilate(dilate(erode(m, w, h, 1), w, h, 1), w, h, 2), w, h, 2);
  const masks: [FinderStrategy, Uint8Array][] = [
    ['bright', clean(threshold((i) => l[i]! > t))],
    ['bright', clean(threshold((i) => l[i]! > tHi))],
    ['dark', clean(threshold((i) => l[i]! <= t))],
    ['dark', clean(threshold((i) => l[i]! <= tLo))],
    // Flat at two strengths of edge: a light card on a light desk has only a faint outline.
    ['flat', erode(threshold((i) => g[i]! < EDGE), w, h, 1)],
    ['flat', erode(threshold((i) => g[i]! < EDGE / 2), w, h, 1)],
    // The edge band round the card is not desk either: one pixel off brings the outline back onto the edge.
    ['object', erode(erode(dilate(notBackground(g, w, h, EDGE / 2), w, h, 2), w, h, 2), w, h, 1)],
  ];
  const neutral = colourless(img);
  if (neutral) masks.push(['neutral', clean(neutral)]);
  const e = edgesOf(img);
  const out: FoundCard[] = byLines(img, g, e);
  for (const [strategy, m] of masks)
    for (const blob of components(m, w, h, minArea, 6)) {
      const quad = quadOf(blob, w, h, SMALL_AREA);
      if (!quad) continue;
      const scores = { ...regionScores(img, g, quad, blob), sides: outlinedSides(e, quad) };
      // A card under MIN_AREA has no certainty (its size score is 0), only its other scores.
      const certainty = product(scores);
      if (certainty > 0 || scores.area === 0) out.push({ quad, certainty, scores, strategy });
    }
  return out;
}

const LINES_DISCOUNT = 0.95;

/**
 * Outlines closed by four straight edges (line-quads.ts): a card of two colours, a dark card
 * on a dark cloth or a light one on light paper, which no one region covers. Scored like a
 * region, with the share of the sides on an edge in place of the blob's outline and fill.
 */
function byLines(img: RawImage, g: Uint16Array, e: EdgeMap): FoundCard[] {
  const quads = lineQuads(e, edgeLines(e), (q) => plausibleCard(q, img.width, img.height));
  return quads.map(({ quad, support }) => {
    const { quadArea: _, ...shape } = quadScores(img, quad);
    const scores: CardScores = {
      ...shape,
      edges: ramp(support, 0.5, 0.8, 1, 2),
      // In place of a region's fill: the card differs from what lies beyond it all round. A
      // plank's seam continuing a card's side has desk on both sides of it.
      fill: ramp(differsAllRound(img, quad), 0.1, 0.35, Infinity, Infinity),
      contrast: ramp(acrossContrast(img, quad), 20, 60, Infinity, Infinity),
      text: ramp(strokeDensity(g, img.width, img.height, quad), 0.005, 0.03, 0.45, 0.8),
    };
    // Four lines can close a quad over anything straight (a plank's seam, a sheet of paper):
    // a region found as sure keeps the first place.
    return { quad, certainty: product(scores) * LINES_DISCOUNT, scores, strategy: 'lines' as const };
  });
}

/**
 * A region's outline whose every side runs along an edge of the image. A region can take in
 * what touches the card and is as light (the fingers holding it), or stop short of the card's
 * edge where its paper changes shade (a cream gradient over its lower part): the quad's side
 * then crosses the finger or the card's print, on no edge, while another region's or the
 * straight edges' outline of the same card runs round it. Only a mild discount: a faint
 * outline (a light card on a light desk) may be the best there is, and it keeps its place
 * when nothing better outlines the card.
 */
function outlinedSides(e: EdgeMap, q: Point[]): number {
  const weakest = Math.min(...[0, 1, 2, 3].map((k) => sideSupport(e, q[k]!, q[(k + 1) % 4]!)));
  return 0.8 + 0.2 * ramp(weakest, 0.1, 0.5, Infinity, Infinity);
}

/**
 * Everything not reached from the frame's border without crossing an edge: the desk is what
 * touches the border and is smooth, so a card of two colours (a coloured panel beside a
 * white one) stays one object where the light and dark splits cut it in two.
 */
function notBackground(g: Uint16Array, w: number, h: number, edge: number): Uint8Array {
  // The gradient is 0 on the outermost ring (Sobel needs neighbours): the desk is sought one pixel in.
  const bw = w - 2;
  const desk = reachedFromEdge(bw, h - 2, (x, y) => g[(y + 1) * w + x + 1]! < edge);
  const fg = new Uint8Array(w * h);
  for (let y = 1; y < h - 1; y++) for (let x = 1; x < w - 1; x++) fg[y * w + x] = desk[(y - 1) * bw + x - 1] ? 0 : 1;
  return fg;
}

/** Aspect, opposite sides alike, and size: the scores of the quad alone. */
function quadScores(img: RawImage, q: Point[]) {
  const { top, bottom, left, right } = sides(q);
  const ratio = Math.max(top + bottom, left + right) / Math.max(1, Math.min(top + bottom, left + right));
  const aspect = ramp(ratio, 1.15, 1.35, 2.0, 2.6);
  const sideRatio = Math.min(Math.min(top, bottom) / Math.max(top, bottom, 1), Math.min(left, right) / Math.max(left, right, 1));
  const shape = ramp(sideRatio, 0.45, 0.7, 1, 2);
  const area = polygonArea(q);
  return { aspect, shape, area: sizeScore(img, area), quadArea: area };
}

/**
 * Under ~6% of the frame (`full`) a blob may as well be a logo or a sticker: the crop is doubtful,
 * down to none at `floor` (MIN_AREA unasked; SMALL_AREA for a small card when asked for more,
 * with full marks from SMALL_FULL).
 */
function sizeScore(img: RawImage, area: number, floor = MIN_AREA, full = 0.06): number {
  return ramp(area / (img.width * img.height), floor, full, 1, 2);
}

/** The shape scores every strategy shares: aspect, opposite sides alike, outline on the sides, size. */
function shapeScores(img: RawImage, q: Point[], blob: Blob) {
  const { aspect, shape, area: areaScore, quadArea: area } = quadScores(img, q);
  let near = 0;
  for (const p of blob.outline) {
    let best = Infinity;
    for (let i = 0; i < 4; i++) {
      const a = q[i]!;
      const b = q[(i + 1) % 4]!;
      best = Math.min(best, Math.abs(cross(a, b, p)) / Math.max(1, distance(a, b)));
    }
    if (best <= Math.max(2, Math.sqrt(area) * 0.02)) near++;
  }
  const edges = ramp(near / Math.max(1, blob.outline.length), 0.4, 0.75, 1, 2);
  return { aspect, shape, edges, area: areaScore, quadArea: area };
}

/**
 * A region's scores: the shared shape scores; fill with its holes (text) filled in; the
 * contrast across its outline (inside against just outside, since there is no one desk
 * colour); and strokes inside it, which tell a card from blank paper or a patch of desk.
 */
function regionScores(img: RawImage, g: Uint16Array, q: Point[], blob: Blob): CardScores {
  const { quadArea, ...shape } = shapeScores(img, q, blob);
  const fill = ramp(blob.filled / Math.max(1, quadArea), 0.6, 0.9, 1.1, 1.4);
  const contrast = ramp(acrossContrast(img, q), 20, 60, Infinity, Infinity);
  const text = ramp(strokeDensity(g, img.width, img.height, q), 0.005, 0.03, 0.45, 0.8);
  return { ...shape, fill, contrast, text };
}

/**
 * The least share, over the four sides, of points where inside and just outside differ clearly
 * (thumbs and all). A white card against the whitest part of a light desk differs along that
 * side only faintly, but all along it the same way (the card lighter, say), with smooth desk
 * beyond; the desk on both sides of a plank's seam is lighter on one side here, on the other
 * there. One such faint side counts for half when the other three differ clearly.
 */
function differsAllRound(img: RawImage, q: Point[]): number {
  const samples = acrossSides(img, q, 0.05, 0.06).filter((s) => s.pin !== null && s.pout !== null);
  // Beyond the frame's edge: no evidence either way.
  const sides = [0, 1, 2, 3].map((k) => samples.filter((s) => s.side === k)).filter((on) => on.length >= 4);
  if (!sides.length) return 1;
  const clear = sides.map((on) => on.filter((s) => pixelDistance(img, s.pin!, s.pout!) >= DIFFERS).length / on.length);
  const least = Math.min(...clear);
  const weakest = clear.indexOf(least);
  const othersClear = clear.every((c, i) => i === weakest || c >= 0.8);
  if (othersClear) return Math.max(least, 0.5 * faintStep(img, sides[weakest]!));
  // A dark card on a dark cloth: its sides differ from the cloth by less than a person calls
  // another surface in daylight, but each all along the same way (the card lighter, say), with
  // smooth dark cloth beyond and half a clear step nearly everywhere. Half, as for one faint side.
  const nearClear = (on: Across[]) => on.filter((s) => pixelDistance(img, s.pin!, s.pout!) >= DIFFERS / 2).length / on.length;
  const dark = (on: Across[]) => on.every((s) => lumaAt(img, s.pout!) < DARK);
  const steps = sides.map((on, i) => (clear[i]! >= 0.8 ? 1 : dark(on) && nearClear(on) >= 0.8 ? faintStep(img, on) : 0));
  return Math.max(least, 0.5 * Math.min(...steps));
}

/** Cloth beyond a side darker than this (0..255) is dark: a card's step from it is small. */
const DARK = 90;

/**
 * The share of a side's points where inside is lighter (or darker) than outside, by a little at
 * least, the commoner way; none where what lies outside is not smooth, as the desk beyond a
 * card's side is: a quad's side run along a line of print has strokes beyond it.
 */
function faintStep(img: RawImage, on: Across[]): number {
  const out = on.map((s) => lumaAt(img, s.pout!));
  let jumps = 0;
  for (let i = 1; i < out.length; i++) if (Math.abs(out[i]! - out[i - 1]!) > ROUGH) jumps++;
  if (jumps > (out.length - 1) * 0.1) return 0;
  const d = on.map((s) => lumaAt(img, s.pin!) - lumaAt(img, s.pout!));
  const lighter = d.filter((x) => x >= FAINT).length;
  const darker = d.filter((x) => x <= -FAINT).length;
  return Math.max(lighter, darker) / on.length;
}

/** A step in brightness (0..255) too small to see as another surface, yet more than a desk's grain across a card's side. */
const FAINT = 4;
/** A change in brightness between neighbouring points beyond a side that only print (or an object) makes, not a desk's shading. */
const ROUGH = 20;

/** A colour distance (sum over RGB) a person sees as a different surface, not grain. */
const DIFFERS = 40;

/** Median colour distance between pixels just inside and just outside the quad's sides (outside the frame counts as none). */
function acrossContrast(img: RawImage, q: Point[]): number {
  return median(acrossSides(img, q, 0.04, 0.06).map((s) => (s.pin === null || s.pout === null ? 0 : pixelDistance(img, s.pin, s.pout))));
}

/** Share of pixels inside the quad (its inner 80%) on a stroke edge. */
function strokeDensity(g: Uint16Array, w: number, h: number, q: Point[]): number {
  const c = centre(q);
  const inner = q.map((p) => ({ x: c.x + (p.x - c.x) * 0.8, y: c.y + (p.y - c.y) * 0.8 }));
  const x0 = Math.max(0, Math.floor(Math.min(...inner.map((p) => p.x))));
  const x1 = Math.min(w - 1, Math.ceil(Math.max(...inner.map((p) => p.x))));
  const y0 = Math.max(0, Math.floor(Math.min(...inner.map((p) => p.y))));
  const y1 = Math.min(h - 1, Math.ceil(Math.max(...inner.map((p) => p.y))));
  let n = 0;
  let hits = 0;
  for (let y = y0; y <= y1; y++)
    for (let x = x0; x <= x1; x++) {
      if (!inside(inner, { x, y })) continue;
      n++;
      if (g[y * w + x]! >= EDGE) hits++;
    }
  return n ? hits / n : 0;
}

/** Below this share of the frame no outline is proposed unasked (a smaller card only when asked for more: SMALL_AREA). */
const MIN_AREA = 0.03;

/** 1 inside [lo, hi], falling linearly to 0 at [lo0, hi0]. */
function ramp(v: number, lo0: number, lo: number, hi: number, hi0: number): number {
  if (v < lo) return Math.max(0, (v - lo0) / (lo - lo0));
  if (v > hi) return Math.max(0, (hi0 - v) / (hi0 - hi));
  return 1;
}

/**
 * Why a quad looks like a card: a card-like aspect ratio (ISO 1.59, US 1.75, JP 1.65, with
 * room for perspective); opposite sides of similar length (a view from the side shortens
 * one a bit, a wrong quad a lot); the blob fills the quad (a light card on a light desk
 * leaves holes, a hand or a second object sticks out); the outline runs along the quad's
 * sides; the inside differs clearly from the desk; and it is not tiny in the frame.
 */
function cardScores(img: RawImage, q: Point[], blob: Blob, bg: number[], thr: number): CardScores {
  const { quadArea, ...shape } = shapeScores(img, q, blob);
  const fill = ramp(blob.area / Math.max(1, quadArea), 0.6, 0.9, 1.1, 1.4);
  const contrast = ramp(insideContrast(img, q, bg) / thr, 0.8, 2, Infinity, Infinity);
  return { aspect: shape.aspect, shape: shape.shape, fill, edges: shape.edges, contrast, area: shape.area };
}

/** Median colour distance from the desk of pixels just inside the quad's edges. */
function insideContrast(img: RawImage, q: Point[], bg: number[]): number {
  const c = centre(q);
  const ds: number[] = [];
  for (const e of alongSides(q, 0.02)) {
    // 8% of the way from the edge towards the centre: paper, clear of the blurred border.
    const x = Math.round(e.x + (c.x - e.x) * 0.08);
    const y = Math.round(e.y + (c.y - e.y) * 0.08);
    if (x < 0 || y < 0 || x >= img.width || y >= img.height) continue;
    ds.push(colourDistance(img, (y * img.width + x) * img.channels, bg));
  }
  return median(ds);
}

/** Sum of the absolute RGB differences between the pixel at byte offset p and a colour. */
function colourDistance(img: RawImage, p: number, colour: ArrayLike<number>): number {
  let d = 0;
  for (let c = 0; c < 3; c++) d += Math.abs(img.data[p + c]! - colour[c]!);
  return d;
}

function borderColour(img: RawImage): { colour: number[]; spread: number } | null {
  const { width: w, height: h, channels: ch } = img;
  const ring = Math.max(2, Math.round(Math.min(w, h) * 0.02));
  const samples: number[][] = [[], [], []];
  const take = (x: number, y: number) => {
    const p = (y * w + x) * ch;
    for (let c = 0; c < 3; c++) samples[c]!.push(img.data[p + c]!);
  };
  for (let y = 0; y < h; y += 2)
    for (let x = 0; x < w; x += 2) if (x < ring || y < ring || x >= w - ring || y >= h - ring) take(x, y);
  const colour = samples.map(median);
  const dev = samples[0]!.map((_, i) =>
    samples.reduce((s, ch2, c) => s + Math.abs(ch2[i]! - colour[c]!), 0),
  );
  const spread = median(dev);
  // A border that is not one surface (the card itself reaches the edge) says: no card to find.
  const far = dev.filter((d) => d > Math.max(60, spread * 5)).length / dev.length;
  if (far > 0.25) return null;
  return { colour, spread };
}

function plausibleCard(q: Point[], w: number, h: number, minArea = MIN_AREA): boolean {
  const { top, bottom, left, right } = sides(q);
  const long = Math.max(top + bottom, left + right) / 2;
  const short = Math.min(top + bottom, left + right) / 2;
  const ratio = long / Math.max(1, short);
  const area = polygonArea(q);
  if (ratio < 1.15 || ratio > 2.6) return false;
  if (area < w * h * minArea || area > w * h * 0.97) return false;
  return q.every((p) => p.x > -w * 0.05 && p.y > -h * 0.05 && p.x < w * 1.05 && p.y < h * 1.05);
}

