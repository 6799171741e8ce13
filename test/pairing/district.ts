import { XlsxWorkbook } from '../../src/hosts/xlsx/xlsx-workbook';

/**
 * A small district for the pairing use case, written as a committee would: a registry with coordinates,
 * types and a «Опорная школа» column, and ОГЭ results by school and subject.
 */

export interface DistrictSchool {
  name: string;
  municipality: string;
  type: string;
  lat: number;
  lon: number;
  leader?: boolean;
  /** Average ОГЭ score (of 5) per subject. */
  math: number;
  russian: number;
}

export const DISTRICT: DistrictSchool[] = [
  { name: 'МБОУ СОШ № 1', municipality: 'Северный район', type: 'СОШ', lat: 55.0, lon: 37.0, math: 4.6, russian: 4.5 },
  { name: 'МБОУ СОШ № 2', municipality: 'Северный район', type: 'СОШ', lat: 55.05, lon: 37.02, math: 4.5, russian: 4.6 },
  { name: 'МБОУ Лесная ООШ', municipality: 'Северный район', type: 'ООШ', lat: 55.1, lon: 37.1, math: 2.4, russian: 2.5 },
  { name: 'МБОУ Речная ООШ', municipality: 'Северный район', type: 'ООШ', lat: 55.2, lon: 37.0, math: 2.5, russian: 3.9 },
  { name: 'МБОУ СОШ № 3', municipality: 'Южный район', type: 'СОШ', lat: 55.11, lon: 37.12, math: 4.7, russian: 4.4 },
  { name: 'МБОУ Полевая СОШ', municipality: 'Южный район', type: 'СОШ', lat: 54.6, lon: 37.5, math: 2.3, russian: 2.4 },
  { name: 'МБОУ Гимназия № 4', municipality: 'Южный район', type: 'гимназия', lat: 54.7, lon: 37.4, math: 4.0, russian: 4.0, leader: true },
  { name: 'МБОУ СОШ № 5', municipality: 'Южный район', type: 'СОШ', lat: 54.9, lon: 37.3, math: 3.9, russian: 3.9 },
];

export const districtBook = async (schools: DistrictSchool[] = DISTRICT): Promise<XlsxWorkbook> => {
  const port = XlsxWorkbook.empty();
  await port.writeGridSheet({
    sheet: 'Школы',
    values: [
      ['Наименование ОО', 'Муниципалитет', 'Тип ОО', 'Широта', 'Долгота', 'Опорная школа'],
      ...schools.map((s) => [s.name, s.municipality, s.type, s.lat, s.lon, s.leader ? 'да' : 'нет']),
    ],
    merges: [],
  });
  await port.writeGridSheet({
    sheet: 'Результаты ОГЭ',
    values: [
      ['Наименование ОО', 'Муниципалитет', 'Год', 'Экзамен', 'Предмет', 'Участников', 'Средний балл'],
      ...schools.flatMap((s) => [
        [s.name, s.municipality, 2024, 'ОГЭ', 'Математика', 40, s.math],
        [s.name, s.municipality, 2024, 'ОГЭ', 'Русский язык', 40, s.russian],
      ]),
    ],
    merges: [],
  });
  return port;
};
