/** The Office.js test double lives beside the adapter so scripts/ can import it too. */
export * from '../../src/hosts/excel/testing/office-double';
export { measureOfficeWrites } from '../../src/hosts/excel/testing/measure-office';
