import { Button, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import type { WriteReport } from '../../hosts/port';
import type { SheetSpec } from '../../tables/sheet-spec';
import { useI18n } from '../i18n-context';
import { useOperation } from '../use-operation';
import { OperationStatus } from './OperationStatus';
import { SheetPreview } from './SheetPreview';

interface Props {
  sheets: SheetSpec[];
  write: (spec: SheetSpec) => Promise<WriteReport>;
  onWritten?: (report: WriteReport) => void;
}

/** Each generated sheet: its preview and a button that writes it to the workbook on request. */
export const SheetOutputs = ({ sheets, write, onWritten }: Props) => {
  const { t } = useI18n();
  const op = useOperation();
  const [written, setWritten] = useState<WriteReport[]>([]);

  const writeOne = async (spec: SheetSpec) => {
    const report = await op.run({ ru: t('sheet.write', { sheet: spec.name }) }, () => write(spec));
    if (report) {
      setWritten((w) => [...w.filter((x) => x.sheet !== report.sheet), report]);
      onWritten?.(report);
    }
  };

  return (
    <div className="opora-outputs">
      {sheets.map((spec) => {
        const report = written.find((w) => w.sheet === spec.name);
        return (
          <section key={spec.name} aria-label={t('sheet.preview', { sheet: spec.name })}>
            <Subtitle2 as="h3">{spec.name}</Subtitle2>
            <SheetPreview spec={spec} />
            <Button appearance="primary" disabled={op.state.running} onClick={() => void writeOne(spec)}>
              {t('sheet.write', { sheet: spec.name })}
            </Button>
            {report && (
              <MessageBar intent="success">
                <MessageBarBody>{t('sheet.written', { sheet: report.sheet, rows: report.rows })}</MessageBarBody>
              </MessageBar>
            )}
          </section>
        );
      })}
      <OperationStatus state={op.state} onCancel={op.cancel} onDismiss={op.dismiss} />
    </div>
  );
};
