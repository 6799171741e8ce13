import { Deflate, deflateSync, strToU8, unzipSync } from 'fflate';
import { concatBytes } from '../../src/util/concat-bytes';
import { buildXlsx, c, row, type CorpusBook } from './xlsx-corpus';

/**
 * Workbooks made to hurt the reader (issue 10, item 3), generated: a stray cell or a merge at Excel's
 * last cell, zip bombs with lying and honest sizes, a sheet filled to Excel's last row.
 */

interface RawEntry {
  name: string;
  /** The entry's data as stored in the archive (deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the archive claims. */
  declaredSize: number;
}


/** A zip archive written byte by byte, so its directory can claim any size. */
export const rawZip = (entries: RawEntry[]): Uint8Array => {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x800, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, Math.min(e.declaredSize, 0xfffffffe), true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x800, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, Math.min(e.declaredSize, 0xfffffffe), true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    chunks.push(local, e.data);
    central.push(cd);
    offset += local.length + e.data.length;
  }
  const cdSize = central.reduce((n, x) => n + x.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  return concatBytes([...chunks, ...central, end]);
};

/** Deflate blocks of `text`, byte-aligned and not final, from a fresh compressor (so they can be repeated). */
const alignedBlocks = (text: Uint8Array): Uint8Array => {
  const parts: Uint8Array[] = [];
  const d = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
  d.push(text);
  d.flush(true);
  return concatBytes(parts);
};

/** A stored (uncompressed), not final deflate block holding `bytes` (under 64 KB). */
const storedBlock = (bytes: Uint8Array): Uint8Array => {
  const out = new Uint8Array(5 + bytes.length);
  out[0] = 0; // BFINAL 0, BTYPE 00, padded to the byte
  new DataView(out.buffer).setUint16(1, bytes.length, true);
  new DataView(out.buffer).setUint16(3, ~bytes.length & 0xffff, true);
  out.set(bytes, 5);
  return out;
};

/** A deflate stream of a worksheet that unpacks to `mebibytes` MB of whitespace inside <sheetData>. */
export const bombSheetStream = (mebibytes: number): Uint8Array => {
  const head = storedBlock(strToU8('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'));
  const spaces = alignedBlocks(new Uint8Array(1024 * 1024).fill(32));
  const final = deflateSync(new Uint8Array(0));
  return concatBytes([head, ...new Array<Uint8Array>(mebibytes).fill(spaces), final]);
};

const BASE: CorpusBook = {
  sharedStrings: ['Образовательная организация', 'Средний балл'],
  sheets: [{ name: 'Данные', rows: [row(1, [c('A1', 0, { t: 's' }), c('B1', 1, { t: 's' })]), row(2, [c('A2', 'МБОУ СОШ № 1', { t: 'str' }), c('B2', 61.5)])].join('') }],
};

/** The parts of a small valid workbook, with the first sheet's XML replaced by a bomb. */
export const zipBomb = (mebibytes: number, honestSize: boolean): Uint8Array => {
  const parts = unzipSync(buildXlsx(BASE));
  const entries: RawEntry[] = Object.entries(parts).map(([name, data]) =>
    name === 'xl/worksheets/sheet1.xml'
      ? { name, data: bombSheetStream(mebibytes), method: 8, declaredSize: honestSize ? mebibytes * 1024 * 1024 : data.length }
      : { name, data: deflateSync(data), method: 8, declaredSize: data.length },
  );
  return rawZip(entries);
};

/** Results for `schools` schools with one more value in Excel's last cell (XFD1048576) or a merge up to it. */
export const strayCellBook = (schools: number, kind: 'cell' | 'merge' | 'none'): Uint8Array => {
  const header = row(1, [c('A1', 0, { t: 's' }), c('B1', 1, { t: 's' }), c('C1', 2, { t: 's' }), c('D1', 3, { t: 's' })]);
  const rows = Array.from({ length: schools }, (_, i) => row(i + 2, [c(`A${i + 2}`, `Район ${(i % 5) + 1}`, { t: 'str' }), c(`B${i + 2}`, `МБОУ СОШ № ${i + 1}`, { t: 'str' }), c(`C${i + 2}`, 10 + (i % 20)), c(`D${i + 2}`, 40 + (i % 37))]));
  const stray = kind === 'cell' ? row(1048576, [c('XFD1048576', 'x', { t: 'str' })]) : '';
  return buildXlsx({
    sharedStrings: ['Муниципальное образование', 'Образовательная организация', 'Математика (профиль) › приняло участие', 'Математика (профиль) › средний балл'],
    sheets: [{ name: 'ЕГЭ 2024', rows: header + rows.join('') + stray, ...(kind === 'merge' ? { merges: [`E${schools + 3}:XFD1048576`] } : {}) }],
  });
};

/** A sheet with one number in every row up to Excel's last row, 1,048,576 (about 50 MB of XML). */
export const fullHeightBook = (): Uint8Array => {
  const parts = unzipSync(buildXlsx(BASE));
  const chunks: Uint8Array[] = [];
  const d = new Deflate({ level: 6 }, (chunk) => chunks.push(chunk));
  d.push(strToU8('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'));
  let size = 0;
  for (let start = 1; start <= 1048576; start += 16384) {
    let text = '';
    for (let r = start; r < start + 16384; r++) text += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    const bytes = strToU8(text);
    size += bytes.length;
    d.push(bytes);
  }
  const tail = strToU8('</sheetData></worksheet>');
  d.push(tail, true);
  const sheet = concatBytes(chunks);
  return rawZip(
    Object.entries(parts).map(([name, data]) =>
      name === 'xl/worksheets/sheet1.xml' ? { name, data: sheet, method: 8, declaredSize: size + tail.length + 120 } : { name, data: deflateSync(data), method: 8, declaredSize: data.length },
    ),
  );
};
