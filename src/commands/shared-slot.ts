/**
 * A value kept on globalThis under a registered symbol. In the shared runtime the task pane,
 * ribbon commands and custom functions are separate bundles on one page: a module-level variable
 * would exist once per bundle, a global slot exists once per page.
 */
export interface SharedSlot<T> {
  get(): T;
  set(value: T): void;
}

export const sharedSlot = <T>(key: string, initial: () => T): SharedSlot<T> => {
  const symbol = Symbol.for(`opora.${key}`);
  const store = globalThis as unknown as Record<symbol, T>;
  return {
    get: () => {
      if (!(symbol in store)) store[symbol] = initial();
      return store[symbol];
    },
    set: (value) => {
      store[symbol] = value;
    },
  };
};
