/** commands.ts registers the manifest's ExecuteFunction names; a click always completes the event. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { descendants, localName, parseXml } from '../../scripts/manifest/xml';
import { provideCommandActions } from '../../src/commands/command-actions';
import { latestNotice } from '../../src/commands/notify';

type Handler = (event: { completed: () => void }) => Promise<void>;

describe('ribbon command registration', () => {
  const associated = new Map<string, Handler>();
  const showAsTaskpane = jest.fn(async () => undefined);

  beforeAll(() => {
    (globalThis as { Office?: unknown }).Office = {
      actions: { associate: (name: string, handler: Handler) => associated.set(name, handler) },
      addin: { showAsTaskpane },
    };
    jest.isolateModules(() => {
      require('../../src/commands/commands');
    });
  });

  afterAll(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('associates exactly the FunctionNames of manifest.xml', () => {
    const manifest = parseXml(readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8'));
    const names = descendants(manifest).filter((e) => localName(e) === 'FunctionName').map((e) => e.text);
    expect([...associated.keys()].sort()).toEqual(names.sort());
  });

  it('a click runs the provided action, shows the task pane, publishes the notice and completes the event', async () => {
    provideCommandActions({ buildRoadmap: async () => 'Дорожная карта построена (тест).' });
    const event = { completed: jest.fn() };
    await associated.get('buildRoadmap')!(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(showAsTaskpane).toHaveBeenCalled();
    expect(latestNotice()).toEqual({ kind: 'success', message: 'Дорожная карта построена (тест).' });
  });

  it('a failing action still completes the event and reports the failure in Russian', async () => {
    provideCommandActions({ runIdentification: async () => Promise.reject(new Error('лист «Школы» пуст')) });
    const event = { completed: jest.fn() };
    await associated.get('runIdentification')!(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(latestNotice()?.message).toBe('Не удалось выполнить «Идентификация»: лист «Школы» пуст');
  });

  it('the associations exist as soon as the module has run: nothing to wait for before the first click can be taken', () => {
    let registered = 0;
    (globalThis as { Office?: unknown }).Office = { actions: { associate: () => registered++ }, addin: { showAsTaskpane } };
    jest.isolateModules(() => require('../../src/commands/commands'));
    expect(registered).toBe(2); // synchronously, during the require
  });

  it('a click lost or failed does not stick: the next click runs the command and each event is completed once', async () => {
    provideCommandActions({ runIdentification: async () => Promise.reject(new Error('книга занята')) });
    const first = { completed: jest.fn() };
    await associated.get('runIdentification')!(first);
    provideCommandActions({ runIdentification: async () => 'Идентификация выполнена (тест).' });
    const second = { completed: jest.fn() };
    await associated.get('runIdentification')!(second);
    expect([first.completed.mock.calls.length, second.completed.mock.calls.length]).toEqual([1, 1]);
    expect(latestNotice()).toEqual({ kind: 'success', message: 'Идентификация выполнена (тест).' });
  });
});
