import type { RoadmapInput } from '../../src/domain/roadmap/types';

/** A fixed identification input for golden tests: four programme schools with different triggers. */
export const FIXED_INPUT: RoadmapInput = {
  schoolYear: '2025/2026',
  schools: [
    {
      key: 'берёзовская оош',
      name: 'МБОУ «Берёзовская ООШ»',
      groups: ['ШНОР'],
      deficits: [{ subject: 'Математика', band: '5–9' }],
      socialComponents: [],
      teachersAtRisk: 2,
    },
    {
      key: 'сош 3',
      name: 'МБОУ «СОШ № 3»',
      groups: ['ШНОР', 'ШНСУ'],
      deficits: [{ subject: 'Русский язык', band: '10–11' }],
      socialComponents: ['deviant'],
      teachersAtRisk: 0,
    },
    {
      key: 'лесная сош',
      name: 'МКОУ «Лесная СОШ»',
      groups: ['ШНСУ'],
      deficits: [],
      socialComponents: ['nonNativeRussian'],
      teachersAtRisk: 0,
    },
    {
      key: 'нош 7',
      name: 'МБОУ «НОШ № 7»',
      groups: ['ШНОР'],
      deficits: [{ subject: 'Математика', band: '1–4' }],
      socialComponents: [],
      teachersAtRisk: 1,
    },
  ],
  pairs: [{ schoolKey: 'берёзовская оош', partner: 'МБОУ «Гимназия № 1»', note: 'помощь по математике 5–9 классов' }],
};
