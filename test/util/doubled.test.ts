import { doubled } from '../../src/util/doubled';

describe('doubled', () => {
  test.each([Int32Array.from([3, -1, 7]), Uint8Array.from([255, 0, 9]), Float64Array.from([0.5, NaN, -2])])('keeps the kind and the values, and zeroes the new half (%p)', (a) => {
    const b = doubled(a);
    expect(b.constructor).toBe(a.constructor);
    expect(b.length).toBe(6);
    expect(Array.from(b.subarray(0, 3))).toEqual(Array.from(a));
    expect(Array.from(b.subarray(3))).toEqual([0, 0, 0]);
    expect(b.buffer).not.toBe(a.buffer);
  });
});
