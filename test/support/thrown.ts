/** What `call` throws, for tests of error codes and messages; fails the test when it does not throw. */
export const thrown = (call: () => unknown): { code: string; message: string } => {
  try {
    call();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected the call to throw');
};
