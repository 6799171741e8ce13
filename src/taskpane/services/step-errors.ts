import { OporaError } from '../../i18n/opora-error';

/** Reasons a step cannot run yet; the pane puts them into its «could not …» message. */
export const noData = (): OporaError =>
  new OporaError(
    'no-data',
    { ru: 'данные ещё не прочитаны — откройте шаг «Данные» и нажмите «Прочитать выбранные листы»', en: 'no data has been read yet - open the “Data” step and read the sheets' },
    { reason: true },
  );

export const notIdentified = (): OporaError =>
  new OporaError(
    'not-identified',
    { ru: 'идентификация ещё не выполнена — выполните её на шаге «Идентификация»', en: 'identification has not run - run it on the “Identification” step' },
    { reason: true },
  );
