import { Inflate } from 'fflate';

/** One file of the archive, as its central directory describes it. */
interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

/** Why an archive cannot be read; the caller turns it into the user's message. */
export class ZipError extends Error {}

/** Thrown by a consumer to stop unpacking (a limit was reached). */
export class UnpackStopped extends Error {}

/**
 * A faster inflater for a whole entry at once (Node's zlib): its output, or null when that would pass
 * `maxBytes` or the data are damaged. The streaming inflater then reads the entry as before, so a limit
 * or a damaged archive is reported exactly as without it.
 */
export type WholeInflater = (data: Uint8Array, maxBytes: number) => Uint8Array | null;

/**
 * An inflater that runs outside JavaScript and gives its output piece by piece (the browser's
 * DecompressionStream, native-inflate.ts). It takes the compressed data in slices of at most `SLICE`
 * bytes, so one step unpacks about 16 MB at most and a consumer stopping from onChunk stops a zip bomb.
 */
export type StreamInflater = (data: Uint8Array, onChunk: (chunk: Uint8Array) => void) => Promise<void>;

/** The stream inflater failed (damaged data): the caller reads again with fflate, which names the damage as it always has. */
export class StreamInflaterFailed extends Error {}

/** Zip record signatures (APPNOTE 4.3). */
export const ZIP_SIGNATURE = { eocd: 0x06054b50, central: 0x02014b50, local: 0x04034b50 } as const;
const { eocd: EOCD, central: CENTRAL, local: LOCAL } = ZIP_SIGNATURE;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
/** Compressed bytes handed to the inflater at a time: bounds what one step can unpack (about 1:1000). */
export const SLICE = 16 * 1024;

/** Where the end of central directory record starts (it may be followed by a comment of up to 64 KB); -1 if none. */
export const endOfCentralDirectory = (bytes: Uint8Array, view: DataView): number => {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) if (view.getUint32(at, true) === EOCD) return at;
  return -1;
};

const u64 = (view: DataView, at: number): number => view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;

/**
 * A zip archive read from its central directory, entries unpacked on request in slices, so a caller can
 * count the bytes as they come and stop long before a zip bomb has grown.
 */
export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly view: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflateWhole?: WholeInflater,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.readDirectory();
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  /** The size the directory declares (the real size is counted while unpacking). */
  declaredSize(name: string): number {
    return this.find(name)?.declaredSize ?? 0;
  }

  /**
   * Unpacks one entry, giving its bytes slice by slice; false when the archive has no such entry.
   * `maxBytes`: what the caller will accept at most (it stops the unpacking itself, from onChunk).
   */
  unpack(name: string, onChunk: (chunk: Uint8Array) => void, maxBytes = Number.MAX_SAFE_INTEGER): boolean {
    const entry = this.find(name);
    if (!entry) return false;
    if (entry.encrypted) throw new ZipError('encrypted');
    const data = this.dataOf(entry);
    // At most the declared size: a directory that lies about it leaves the entry to the streaming inflater.
    const wholeMax = Math.min(maxBytes, entry.declaredSize);
    const whole = entry.method === 0 ? data : entry.method === 8 && this.inflateWhole && wholeMax > 0 ? this.inflateWhole(data, wholeMax) : null;
    if (whole) {
      for (let at = 0; at < whole.length; at += SLICE * 64) onChunk(whole.subarray(at, Math.min(whole.length, at + SLICE * 64)));
      return true;
    }
    if (entry.method !== 8) throw new ZipError(`unsupported compression ${entry.method}`);
    const inflater = new Inflate((chunk) => onChunk(chunk));
    try {
      for (let at = 0; at < data.length; at += SLICE) {
        const end = Math.min(data.length, at + SLICE);
        inflater.push(data.subarray(at, end), end === data.length);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (e) {
      if (e instanceof UnpackStopped) throw e;
      throw new ZipError(e instanceof Error ? e.message : String(e));
    }
    return true;
  }

  /**
   * unpack() with a stream inflater (method 8); the caller's errors (UnpackStopped) pass through,
   * the inflater's own become StreamInflaterFailed.
   */
  async unpackStreaming(name: string, onChunk: (chunk: Uint8Array) => void, inflate: StreamInflater): Promise<boolean> {
    const entry = this.find(name);
    if (!entry || entry.encrypted || entry.method !== 8) return this.unpack(name, onChunk);
    try {
      await inflate(this.dataOf(entry), onChunk);
    } catch (e) {
      if (e instanceof UnpackStopped || e instanceof ZipError) throw e;
      throw new StreamInflaterFailed(e instanceof Error ? e.message : String(e));
    }
    return true;
  }

  /** The whole entry as text (small parts: workbook, relationships, styles). */
  text(name: string, onChunk?: (bytes: number) => void, maxBytes?: number): string | null {
    const decoder = new TextDecoder('utf-8');
    const parts: string[] = [];
    const found = this.unpack(
      name,
      (chunk) => {
        onChunk?.(chunk.length);
        parts.push(decoder.decode(chunk, { stream: true }));
      },
      maxBytes,
    );
    if (!found) return null;
    parts.push(decoder.decode());
    return parts.join('');
  }

  private find(name: string): ZipEntry | undefined {
    const clean = name.replace(/^\//, '');
    return this.entries.get(clean) ?? this.entries.get(clean.toLowerCase());
  }

  private dataOf(entry: ZipEntry): Uint8Array {
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || this.view.getUint32(at, true) !== LOCAL) throw new ZipError('bad local header');
    const start = at + 30 + this.view.getUint16(at + 26, true) + this.view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new ZipError('entry beyond the end of the file');
    return this.bytes.subarray(start, end);
  }

  private readDirectory(): void {
    const { view, bytes } = this;
    const eocd = endOfCentralDirectory(bytes, view);
    if (eocd < 0) throw new ZipError('no central directory');
    let count = view.getUint16(eocd + 10, true);
    let offset = view.getUint32(eocd + 16, true);
    const locator = eocd - 20;
    if ((count === 0xffff || offset === 0xffffffff) && locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
      const record = u64(view, locator + 8);
      if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD) throw new ZipError('bad zip64 directory');
      count = u64(view, record + 32);
      offset = u64(view, record + 48);
    }
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipError('bad central directory');
      const flags = view.getUint16(at + 8, true);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      let compressedSize = view.getUint32(at + 20, true);
      let declaredSize = view.getUint32(at + 24, true);
      let localOffset = view.getUint32(at + 42, true);
      const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
      const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);
      // Zip64: the real values follow in the extra field, in this order, for the fields saturated above.
      for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength; ) {
        const id = view.getUint16(e, true);
        const size = view.getUint16(e + 2, true);
        if (id === 1) {
          let p = e + 4;
          if (declaredSize === 0xffffffff) (declaredSize = u64(view, p)), (p += 8);
          if (compressedSize === 0xffffffff) (compressedSize = u64(view, p)), (p += 8);
          if (localOffset === 0xffffffff) localOffset = u64(view, p);
        }
        e += 4 + size;
      }
      const entry: ZipEntry = { name, method: view.getUint16(at + 10, true), encrypted: (flags & 1) === 1, compressedSize, declaredSize, localOffset };
      this.entries.set(name, entry);
      if (!this.entries.has(name.toLowerCase())) this.entries.set(name.toLowerCase(), entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
  }
}
