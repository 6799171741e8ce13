import { zipSync } from 'fflate';
import { endOfCentralDirectory, ZIP_SIGNATURE } from '../fast/zip';

/**
 * Zip entries kept as they are stored (compressed bytes, CRC, sizes), so a part copied from the user's
 * package into the saved one is the same bytes, never inflated and deflated again.
 */
export interface RawEntry {
  name: string;
  nameBytes: Uint8Array;
  /** General purpose flags: only the UTF-8 name bit (11) and the deflate option bits (1, 2) are kept. */
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  /** The stored (compressed) bytes. */
  data: Uint8Array;
}

/** The package cannot be copied entry by entry (the caller saves through ExcelJS instead). */
export class RawZipUnsupported extends Error {}

const { eocd: EOCD, central: CENTRAL, local: LOCAL } = ZIP_SIGNATURE;
const MAX_U32 = 0xffffffff;
const KEPT_FLAGS = 0x0806;

/** Every entry of the archive, in its central directory's order. */
export const readRawEntries = (bytes: Uint8Array): RawEntry[] => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = endOfCentralDirectory(bytes, view);
  if (eocd < 0) throw new RawZipUnsupported('no central directory');
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === MAX_U32) throw new RawZipUnsupported('zip64');
  const entries: RawEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new RawZipUnsupported('bad central directory');
    const flags = view.getUint16(at + 8, true);
    if (flags & 1) throw new RawZipUnsupported('encrypted entry');
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const localOffset = view.getUint32(at + 42, true);
    if (compressedSize === MAX_U32 || size === MAX_U32 || localOffset === MAX_U32) throw new RawZipUnsupported('zip64');
    const nameLength = view.getUint16(at + 28, true);
    const nameBytes = bytes.slice(at + 46, at + 46 + nameLength);
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL) throw new RawZipUnsupported('bad local header');
    const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (start + compressedSize > bytes.length) throw new RawZipUnsupported('entry beyond the end of the file');
    entries.push({
      name,
      nameBytes,
      flags: flags & KEPT_FLAGS,
      method: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      size,
      data: bytes.subarray(start, start + compressedSize),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
};

/** A faster whole-buffer deflater where the platform has one (Node's zlib): the raw deflate stream and the CRC-32 of the input. */
export type WholeDeflater = (data: Uint8Array) => { deflated: Uint8Array; crc: number };

const dosTime = (d: Date): { time: number; date: number } => ({
  time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
  date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
});

/** New parts as raw entries: deflated by `deflate` when given, else by fflate. */
export const deflateEntries = (files: Record<string, Uint8Array>, deflate?: WholeDeflater): RawEntry[] => {
  if (!deflate) return Object.keys(files).length === 0 ? [] : readRawEntries(zipSync(files, { level: 6 }));
  const { time, date } = dosTime(new Date());
  return Object.entries(files).map(([name, content]) => {
    const { deflated, crc } = deflate(content);
    return { name, nameBytes: new TextEncoder().encode(name), flags: 0x800, method: 8, time, date, crc, size: content.length, data: deflated };
  });
};

/** One archive of the entries, in the order given. */
export const writeRawZip = (entries: readonly RawEntry[]): Uint8Array => {
  let total = 22;
  for (const e of entries) total += 30 + 46 + 2 * e.nameBytes.length + e.data.length;
  if (total > MAX_U32 || entries.length >= 0xffff) throw new RawZipUnsupported('zip64');
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  const header = (signature: number, e: RawEntry, p: number): number => {
    view.setUint32(p, signature, true);
    let q = p + 4;
    if (signature === CENTRAL) (view.setUint16(q, 20, true), (q += 2));
    view.setUint16(q, 20, true);
    view.setUint16(q + 2, e.flags, true);
    view.setUint16(q + 4, e.method, true);
    view.setUint16(q + 6, e.time, true);
    view.setUint16(q + 8, e.date, true);
    view.setUint32(q + 10, e.crc, true);
    view.setUint32(q + 14, e.data.length, true);
    view.setUint32(q + 18, e.size, true);
    view.setUint16(q + 22, e.nameBytes.length, true);
    return q + 24; // the extra field length (0) comes next
  };
  for (const e of entries) {
    offsets.push(at);
    const p = header(LOCAL, e, at);
    view.setUint16(p, 0, true);
    out.set(e.nameBytes, p + 2);
    out.set(e.data, p + 2 + e.nameBytes.length);
    at = p + 2 + e.nameBytes.length + e.data.length;
  }
  const directory = at;
  entries.forEach((e, i) => {
    const p = header(CENTRAL, e, at);
    // extra, comment, disk, internal and external attributes: none; then the local header's offset.
    view.setUint32(p + 12, offsets[i], true);
    out.set(e.nameBytes, p + 16);
    at = p + 16 + e.nameBytes.length;
  });
  view.setUint32(at, EOCD, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out.subarray(0, at + 22);
};
