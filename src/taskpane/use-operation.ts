import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunContext, Text } from './model';

export interface OperationState {
  running: boolean;
  fraction: number | null;
  message: Text | null;
  error: Text | null;
  cancelled: boolean;
}

const idle: OperationState = { running: false, fraction: null, message: null, error: null, cancelled: false };

export const isAbort = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as { name?: string }).name === 'AbortError';

export const errorText = (e: unknown): Text => {
  if (typeof e === 'object' && e !== null) {
    const withRu = e as { messageRu?: string; message?: string; messageEn?: string };
    if (withRu.messageRu) return { ru: withRu.messageRu, en: withRu.messageEn ?? withRu.message };
    if (withRu.message) return { ru: withRu.message };
  }
  return { ru: String(e) };
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
