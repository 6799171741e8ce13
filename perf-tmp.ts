import { identify } from './src/domain/identify';
import { evaluateTeachers } from './src/domain/teachers';
import { emptyDataset, FAMILIES } from './src/domain/records';
import { makeSettings } from './src/domain/settings';
const d = emptyDataset();
let seed = 1; const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
for (let i = 0; i < 40000; i++) {
  d.schools.push({ key: 's' + i, name: 'Школа ' + i, settlement: 'p' + (i % 500), students: 300 });
  for (const year of [2022, 2023, 2024]) {
    for (const family of FAMILIES) d.results.push({ schoolKey: 's' + i, schoolName: 'Школа ' + i, year, family, subject: 'Русский язык', participants: 20, average: 40 + rnd() * 40, maxScore: 100, source: { sheet: 'R', row: i } });
    //({ schoolKey: 's' + i, schoolName: 'x', year, participants: Math.floor(rnd() * 5), students: 300, source: { sheet: 'O', row: i } });
    //({ schoolKey: 's' + i, schoolName: 'x', year, bothParentsHigherEducation: rnd() * 50, unemployedParents: rnd() * 20, deviant: rnd() * 5, nonNativeRussian: rnd() * 10, source: { sheet: 'S', row: i } });
  }
}
//.push({ settlement: 'p' + i, unemployment: rnd() * 10, regionalUnemployment: 4, hardToReach: rnd() < 0.1, source: { sheet: 'T', row: i } });
const s = makeSettings();
let t = Date.now(); const res = identify(d, s); console.log('identify', Date.now() - t, 'ms', res.schools.length);
t = Date.now(); const res2 = identify(d, s, { years: [2024] }); console.log('identify last year', Date.now() - t, 'ms', res2.schools.length);
const teachers = [];
for (let i = 0; i < 200000; i++) teachers.push({ teacher: 'T' + (i % 60000), schoolKey: 's' + (i % 40000), schoolName: 'x', subject: ['Русский язык', 'Математика', 'Окружающий мир'][i % 3], year: 2022 + (i % 3), family: (['ВПР', 'ОГЭ', 'ЕГЭ'] as const)[i % 3], grade: 4, participants: 20, average: 10 + rnd() * 10, regionalAverage: 15, belowMinimumShare: rnd() * 10, qualityShare: rnd() * 60, continuedToGrade10Share: rnd() * 100, source: { sheet: 'P', row: i } });
t = Date.now(); const tf = evaluateTeachers(teachers as never, 2024, s); console.log('teachers', Date.now() - t, 'ms', tf.length);
