import type { Problem } from '../domain/problem';

type P = Record<string, string | number>;
type Template = { severity: Problem['severity']; ru: (p: P) => string; en: (p: P) => string };

/** Every problem the reader reports: stable code → Russian and English text saying what is wrong and what to do. */
export const PROBLEM_TEMPLATES = {
  'empty-sheet': { severity: 'warning', ru: () => 'Лист пуст. Заполните его или исключите из обработки.', en: () => 'The sheet is empty. Fill it in or exclude it.' },
  'header-not-found': { severity: 'error', ru: () => 'Не найдена строка заголовков. Добавьте над данными строку с названиями столбцов (например, «Школа», «Средний балл»).', en: () => 'No header row found. Add a row of column names above the data (e.g. "School", "Average").' },
  'kind-not-detected': { severity: 'warning', ru: (p) => `Не удалось определить, какие данные на листе (найдены столбцы: ${p.fields}). Укажите тип таблицы в сопоставлении столбцов.`, en: (p) => `Could not tell what the sheet holds (columns found: ${p.fields}). Set the table kind in the column mapping.` },
  'missing-required-column': { severity: 'error', ru: (p) => `Нет обязательного столбца «${p.field}» для таблицы «${p.kind}». Добавьте столбец или сопоставьте его вручную.`, en: (p) => `Required column "${p.fieldEn}" is missing for a ${p.kindEn} table. Add it or map it by hand.` },
  'duplicate-header': { severity: 'warning', ru: (p) => `Столбец «${p.path}» повторяет поле «${p.field}» уже найденное в столбце ${p.first}; используется первый. Переименуйте лишний столбец или исправьте сопоставление.`, en: (p) => `Column "${p.path}" repeats field "${p.field}" already found in column ${p.first}; the first is used. Rename the extra column or fix the mapping.` },
  'text-in-number': { severity: 'error', ru: (p) => `В ячейке должно быть число («${p.field}»), а записано «${p.text}». Исправьте значение.`, en: (p) => `The cell should hold a number ("${p.field}") but holds "${p.text}". Correct the value.` },
  'fractional-count': { severity: 'warning', ru: (p) => `Количество «${p.field}» дробное (${p.value}). Проверьте значение: здесь ожидается целое число.`, en: (p) => `Count "${p.field}" is fractional (${p.value}). Check it: a whole number is expected.` },
  'negative-count': { severity: 'error', ru: (p) => `Отрицательное значение (${p.value}) в поле «${p.field}». Исправьте значение. Значение не используется в расчётах.`, en: (p) => `Negative value (${p.value}) in "${p.field}". Correct the value. The value is left out of every computation.` },
  'share-over-100': { severity: 'error', ru: (p) => `Доля «${p.field}» больше 100% (${p.value}). Проверьте, в каких единицах записан столбец. Значение не используется в расчётах.`, en: (p) => `Share "${p.field}" is over 100% (${p.value}). Check the column's units. The value is left out of every computation.` },
  'count-too-large': { severity: 'error', ru: (p) => `Количество «${p.field}» (${p.value}) невозможно: больше ${p.max}. Значение не используется в расчётах; исправьте его.`, en: (p) => `Count "${p.field}" (${p.value}) is impossible: over ${p.max}. The value is left out of every computation; correct it.` },
  'share-scale-ambiguous': { severity: 'warning', ru: (p) => `По значениям столбца «${p.field}» нельзя понять, доли это (0,35) или проценты (35); принято: ${p.scale}. Запишите значения со знаком «%».`, en: (p) => `The values of "${p.field}" do not tell fractions (0.35) from percents (35); taken as ${p.scaleEn}. Write them with a "%" sign.` },
  'average-over-max': { severity: 'error', ru: (p) => `Средний балл ${p.value} по предмету «${p.subject}» больше максимума шкалы (${p.max}). Проверьте значение или максимум предмета в каталоге. Значение не используется в расчётах.`, en: (p) => `Average ${p.value} in "${p.subject}" exceeds the scale maximum (${p.max}). Check the value or the subject's maximum in the catalogue. The value is left out of every computation.` },
  'below-min-exceeds-participants': { severity: 'error', ru: (p) => `Не преодолели порог (${p.below}) больше, чем участников (${p.participants}) по предмету «${p.subject}». Исправьте одно из значений. Значение не используется в расчётах.`, en: (p) => `More below the minimum (${p.below}) than participants (${p.participants}) in "${p.subject}". Correct one of them. The value is left out of every computation.` },
  'average-without-participants': { severity: 'warning', ru: (p) => `Средний балл по предмету «${p.subject}» указан при 0 участников. Проверьте число участников.`, en: (p) => `An average is given for "${p.subject}" with 0 participants. Check the participants.` },
  'excel-error': { severity: 'error', ru: (p) => `В ячейке ошибка Excel ${p.code}. Исправьте формулу или введите значение; ячейка пропущена.`, en: (p) => `The cell holds Excel error ${p.code}. Fix the formula or type a value; the cell is skipped.` },
  'merged-data-cells': { severity: 'warning', ru: (p) => `Ячейки ${p.range} объединены по нескольким строкам данных; значение отнесено ${p.how}. Разъедините ячейки и заполните каждую строку.`, en: (p) => `Cells ${p.range} are merged across data rows; the value is ${p.howEn}. Unmerge them and fill every row.` },
  'duplicate-school': { severity: 'warning', ru: (p) => `Школа «${p.school}»${p.municipality ? ` (${p.municipality})` : ''} уже встречалась в строке ${p.first} этого листа${p.extra}. Удалите повтор или исправьте название; используется первая строка.`, en: (p) => `School "${p.school}"${p.municipality ? ` (${p.municipality})` : ''} already appears in row ${p.first} of this sheet${p.extraEn}. Remove the repeat or fix the name; the first row is used.` },
  'ambiguous-school': { severity: 'error', ru: (p) => `В таблице нет муниципалитета, а школа «${p.school}» есть в нескольких муниципалитетах (${p.among}); строки этой школы (${p.rows}) не использованы. Добавьте столбец «Муниципалитет» или укажите школу на листе «Сопоставление школ».`, en: (p) => `The table has no municipality and school "${p.school}" exists in several municipalities (${p.among}); its rows (${p.rows}) are not used. Add a "Municipality" column or merge the school on the «Сопоставление школ» sheet.` },
  'school-name-missing': { severity: 'warning', ru: () => 'В строке есть данные, но нет названия школы. Впишите название школы или удалите строку.', en: () => 'The row has data but no school name. Type the school name or delete the row.' },
  'year-not-found': { severity: 'error', ru: () => 'Не найден год: нет столбца «Год», года в заголовке листа или в имени листа. Добавьте год.', en: () => 'No year found: no "Year" column, no year in the sheet title or name. Add the year.' },
  'bad-year': { severity: 'error', ru: (p) => `Не удалось прочитать год из «${p.text}». Запишите год числом, например 2024.`, en: (p) => `Cannot read a year from "${p.text}". Write the year as a number, e.g. 2024.` },
  'date-as-year': { severity: 'warning', ru: (p) => `В столбце «Год» записана дата «${p.text}»; принят год ${p.year}. Если имелся в виду учебный год, запишите год числом.`, en: (p) => `The "Year" column holds a date "${p.text}"; taken as ${p.year}. If a school year was meant, write the year as a number.` },
  'family-not-found': { severity: 'error', ru: () => 'Не указан вид оценочной процедуры (ЕГЭ, ОГЭ или ВПР): его нет ни в заголовке листа, ни в имени листа, ни в столбце «Экзамен». Укажите его.', en: () => 'The assessment (ЕГЭ, ОГЭ or ВПР) is not named in the sheet title, the sheet name or an "Exam" column. Name it.' },
  'bad-family': { severity: 'error', ru: (p) => `«${p.text}» — не ЕГЭ, ОГЭ или ВПР. Исправьте значение.`, en: (p) => `"${p.text}" is not ЕГЭ, ОГЭ or ВПР. Correct the value.` },
  'unknown-subject': { severity: 'warning', ru: (p) => `Предмет «${p.text}» не найден в каталоге предметов; строки по нему пропущены. Добавьте предмет в каталог или исправьте название.`, en: (p) => `Subject "${p.text}" is not in the subject catalogue; its rows are skipped. Add it to the catalogue or fix the name.` },
  'unknown-scale': { severity: 'warning', ru: (p) => `Для предмета «${p.subject}» (${p.family}${p.grade}) неизвестен максимальный балл. Укажите его в каталоге предметов.`, en: (p) => `The maximum score of "${p.subject}" (${p.family}${p.grade}) is unknown. Set it in the subject catalogue.` },
  'bad-boolean': { severity: 'warning', ru: (p) => `Ожидается «да» или «нет» («${p.field}»), а записано «${p.text}». Исправьте значение.`, en: (p) => `Expected yes or no ("${p.field}") but found "${p.text}". Correct the value.` },
  'regional-average-out-of-scale': { severity: 'warning', ru: (p) => `Средний балл по региону ${p.value} по предмету «${p.subject}» лежит вне шкалы предмета (0–${p.max}). Проверьте строку «по региону»; в расчётах используется средневзвешенное по школам.`, en: (p) => `Regional average ${p.value} in "${p.subject}" lies outside the subject's scale (0–${p.max}). Check the region row; the participant-weighted school mean is used.` },
  'district-total-as-region': { severity: 'info', ru: (p) => `Строка «${p.text}» — единственная итоговая строка листа; её значения приняты как итог по территории. Если это не так, исправьте сопоставление.`, en: (p) => `Row "${p.text}" is the sheet's only total row; its values are taken as the area total. If that is wrong, fix the mapping.` },
  'mapping-mismatch': { severity: 'warning', ru: (p) => `Сохранённое сопоставление столбцов не подходит к листу: не найден столбец «${p.path}» (был ${p.column}). Столбцы определены заново — проверьте и подтвердите сопоставление.`, en: (p) => `The saved column mapping no longer fits the sheet: column "${p.path}" (was ${p.column}) is not found. Columns were detected again; check and confirm the mapping.` },
  'column-moved': { severity: 'info', ru: (p) => `Столбец «${p.path}» переместился из ${p.from} в ${p.to}; сопоставление обновлено.`, en: (p) => `Column "${p.path}" moved from ${p.from} to ${p.to}; mapping updated.` },
  'sheet-skipped': { severity: 'info', ru: (p) => `Лист пропущен: ${p.reason}`, en: (p) => `Sheet skipped: ${p.reasonEn}` },
  'unmapped-columns': { severity: 'info', ru: (p) => `Столбцы не сопоставлены ни с одним полем и не читаются: ${p.columns}. Если они нужны, сопоставьте их вручную.`, en: (p) => `Columns not mapped to any field are not read: ${p.columns}. Map them by hand if needed.` },
  'participants-over-graduates': { severity: 'warning', ru: (p) => `Участников по предмету «${p.subject}» (${p.participants}) больше, чем выпускников школы (${p.graduates}). Проверьте значения.`, en: (p) => `Participants in "${p.subject}" (${p.participants}) exceed the school's graduates (${p.graduates}). Check the values.` },
  'invalid-saved-mapping': { severity: 'warning', ru: () => 'Сохранённое сопоставление столбцов повреждено и не использовано; столбцы определены заново.', en: () => 'The saved column mapping is damaged and was not used; columns were detected again.' },
} satisfies Record<string, Template>;

export type ProblemCode = keyof typeof PROBLEM_TEMPLATES;

export interface Where {
  sheet: string;
  row?: number;
  column?: string;
}

export const makeProblem = (code: ProblemCode, where: Where, params: P = {}): Problem => {
  const t: Template = PROBLEM_TEMPLATES[code];
  const place = [where.row !== undefined ? `строка ${where.row}` : '', where.column ? `столбец ${where.column}` : ''].filter(Boolean).join(', ');
  const placeEn = [where.row !== undefined ? `row ${where.row}` : '', where.column ? `column ${where.column}` : ''].filter(Boolean).join(', ');
  return {
    sheet: where.sheet,
    ...(where.row !== undefined ? { row: where.row } : {}),
    ...(where.column ? { column: where.column } : {}),
    code,
    message: `Лист «${where.sheet}»${place ? `, ${place}` : ''}: ${t.ru(params)}`,
    messageEn: `Sheet "${where.sheet}"${placeEn ? `, ${placeEn}` : ''}: ${t.en(params)}`,
    severity: t.severity,
  };
};
