import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * A book with what ExcelJS cannot carry over, built from minimal valid parts: on its first sheet a
 * drawing holding an image and a chart, a pivot table with its cache, and a VBA project (an .xlsm).
 */

const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rels = (items: [string, string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}">
<xdr:oneCellAnchor><xdr:from><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/>
<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Герб"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>
<xdr:oneCellAnchor><xdr:from><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="4762500" cy="2857500"/>
<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="Численность"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId2"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>
</xdr:wsDr>`;

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>
<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'Школы'!$G$5:$G$9</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart>
<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const PIVOT_CACHE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="F4:G9" sheet="Школы"/></cacheSource><cacheFields count="2"><cacheField name="Тип ОО" numFmtId="0"><sharedItems/></cacheField><cacheField name="Численность обучающихся" numFmtId="0"><sharedItems containsNumber="1" minValue="0" maxValue="100000"/></cacheField></cacheFields></pivotCacheDefinition>`;
const PIVOT_RECORDS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${MAIN}" count="0"/>`;
const PIVOT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotTableDefinition xmlns="${MAIN}" name="Сводная1" cacheId="7" dataCaption="Значения" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" outline="1" outlineData="1"><location ref="O30:P31" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField showAll="0"/><pivotField dataField="1" showAll="0"/></pivotFields><dataFields count="1"><dataField name="Сумма" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`;

/** The book's bytes as an .xlsm with those parts; `sample` is an .xlsx whose first sheet is «Школы». */
export const featureBook = (sample: Uint8Array): Uint8Array => {
  const files: Record<string, Uint8Array> = unzipSync(sample);
  const text = (name: string) => strFromU8(files[name]);
  const put = (name: string, body: string | Uint8Array) => {
    files[name] = typeof body === 'string' ? strToU8(body) : body;
  };
  put('xl/worksheets/sheet1.xml', text('xl/worksheets/sheet1.xml').replace('</worksheet>', '<drawing r:id="rIdF1"/></worksheet>'));
  put(
    'xl/worksheets/_rels/sheet1.xml.rels',
    rels([
      ['rIdF1', `${R}/drawing`, '../drawings/drawing1.xml'],
      ['rIdF2', `${R}/pivotTable`, '../pivotTables/pivotTable1.xml'],
    ]),
  );
  put('xl/drawings/drawing1.xml', DRAWING);
  put('xl/drawings/_rels/drawing1.xml.rels', rels([['rId1', `${R}/image`, '../media/image1.png'], ['rId2', `${R}/chart`, '../charts/chart1.xml']]));
  put('xl/media/image1.png', Uint8Array.from(Buffer.from(PNG_1X1, 'base64')));
  put('xl/charts/chart1.xml', CHART);
  put('xl/pivotTables/pivotTable1.xml', PIVOT_TABLE);
  put('xl/pivotTables/_rels/pivotTable1.xml.rels', rels([['rId1', `${R}/pivotCacheDefinition`, '../pivotCache/pivotCacheDefinition1.xml']]));
  put('xl/pivotCache/pivotCacheDefinition1.xml', PIVOT_CACHE);
  put('xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', rels([['rId1', `${R}/pivotCacheRecords`, 'pivotCacheRecords1.xml']]));
  put('xl/pivotCache/pivotCacheRecords1.xml', PIVOT_RECORDS);
  put('xl/vbaProject.bin', Uint8Array.from({ length: 1536 }, (_, i) => (i * 37) & 0xff));
  put('xl/workbook.xml', text('xl/workbook.xml').replace('</workbook>', '<pivotCaches><pivotCache cacheId="7" r:id="rIdF3"/></pivotCaches></workbook>'));
  put(
    'xl/_rels/workbook.xml.rels',
    text('xl/_rels/workbook.xml.rels').replace(
      '</Relationships>',
      `<Relationship Id="rIdF3" Type="${R}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/><Relationship Id="rIdF4" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`,
    ),
  );
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  put(
    '[Content_Types].xml',
    text('[Content_Types].xml')
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace(
        '</Types>',
        '<Default Extension="png" ContentType="image/png"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' +
          override('xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml') +
          override('xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml') +
          override('xl/pivotTables/pivotTable1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml') +
          override('xl/pivotCache/pivotCacheDefinition1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml') +
          override('xl/pivotCache/pivotCacheRecords1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml') +
          '</Types>',
      ),
  );
  return zipSync(files, { level: 6 });
};
