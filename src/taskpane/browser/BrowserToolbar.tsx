import { Button, Caption1 } from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent } from 'react';
import { OperationStatus } from '../components/OperationStatus';
import { useI18n } from '../i18n-context';
import type { BrowserWorkbook, OporaServices } from '../model';
import { errorText, useOperation } from '../use-operation';
import { readFileBytes } from './read-file';
import { createTranslator } from '../../i18n';

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

/** Browser mode: open an .xlsx file instead of the current one, download the workbook with Opora's sheets. */
export const BrowserToolbar = ({ workbook, onOpened }: Props) => {
  const { t, language } = useI18n();
  const op = useOperation();
  const input = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState(workbook.fileName);
  const [lostNotice, setLostNotice] = useState<string | null>(null);

  const open = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const services = await op.run({ ru: t('app.loading') }, async () => {
      try {
        return await workbook.open(file.name, await readFileBytes(file));
      } catch (error) {
        if (errorText(error).complete) throw error; // the host already says what is wrong and what to do
        const reason = error instanceof Error ? error.message : String(error);
        throw Object.assign(new Error(reason), { message: t('file.badFile', { name: file.name, reason }), messageEn: createTranslator('en')('file.badFile', { name: file.name, reason }) });
      }
    });
    if (services) {
      setFileName(file.name);
      setLostNotice(workbook.lostOnDownload?.(language) ?? null);
      onOpened(services);
    }
  };

  const download = async () => {
    const file = await op.run({ ru: t('file.download') }, () => workbook.download());
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
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        data-testid="file-input"
        onChange={(e) => void open(e)}
      />
      <Button onClick={() => input.current?.click()} disabled={op.state.running}>
        {t('file.open')}
      </Button>
      <Button onClick={() => void download()} disabled={op.state.running}>
        {t('file.download')}
      </Button>
      <OperationStatus state={op.state} onCancel={op.cancel} onDismiss={op.dismiss} />
    </div>
  );
};
