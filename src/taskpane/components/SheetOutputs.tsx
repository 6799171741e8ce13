import { Button, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import type { WriteReport } from '../../app/session';
import type { Translate } from '../../i18n';
import type { WrittenSheet } from '../model';
import type { SheetSpec } from '../../grid/sheet-spec';
import { useI18n } from '../i18n-context';
import { useOperation } from '../use-operation';
import { OperationStatus } from './OperationStatus';
import { SheetPreview } from './SheetPreview';

type Report = WriteReport & { message?: string; messageEn?: string };

interface Props {
  sheets: SheetSpec[];
  /** Sheets the use case has already written: no write button, their message instead. */
  written?: WrittenSheet[];
  write: (spec: SheetSpec) => Promise<Report>;
}

/** Each generated sheet: its preview and a button that writes it to the workbook on request. */
const toWritten = (spec: SheetSpec, r: Report, t: Translate): WrittenSheet => ({
  sheet: spec.name,
  rows: r.rows,
  message: r.message ? { ru: r.message, en: r.messageEn } : { ru: t('sheet.written', { sheet: r.sheet, rows: r.rows }) },
});

export const SheetOutputs = ({ sheets, written: preWritten = [], write }: Props) => {
  const { t, text } = useI18n();
  const op = useOperation();
  const [written, setWritten] = useState<WrittenSheet[]>([]);

  const writeOne = async (spec: SheetSpec) => {
    const report = await op.run({ ru: t('sheet.write', { sheet: spec.name }) }, () => write(spec));
    if (report) setWritten((w) => [...w.filter((x) => x.sheet !== spec.name), toWritten(spec, report, t)]);
  };

  return (
    <div className="opora-outputs">
      {sheets.map((spec) => {
        const report = [...written, ...preWritten].find((w) => w.sheet === spec.name);
        const already = preWritten.some((w) => w.sheet === spec.name);
        return (
          <section key={spec.name} aria-label={t('sheet.preview', { sheet: spec.name })}>
            <Subtitle2 as="h3">{spec.name}</Subtitle2>
            <SheetPreview spec={spec} />
            {!already && (
              <Button appearance="primary" disabled={op.state.running} onClick={() => void writeOne(spec)}>
                {t('sheet.write', { sheet: spec.name })}
              </Button>
            )}
            {report && (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>{text(report.message)}</MessageBarBody>
              </MessageBar>
            )}
          </section>
        );
      })}
      <OperationStatus state={op.state} onCancel={op.cancel} onDismiss={op.dismiss} />
    </div>
  );
};
