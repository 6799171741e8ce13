import { useCallback, useEffect, useRef, useState } from 'react';
import { OperationCancelled } from '../app/progress';
import { same, type Bilingual } from '../i18n/bilingual';
import { OporaError } from '../i18n/opora-error';
import type { RunContext } from './model';

/** complete: the text is a whole message naming what to do (hosts', use cases'); else a reason to wrap. */
export interface OperationError {
  text: Bilingual;
  complete: boolean;
}

export interface OperationState {
  running: boolean;
  fraction: number | null;
  message: Bilingual | null;
  error: OperationError | null;
  cancelled: boolean;
}

const idle: OperationState = { running: false, fraction: null, message: null, error: null, cancelled: false };

/** The app layer's OperationCancelled (app/progress.ts), and the DOM's AbortError. */
export const isAbort = (e: unknown): boolean =>
  e instanceof OperationCancelled || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'AbortError');

/**
 * Opora's errors carry a code and a text in both languages: a whole message saying what to do, or a
 * reason to put into the generic message. Anything else is a reason in the one language it has.
 */
export const errorText = (e: unknown): OperationError => {
  if (e instanceof OporaError) return { text: e.text, complete: !e.reason };
  const message = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : undefined;
  return { text: same(typeof message === 'string' && message ? message : String(e)), complete: false };
};

/**
 * One long operation at a time: progress, cancellation through AbortSignal, errors kept for display.
 * Returns the operation's result, or undefined when it failed or was cancelled.
 */
export const useOperation = () => {
  const [state, setState] = useState<OperationState>(idle);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(async <T,>(initial: Bilingual, work: (ctx: RunContext) => Promise<T>): Promise<T | undefined> => {
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
