import type { Language } from '../i18n';

/** «--year N» names a year the workbook has no measured values for. */
export const noDataForYear = (year: number, dataYears: readonly number[]): string =>
  dataYears.length > 0
    ? `В книге нет результатов за ${year} год: данные есть за ${dataYears.join(', ')}. Укажите в «--year» один из этих годов.`
    : `В книге нет результатов ни за один год (в том числе за ${year}): проверьте листы с результатами — команда «opora inspect» покажет, что распознано.`;

/** Lines after a workbook copy is written: where the previous version went and what the copy lacks. */
export const savedCopyLines = (path: string, backup: string | null, lostNotice: string | null, language: Language): string[] => [
  ...(backup ? [language === 'en' ? `The previous version of ${path} is kept as ${backup}.` : `Прежняя версия «${path}» сохранена как «${backup}».`] : []),
  ...(lostNotice ? [lostNotice] : []),
];
