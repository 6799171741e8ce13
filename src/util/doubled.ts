type GrowableArray = Int32Array | Uint8Array | Float64Array;

/** A typed array of the same kind, twice as long, starting with `a`'s values (the rest zero): growth by doubling. */
export const doubled = <A extends GrowableArray>(a: A): A => {
  const b = new (a.constructor as new (length: number) => A)(a.length * 2);
  b.set(a);
  return b;
};
