import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { chartXml, drawingXml, type ChartData } from './chart-xml';
import { relsPathOf } from './fast/workbook-parts';
import { addRelationship as addRelationshipTo, EMPTY_RELS } from './splice/opc';

/**
 * Adds native charts to an .xlsx package ExcelJS has written: for each sheet with charts, a drawing
 * part, its chart parts, the relationships that tie them to the sheet, and their content types.
 * Opora's own sheets carry no images, so a sheet never has a drawing of its own to merge with.
 */

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DRAWING_REL = `${REL_NS}/drawing`;
const CHART_REL = `${REL_NS}/chart`;

const decodeXml = (t: string): string =>
  t.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Worksheet part path of each sheet name, from workbook.xml and its relationships. */
const sheetParts = (files: Record<string, Uint8Array>): Map<string, string> => {
  const workbook = strFromU8(files['xl/workbook.xml']);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, '').replace(/^\//, ''));
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*\/>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) out.set(decodeXml(name), `xl/${target}`);
  }
  return out;
};

const addRelationship = (xml: string, type: string, target: string): { xml: string; id: string } =>
  addRelationshipTo(xml, type, target, new Set([...xml.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1])));

/** CT_Worksheet order: <drawing> comes before these elements (ECMA-376 §18.3.1.99). */
const AFTER_DRAWING = ['<legacyDrawing', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

const withDrawing = (sheetXml: string, relId: string): string => {
  const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
  const root = /<worksheet\b[^>]*>/.exec(sheetXml)![0];
  const xml = root.includes('xmlns:r=') ? sheetXml : sheetXml.replace(root, root.replace('<worksheet', `<worksheet xmlns:r="${REL_NS}"`));
  const shift = xml.length - sheetXml.length;
  return `${xml.slice(0, at + shift)}<drawing r:id="${relId}"/>${xml.slice(at + shift)}`;
};

export const injectCharts = (xlsx: Uint8Array, charts: readonly ChartData[]): Uint8Array => {
  if (charts.length === 0) return xlsx;
  const files = unzipSync(xlsx);
  addCharts(files, charts);
  return zipSync(files, { level: 6 });
};

/** The same, on an unpacked package (changed in place). */
export const addCharts = (files: Record<string, Uint8Array>, charts: readonly ChartData[]): void => {
  if (charts.length === 0) return;
  const parts = sheetParts(files);
  let types = strFromU8(files['[Content_Types].xml']);
  const overrides: string[] = [];
  const bySheet = new Map<string, ChartData[]>();
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  let drawingNo = 0;
  let chartNo = 0;
  const nextFree = (prefix: string, n: number): number => {
    while (files[`${prefix}${n}.xml`]) n++;
    return n;
  };
  for (const [sheet, list] of bySheet) {
    const part = parts.get(sheet);
    if (!part || !files[part]) continue;
    drawingNo = nextFree('xl/drawings/drawing', drawingNo + 1);
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    let drawingRels = EMPTY_RELS;
    list.forEach((c) => {
      chartNo = nextFree('xl/charts/chart', chartNo + 1);
      files[`xl/charts/chart${chartNo}.xml`] = strToU8(chartXml(c));
      overrides.push(`<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
      drawingRels = addRelationship(drawingRels, CHART_REL, `../charts/chart${chartNo}.xml`).xml;
    });
    files[drawingPath] = strToU8(drawingXml(list.map((c) => c.spec)));
    files[relsPathOf(drawingPath)] = strToU8(drawingRels);
    overrides.push(`<Override PartName="/${drawingPath}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
    const sheetRelsPath = relsPathOf(part);
    const sheetRels = files[sheetRelsPath] ? strFromU8(files[sheetRelsPath]) : EMPTY_RELS;
    const added = addRelationship(sheetRels, DRAWING_REL, `../drawings/drawing${drawingNo}.xml`);
    files[sheetRelsPath] = strToU8(added.xml);
    files[part] = strToU8(withDrawing(strFromU8(files[part]), added.id));
  }
  types = types.replace('</Types>', `${overrides.join('')}</Types>`);
  files['[Content_Types].xml'] = strToU8(types);
};
