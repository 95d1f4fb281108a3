import { crc32, deflateSync } from 'node:zlib';

/** Real image files made from scratch, a few hundred bytes each: no fixtures, no encoder library. */

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** An RGB PNG with a diagonal gradient (so no two generated files are alike). */
export function png(width: number, height: number, seed = 0): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter, no interlace
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3); // filter byte 0
    for (let x = 0; x < width; x++)
      row.set([(x * 7 + seed) & 255, (y * 5) & 255, (x + y + seed) & 255], 1 + x * 3);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const segment = (marker: number, payload: Buffer) => {
  const head = Buffer.alloc(4);
  head.writeUInt8(0xff, 0);
  head.writeUInt8(marker, 1);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
};

/**
 * A baseline grayscale JPEG of mid-gray (every 8×8 block's DC difference and AC are zero),
 * with one-symbol Huffman tables: each block codes as two bits, `0` (DC 0) and `0` (EOB).
 */
export function jpeg(width: number, height: number, comment = 'orgs test'): Buffer {
  const sof = Buffer.alloc(9);
  sof.writeUInt8(8, 0); // precision
  sof.writeUInt16BE(height, 1);
  sof.writeUInt16BE(width, 3);
  sof.set([1, 1, 0x11, 0], 5); // one component: id 1, 1×1 sampling, quantization table 0
  const oneSymbolTable = (tableClassAndId: number) =>
    Buffer.from([tableClassAndId, 1, ...new Array(15).fill(0), 0x00]);
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const scanBits = blocks * 2;
  const scan = Buffer.alloc(Math.ceil(scanBits / 8));
  // the padding bits after the last block are 1s
  if (scanBits % 8) scan[scan.length - 1] = (1 << (8 - (scanBits % 8))) - 1;
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xfe, Buffer.from(comment, 'latin1')),
    segment(0xdb, Buffer.from([0, ...new Array(64).fill(1)])),
    segment(0xc0, sof),
    segment(0xc4, oneSymbolTable(0x00)),
    segment(0xc4, oneSymbolTable(0x10)),
    segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0])),
    scan,
    Buffer.from([0xff, 0xd9]),
  ]);
}

/**
 * A lossless (VP8L) WebP of one color: every prefix code has a single symbol, so the
 * pixels take no bits at all.
 */
export function webp(
  width: number,
  height: number,
  color: [number, number, number, number] = [200, 30, 60, 255],
): Buffer {
  const bits: number[] = [];
  const put = (value: number, count: number) => {
    for (let i = 0; i < count; i++) bits.push((value >> i) & 1);
  };
  put(width - 1, 14);
  put(height - 1, 14);
  put(1, 1); // alpha used
  put(0, 3); // version
  put(0, 1); // no transform
  put(0, 1); // no color cache
  put(0, 1); // no meta prefix codes
  const [red, green, blue, alpha] = color;
  for (const symbol of [green, red, blue, alpha, 0]) {
    put(1, 1); // simple code
    put(0, 1); // one symbol
    put(1, 1); // 8-bit symbol
    put(symbol, 8);
  }
  const data = Buffer.alloc(1 + Math.ceil(bits.length / 8));
  data[0] = 0x2f;
  bits.forEach((bit, index) => {
    data[1 + (index >> 3)] = (data[1 + (index >> 3)] as number) | (bit << (index & 7));
  });
  const padded = data.length % 2 ? Buffer.concat([data, Buffer.from([0])]) : data;
  const chunkHead = Buffer.alloc(8);
  chunkHead.write('VP8L', 0, 'latin1');
  chunkHead.writeUInt32LE(data.length, 4);
  const riff = Buffer.alloc(12);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(4 + 8 + padded.length, 4);
  riff.write('WEBP', 8, 'latin1');
  return Buffer.concat([riff, chunkHead, padded]);
}

export const svg = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><script>alert(document.domain)</script><rect width="64" height="64"/></svg>',
);

export const html = Buffer.from(
  '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>',
);
