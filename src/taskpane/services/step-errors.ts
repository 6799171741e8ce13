/** A step asked for before the step it needs: said in the pane's words, with where to go. */
const stepError = (message: string, messageRu: string, messageEn: string): Error => Object.assign(new Error(message), { messageRu, messageEn });

export const noData = (): Error =>
  stepError(
    'No data read',
    'данные ещё не прочитаны — откройте шаг «Данные» и нажмите «Прочитать выбранные листы»',
    'no data has been read yet - open the “Data” step and read the sheets',
  );

export const notIdentified = (): Error =>
  stepError(
    'Identification has not run',
    'идентификация ещё не выполнена — выполните её на шаге «Идентификация»',
    'identification has not run - run it on the “Identification” step',
  );
