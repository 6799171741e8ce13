import { runCommand } from '../../src/commands/command-runner';
import { commandAction, provideCommandActions, CommandNotReadyError } from '../../src/commands/command-actions';
import { latestNotice, publishNotice, subscribeNotices, type Notice } from '../../src/commands/notify';

const fakeEvent = () => ({ completed: jest.fn() });

describe('runCommand', () => {
  it('completes the event and reports the success message', async () => {
    const event = fakeEvent();
    const notices: Notice[] = [];
    await runCommand(event, async () => 'Выявлено школ ШНОР: 3', { notify: (n) => notices.push(n) });
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(notices).toEqual([{ kind: 'success', message: 'Выявлено школ ШНОР: 3' }]);
  });

  it('completes the event even when the action throws, with a Russian error naming the command', async () => {
    const event = fakeEvent();
    const notices: Notice[] = [];
    await runCommand(
      event,
      async () => {
        throw new Error('нет листа с результатами');
      },
      { title: { ru: 'Идентификация', en: 'Identification' }, notify: (n) => notices.push(n) },
    );
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(notices).toHaveLength(1);
    expect(notices[0].kind).toBe('error');
    expect(notices[0].message).toBe('Не удалось выполнить «Идентификация»: нет листа с результатами');
    expect(notices[0].messageEn).toContain('Identification');
  });

  it('completes the event when something that is not an Error is thrown', async () => {
    const event = fakeEvent();
    const notices: Notice[] = [];
    await runCommand(event, () => Promise.reject(undefined), { notify: (n) => notices.push(n) });
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(notices[0].message).toMatch(/неизвестная ошибка/);
  });

  it('completes the event when showing the task pane fails, and only after the action finished', async () => {
    const order: string[] = [];
    const event = { completed: jest.fn(() => order.push('completed')) };
    await runCommand(
      event,
      async () => {
        order.push('action');
        return 'готово';
      },
      {
        notify: () => order.push('notify'),
        showTaskpane: async () => {
          order.push('show');
          throw new Error('no task pane');
        },
      },
    );
    expect(order).toEqual(['action', 'notify', 'show', 'completed']);
  });

  it('publishes on the shared bus by default', async () => {
    const received: Notice[] = [];
    const unsubscribe = subscribeNotices((n) => received.push(n));
    await runCommand(fakeEvent(), async () => 'дорожная карта построена');
    unsubscribe();
    await runCommand(fakeEvent(), async () => 'после отписки');
    expect(received.map((n) => n.message)).toEqual(['дорожная карта построена']);
    expect(latestNotice()?.message).toBe('после отписки');
  });
});

describe('command actions', () => {
  it('explains in Russian when the use case is not provided yet, then runs the provided one', async () => {
    const event = fakeEvent();
    const notices: Notice[] = [];
    await runCommand(event, commandAction('buildRoadmap'), { notify: (n) => notices.push(n) });
    expect(notices[0].kind).toBe('error');
    expect(notices[0].message).toContain(new CommandNotReadyError().message);
    expect(event.completed).toHaveBeenCalledTimes(1);

    provideCommandActions({ buildRoadmap: async () => 'Дорожная карта: 12 мероприятий' });
    await expect(commandAction('buildRoadmap')()).resolves.toBe('Дорожная карта: 12 мероприятий');
    await expect(commandAction('runIdentification')()).rejects.toBeInstanceOf(CommandNotReadyError);
  });

  it('shares the bus between separately loaded copies of the module (separate bundles on one page)', () => {
    const received: Notice[] = [];
    subscribeNotices((n) => received.push(n));
    jest.isolateModules(() => {
      const other = require('../../src/commands/notify') as typeof import('../../src/commands/notify');
      expect(other.publishNotice).not.toBe(publishNotice);
      other.publishNotice({ kind: 'success', message: 'из другого бандла' });
    });
    expect(received.map((n) => n.message)).toEqual(['из другого бандла']);
  });
});
