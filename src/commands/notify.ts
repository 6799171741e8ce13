/**
 * Notices from ribbon commands to the task pane: a small event bus shared by every bundle of the
 * page. The task pane subscribes and shows them; a notice published before it subscribed is kept
 * as the latest one so a pane opened by the command can still show it.
 */
import { sharedSlot } from './shared-slot';

export interface Notice {
  kind: 'success' | 'error';
  message: string; // Russian
  messageEn?: string;
}

export type NoticeListener = (notice: Notice) => void;

interface Bus {
  listeners: Set<NoticeListener>;
  latest: Notice | null;
}

const bus = sharedSlot<Bus>('notices', () => ({ listeners: new Set(), latest: null }));

export const publishNotice = (notice: Notice): void => {
  const state = bus.get();
  state.latest = notice;
  for (const listener of [...state.listeners]) listener(notice);
};

/** Returns the function that unsubscribes. */
export const subscribeNotices = (listener: NoticeListener): (() => void) => {
  const { listeners } = bus.get();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export const latestNotice = (): Notice | null => bus.get().latest;
