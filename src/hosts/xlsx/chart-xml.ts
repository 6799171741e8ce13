import { columnLetter } from '../../grid/column-letter';
import type { ChartSpec } from '../../grid/sheet-spec';
import type { ChartData } from '../chart-data';

/**
 * DrawingML for a native chart (ECMA-376 part 1, §21.2): ExcelJS writes no charts, so the chart part
 * and the drawing that places it are written here and added to the saved package
 * (inject-charts.ts). The series refer to the sheet's cells, so Excel and LibreOffice redraw the
 * chart when the values change; the caches carry the values as written for readers that do not
 * recalculate.
 */

export type { ChartData } from '../chart-data';

const PALETTE = ['2E75B6', 'C55A11', '70AD47', 'FFC000', '7030A0'];
const EMU_PER_PIXEL = 9525;

const escape = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const quoted = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;
const cellRef = (sheet: string, column: number, first: number, last = first): string =>
  `${quoted(sheet)}!$${columnLetter(column)}$${first}${last === first ? '' : `:$${columnLetter(column)}$${last}`}`;

const strCache = (values: string[]): string =>
  `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escape(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
const numCache = (values: (number | null)[]): string =>
  `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join('')}</c:numCache>`;

const richText = (text: string, size: number, bold: boolean): string =>
  `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="ru-RU" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escape(text)}</a:t></a:r></a:p></c:rich>`;

export const chartXml = (data: ChartData): string => {
  const { spec, sheet } = data;
  const first = spec.headerRow + 1;
  const last = spec.lastRow;
  const series = data.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${cellRef(sheet, spec.categoryColumn + 1 + i, spec.headerRow)}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${PALETTE[i % PALETTE.length]}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:dLbls><c:numFmt formatCode="0" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
        `<c:cat><c:strRef><c:f>${cellRef(sheet, spec.categoryColumn, first, last)}</c:f>${strCache(data.categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${cellRef(sheet, spec.categoryColumn + 1 + i, first, last)}</c:f>${numCache(s.values)}</c:numRef></c:val>` +
        `</c:ser>`,
    )
    .join('');
  const bar = spec.type === 'bar';
  const scaling = spec.percentAxis ? '<c:orientation val="minMax"/><c:max val="100"/><c:min val="0"/>' : '<c:orientation val="minMax"/><c:min val="0"/>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx>${richText(spec.title, 1200, true)}</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${bar ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    '<c:gapWidth val="60"/><c:axId val="500001"/><c:axId val="500002"/></c:barChart>' +
    // Bars read top to bottom in the sheet's order: the category axis runs max → min for a bar chart.
    `<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="${bar ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${bar ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="ru-RU"/></a:p></c:txPr><c:crossAx val="500002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500002"/><c:scaling>${scaling}</c:scaling><c:delete val="0"/><c:axPos val="${bar ? 'b' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500001"/><c:crosses val="${bar ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea>' +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    '</c:chart></c:chartSpace>'
  );
};

/** The drawing part placing charts 1..n of a sheet (relationship ids rId1..rIdn) at their anchors. */
export const drawingXml = (charts: readonly ChartSpec[]): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
  charts
    .map(
      (c, i) =>
        `<xdr:oneCellAnchor><xdr:from><xdr:col>${c.anchor.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.anchor.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:ext cx="${c.width * EMU_PER_PIXEL}" cy="${c.height * EMU_PER_PIXEL}"/>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escape(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
        '</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>',
    )
    .join('') +
  '</xdr:wsDr>';

