/** Every field a column can be mapped to (fields.ts describes each; synonyms.ts lists its header words). */
export const FIELD_IDS = [
  'school', 'municipality', 'settlement', 'code', 'year', 'type', 'students', 'smallSchool', 'hardToReach', 'travelMinutes', 'latitude', 'longitude',
  'leader', 'partnerCapacity', 'mentor',
  'family', 'subject', 'grade', 'participants', 'average', 'belowMinimum', 'belowMinimumShare', 'qualityShare', 'highScorers', 'hundredScorers', 'graduates', 'regionalAverage',
  'olympiadParticipants', 'teacher', 'continuedToGrade10Share',
  'bothParentsHigherEducation', 'singleParent', 'unemployedParents', 'deviant', 'nonNativeRussian', 'noLearningMotivation', 'lowIncome', 'disabilities',
  'unemployment', 'regionalUnemployment',
  'eventsHeld', 'eventHours', 'staffTrained', 'courseHours', 'partnerAgreement', 'programmeApproved', 'consultations', 'monitoringReports', 'specialistPosts', 'teachersInCommunitiesShare', 'consultantsPrepared',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];
