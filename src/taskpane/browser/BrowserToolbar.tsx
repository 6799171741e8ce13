import { Button, Caption1 } from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent } from 'react';
import { OperationStatus } from '../components/OperationStatus';
import { useI18n } from '../i18n-context';
import type { BrowserWorkbook, OporaServices } from '../model';
import { errorText, useOperation } from '../use-operation';
import { readFileBytes } from './read-file';
import { message } from '../../i18n';
import { OporaError } from '../../i18n/opora-error';

interface Props {
  workbook: BrowserWorkbook;
  onOpened: (services: OporaServices) => void;
}

const saveBlob = (name: string, data: Uint8Array) => {
  const blob = new Blob([data as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** Browser mode: open .xlsx/.csv files (several as one dataset) instead of the current ones, download the workbook with Opora's sheets. */
export const BrowserToolbar = ({ workbook, onOpened }: Props) => {
  const { t, language } = useI18n();
  const op = useOperation();
  const input = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState(workbook.fileName);
  const [lostNotice, setLostNotice] = useState<string | null>(null);

  const open = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    if (files.length === 0) return;
    const names = files.map((f) => f.name).join(' + ');
    const services = await op.run(message('app.loading'), async () => {
      try {
        return await workbook.open(await Promise.all(files.map(async (f) => ({ name: f.name, data: await readFileBytes(f) }))));
      } catch (error) {
        if (errorText(error).complete) throw error; // the host already says what is wrong and what to do
        const reason = error instanceof Error ? error.message : String(error);
        throw new OporaError('bad-file', message('file.badFile', { name: names, reason }));
      }
    });
    if (services) {
      setFileName(names);
      setLostNotice(workbook.lostOnDownload?.(language) ?? null);
      onOpened(services);
    }
  };

  const download = async () => {
    const file = await op.run(message('file.download'), () => workbook.download());
    if (file) saveBlob(file.name, file.data);
  };

  return (
    <div className="opora-toolbar" role="toolbar" aria-label={t('app.browserMode')}>
      <Caption1 block>{t('file.current', { name: fileName })}</Caption1>
      {lostNotice && (
        <Caption1 block role="note">
          {lostNotice}
        </Caption1>
      )}
      <input
        ref={input}
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        multiple
        title={t('file.openHint')}
        hidden
        data-testid="file-input"
        onChange={(e) => void open(e)}
      />
      <Button onClick={() => input.current?.click()} disabled={op.state.running} title={t('file.openHint')}>
        {t('file.open')}
      </Button>
      <Button onClick={() => void download()} disabled={op.state.running}>
        {t('file.download')}
      </Button>
      <OperationStatus state={op.state} onCancel={op.cancel} onDismiss={op.dismiss} />
    </div>
  );
};
