import { OperationCancelled } from '../../src/app/progress';
import { HostError } from '../../src/hosts/host-error';
import { OporaError } from '../../src/i18n/opora-error';
import { errorText, isAbort } from '../../src/taskpane/use-operation';

describe('what the pane shows for an error', () => {
  it('an Opora error is shown whole, in both languages, under its code', () => {
    const e = new HostError('not-a-workbook', { ru: 'Файл «x» не книга Excel.', en: 'File "x" is not an Excel workbook.' });
    expect(e).toBeInstanceOf(OporaError);
    expect(e.code).toBe('not-a-workbook');
    expect(e.message).toBe(e.text.ru);
    expect(errorText(e)).toEqual({ text: e.text, complete: true });
  });

  it('a reason is put into the generic message', () => {
    const e = new OporaError('no-data', { ru: 'данные не прочитаны', en: 'no data read' }, { reason: true });
    expect(errorText(e)).toEqual({ text: { ru: 'данные не прочитаны', en: 'no data read' }, complete: false });
  });

  it('any other error is a reason in the one language it has', () => {
    expect(errorText(new Error('boom'))).toEqual({ text: { ru: 'boom', en: 'boom' }, complete: false });
    expect(errorText('plain')).toEqual({ text: { ru: 'plain', en: 'plain' }, complete: false });
  });

  it('cancellation is told apart from failure', () => {
    expect(isAbort(new OperationCancelled())).toBe(true);
    expect(isAbort(Object.assign(new Error('x'), { name: 'AbortError' }))).toBe(true);
    expect(isAbort(new OporaError('cancelled-lookalike', { ru: 'x', en: 'x' }))).toBe(false);
  });
});
