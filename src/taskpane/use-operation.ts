import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunContext, Text } from './model';

/** complete: the text is a whole message naming what to do (hosts', use cases'); else a reason to wrap. */
export interface OperationError {
  text: Text;
  complete: boolean;
}

export interface OperationState {
  running: boolean;
  fraction: number | null;
  message: Text | null;
  error: OperationError | null;
  cancelled: boolean;
}

const idle: OperationState = { running: false, fraction: null, message: null, error: null, cancelled: false };

/** The DOM's AbortError, and the app layer's OperationCancelled (app/progress.ts). */
export const isAbort = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && ['AbortError', 'OperationCancelled'].includes((e as { name?: string }).name ?? '');

/**
 * The project's errors carry a Russian message and messageEn (HostError, use cases): complete
 * sentences saying what to do. messageRu marks a reason to put into the generic message.
 */
export const errorText = (e: unknown): OperationError => {
  if (typeof e === 'object' && e !== null) {
    const err = e as { messageRu?: string; message?: string; messageEn?: string };
    if (err.messageRu) return { text: { ru: err.messageRu, en: err.messageEn }, complete: false };
    if (err.message && err.messageEn) return { text: { ru: err.message, en: err.messageEn }, complete: true };
    if (err.message) return { text: { ru: err.message }, complete: false };
  }
  return { text: { ru: String(e) }, complete: false };
};

/**
 * One long operation at a time: progress, cancellation through AbortSignal, errors kept for display.
 * Returns the operation's result, or undefined when it failed or was cancelled.
 */
export const useOperation = () => {
  const [state, setState] = useState<OperationState>(idle);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(async <T,>(initial: Text, work: (ctx: RunContext) => Promise<T>): Promise<T | undefined> => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    setState({ ...idle, running: true, message: initial });
    const ctx: RunContext = {
      signal: own.signal,
      onProgress: (fraction, message) => {
        if (controller.current === own) setState((s) => ({ ...s, fraction, message }));
      },
    };
    try {
      const result = await work(ctx);
      if (own.signal.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
      if (controller.current === own) setState(idle);
      return result;
    } catch (e) {
      if (controller.current === own) {
        setState(isAbort(e) || own.signal.aborted ? { ...idle, cancelled: true } : { ...idle, error: errorText(e) });
      }
      return undefined;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const dismiss = useCallback(() => setState(idle), []);

  return { state, run, cancel, dismiss };
};
