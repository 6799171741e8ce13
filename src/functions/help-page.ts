/** help.html (the manifest's support and function help URL): the catalogue as a page, Russian first. */
import { FUNCTIONS, NAMESPACE, type FunctionDecl } from './catalogue';
import { exampleFormula } from './examples';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const section = (fn: FunctionDecl): string => {
  const params = fn.parameters
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.nameRu)}</code> / <code>${escapeHtml(p.name)}</code>${p.optional ? ' <em>(необязательный / optional)</em>' : ''}</td>` +
        `<td>${escapeHtml(p.description.ru)}<br><span lang="en">${escapeHtml(p.description.en)}</span></td></tr>`,
    )
    .join('\n');
  return `<section id="${fn.id}">
<h2><code>${NAMESPACE}.${escapeHtml(fn.name.ru)}</code> — <code>${NAMESPACE}.${fn.id}</code></h2>
<p>${escapeHtml(fn.description.ru)}</p>
<p lang="en">${escapeHtml(fn.description.en)}</p>
<table><thead><tr><th>Параметр / parameter</th><th>Описание / description</th></tr></thead><tbody>
${params}
</tbody></table>
<p>Результат / result: ${escapeHtml(fn.result.description.ru)} / <span lang="en">${escapeHtml(fn.result.description.en)}</span></p>
<p>Пример (русский Excel, аргументы через «;»): <code>${escapeHtml(exampleFormula(fn, 'ru'))}</code></p>
<p lang="en">Example (English Excel, arguments separated by «,»): <code>${escapeHtml(exampleFormula(fn, 'en'))}</code></p>
</section>`;
};

export const helpPageHtml = (functions: readonly FunctionDecl[] = FUNCTIONS): string => `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Опора — справка по функциям</title>
<style>body{font-family:"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}</style>
</head>
<body>
<h1>Опора — пользовательские функции Excel</h1>
<p>Функции не изменяют книгу и не пересчитываются без изменения данных. Диапазоны передаются вместе со строкой заголовков на русском или английском языке. Неверные аргументы дают ошибку #ЗНАЧ! с пояснением.</p>
<p lang="en">Opora custom functions never write to the workbook and are not volatile. Pass ranges together with their header row (Russian or English headers). Bad arguments give #VALUE! with an explanation.</p>
<p>Диапазоны указывайте ограниченными (<code>Результаты!A1:H400</code>) или таблицей Excel целиком (<code>Таблица1[#Все]</code>): целый столбец (<code>A:H</code>) в Excel в браузере даёт #CALC!, а диапазон больше 5 МБ Excel функции не передаёт — Опора отвечает на такие аргументы #ЗНАЧ! с советом. Для всех школ вызывайте функцию один раз без аргумента «школа» (результат растекается на строки), а не по формуле на строку: каждая такая формула заново передаёт всю таблицу. Ячейки с ошибками (#Н/Д) внутри таблиц не мешают расчёту — Опора называет их в пояснении.</p>
<p lang="en">Give bounded ranges (<code>Results!A1:H400</code>) or a whole Excel table (<code>Table1[#All]</code>): a whole column (<code>A:H</code>) gives #CALC! in Excel on the web, and Excel does not pass a range over 5 MB to a function — Opora answers such arguments with #VALUE! and advice. For every school, call a function once without its «school» argument (the result spills) rather than once per row: each such formula sends the whole table again. Error cells (#N/A) inside the tables do not stop the calculation.</p>
<p>Необязательные аргументы <code>параметры</code> и <code>корректировки</code> — диапазоны листов «Параметры» и «Корректировки» (со строкой заголовков): без них действуют пороги методики и корректировок нет. Изменение значения на этих листах пересчитывает формулы. Значение параметра, которое нельзя прочитать, даёт #ЗНАЧ! с адресом ячейки — функция не подставляет значение по умолчанию.</p>
<p lang="en">The optional <code>settings</code> and <code>adjustments</code> arguments are ranges of the «Параметры» (Settings) and «Корректировки» (Adjustments) sheets with their header row: without them the method's thresholds apply and there are no adjustments. Editing these sheets recalculates the formulas. A setting value that cannot be read gives #VALUE! with the cell's address: the function does not fall back to the default.</p>
${functions.map(section).join('\n')}
</body>
</html>
`;
