/** The Problem type lives with the domain (which reports problems too); tables re-exports it. */
export type { Problem } from '../domain/problem';
