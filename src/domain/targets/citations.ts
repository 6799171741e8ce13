import { cite, type DocumentKey } from '../documents';

/**
 * Citations of the default targets: the document's title and point (domain/documents.ts), then the
 * document's own words.
 */
export const citeWording = (doc: DocumentKey, point: string, wording?: string): string => `${cite(doc, point)}${wording ? `: «${wording}»` : ''}`;

/** The concept whose expected results and plan-schedule give most targets. */
export const CONCEPT: DocumentKey = 'grachevka';
/** The teacher-support programme (the 80 % of teachers). */
export const TEACHER_PROGRAMME: DocumentKey = 'nikolevsky';
