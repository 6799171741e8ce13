import { crc32, deflateRawSync } from 'zlib';
import type { WholeDeflater } from './splice/raw-zip';

/** Node's native deflater for the parts a save writes: several times faster than fflate on a country's sheets. Node only. */
export const nodeDeflate: WholeDeflater = (data) => {
  const out = deflateRawSync(data, { level: 6 });
  return { deflated: new Uint8Array(out.buffer, out.byteOffset, out.length), crc: crc32(data) >>> 0 };
};
