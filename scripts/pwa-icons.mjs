#!/usr/bin/env node
// Draws the app icons in public/icons/ (PNG, RGBA) with nothing but Node: a card with three lines on
// the app's accent blue. Run `node scripts/pwa-icons.mjs` after changing the design; the PNGs are
// committed, so the build does not run this.
//   tiltakskort-192.png, tiltakskort-512.png   "any": rounded square, transparent corners
//   tiltakskort-maskable-512.png               "maskable": full bleed, the card inside the 80 % safe zone
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const ACCENT = [0x0a, 0x4b, 0x83]; // --accent in src/ui/styles.css
const WHITE = [0xff, 0xff, 0xff];
const YELLOW = [0xff, 0xd2, 0x3f]; // the focus ring colour

/** Signed distance to a rounded rectangle centred at (cx, cy), half sizes hw, hh, corner radius r. */
function roundedRect(x, y, cx, cy, hw, hh, r) {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** The colour at (x, y) in a unit square [0,1]², or undefined for transparent. `scale` shrinks the art around the centre. */
function colourAt(x, y, { fullBleed, scale }) {
  const bg = fullBleed || roundedRect(x, y, 0.5, 0.5, 0.5, 0.5, 0.18) <= 0;
  if (!bg) return undefined;
  // Art coordinates: around the centre, shrunk for the maskable safe zone.
  const ax = 0.5 + (x - 0.5) / scale;
  const ay = 0.5 + (y - 0.5) / scale;
  if (roundedRect(ax, ay, 0.5, 0.5, 0.29, 0.34, 0.06) <= 0) {
    // A bar in accent blue for each line on the card, with a yellow dot before the first.
    if (Math.hypot(ax - 0.33, ay - 0.34) <= 0.045) return YELLOW;
    if (roundedRect(ax, ay, 0.56, 0.34, 0.13, 0.03, 0.03) <= 0) return ACCENT;
    if (roundedRect(ax, ay, 0.5, 0.5, 0.19, 0.03, 0.03) <= 0) return ACCENT;
    if (roundedRect(ax, ay, 0.46, 0.66, 0.15, 0.03, 0.03) <= 0) return ACCENT;
    return WHITE;
  }
  return ACCENT;
}

/** RGBA pixels, 4×4 supersampled for smooth edges. */
function draw(size, opts) {
  const px = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let pxi = 0; pxi < size; pxi++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((pxi + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, opts);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const i = (py * size + pxi) * 4;
      if (a > 0) {
        px[i] = Math.round(r / a);
        px[i + 1] = Math.round(g / a);
        px[i + 2] = Math.round(b / a);
      }
      px[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  // compression, filter and interlace stay 0
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../public/icons/', import.meta.url);
mkdirSync(out, { recursive: true });
const icons = [
  ['tiltakskort-192.png', 192, { fullBleed: false, scale: 1 }],
  ['tiltakskort-512.png', 512, { fullBleed: false, scale: 1 }],
  // Maskable: launchers crop to a circle of 80 % diameter; keep the card well inside it.
  ['tiltakskort-maskable-512.png', 512, { fullBleed: true, scale: 0.72 }],
];
for (const [name, size, opts] of icons) {
  writeFileSync(new URL(name, out), png(size, draw(size, opts)));
  console.log(`public/icons/${name}`);
}
