import { SLICE, type StreamInflater } from './zip';

/**
 * The platform's own inflater (DecompressionStream 'deflate-raw': Chromium, Edge's WebView2, Safari
 * 16.4+, Firefox 113+), about three times faster than fflate on a country's sheets; null where it is
 * missing. The compressed data go in slice by slice as the output is read, so a consumer that throws
 * from onChunk (a limit passed) stops the unpacking within one slice.
 */
export const nativeStreamInflater = (): StreamInflater | null => {
  if (typeof DecompressionStream === 'undefined' || typeof ReadableStream === 'undefined') return null;
  try {
    new DecompressionStream('deflate-raw');
  } catch {
    return null;
  }
  return async (data, onChunk) => {
    let at = 0;
    const compressed = new ReadableStream<Uint8Array>(
      {
        pull: (controller) => {
          if (at >= data.length) return controller.close();
          controller.enqueue(data.subarray(at, Math.min(data.length, at + SLICE)));
          at += SLICE;
        },
      },
      { highWaterMark: 0 },
    );
    const reader = compressed.pipeThrough(new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        onChunk(value);
      }
    } catch (e) {
      await reader.cancel().catch(() => undefined);
      throw e;
    }
  };
};
