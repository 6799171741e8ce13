import { RULE_LABELS, decisionOfMatch, matchesToReview, mergeDecisions } from '../sheets/school-matching-sheet';
import { sourceRowsText } from '../sheets/source-text';
import { municipalityCore, type IdentityStep, type MatchDecision, type Variant } from '../tables/identity';
import type { Text } from './view-text';

/** One spelling of a school as the pane shows it. */
export interface SpellingView {
  id: string;
  label: string; // «Муниципалитет | Школа»
  where: string;
}

export interface MatchView {
  a: SpellingView;
  b: SpellingView;
  rule: Text;
  confidence: number;
  decision?: 'confirm' | 'split';
}

export interface UnjoinedView {
  spelling: SpellingView;
  reason: Text;
  /** Registry schools it may be merged with (same municipality first). */
  candidates: { id: string; label: string }[];
}

/** A decision of the user on two spellings; null action = forget the decision. */
export interface MatchChoice {
  a: string;
  b: string;
  action: 'confirm' | 'split' | 'merge' | null;
}

const MAX_CANDIDATES = 60;

const spelling = (v: Variant): SpellingView => ({
  id: v.id,
  label: `${v.municipality || '—'} | ${v.name}`,
  where: `${sourceRowsText(v.sources, 'ru')}${v.years.length ? `; ${v.years.join(', ')}` : ''}`,
});

/** The pane's list of «Сопоставление школ»: matches least sure first, splits kept so they can be undone. */
export const matchViews = (identity: IdentityStep, decisions: readonly MatchDecision[]): MatchView[] => {
  const decisionOf = decisionOfMatch(decisions);
  const views: MatchView[] = matchesToReview(identity.matches).map((m) => {
    const action = decisionOf(m);
    return { a: spelling(m.a), b: spelling(m.b), rule: RULE_LABELS[m.rule], confidence: m.confidence, ...(action === 'confirm' || action === 'split' ? { decision: action } : {}) };
  });
  for (const d of decisions) {
    if (d.action !== 'split') continue;
    const side = (id: string): SpellingView => ({ id, label: id, where: '' });
    views.push({ a: side(d.a), b: side(d.b), rule: { ru: 'разделено пользователем', en: 'split by the user' }, confidence: 0, decision: 'split' });
  }
  return views;
};

/** Schools that did not join, each with the registry schools it may be merged with (its municipality's first). */
export const unjoinedViews = (identity: IdentityStep): UnjoinedView[] => {
  const registry = [...identity.identities.values()].filter((s) => s.registry);
  return identity.unjoined.map((u) => {
    const core = municipalityCore(u.variant.municipality);
    const near = registry.filter((s) => core && s.municipality && municipalityCore(s.municipality) === core);
    const list = (near.length > 0 ? near : registry).slice(0, MAX_CANDIDATES);
    return {
      spelling: spelling(u.variant),
      reason: { ru: u.text, en: u.textEn },
      candidates: list.map((s) => ({ id: s.id, label: `${s.municipality ?? '—'} | ${s.name}` })).sort((a, b) => a.label.localeCompare(b.label, 'ru')),
    };
  });
};

/** The stored decisions with the user's new choice (a null action forgets the pair's decision). */
export const withChoice = (decisions: readonly MatchDecision[], choice: MatchChoice): MatchDecision[] => {
  const others = decisions.filter((d) => !((d.a === choice.a && d.b === choice.b) || (d.a === choice.b && d.b === choice.a)));
  return choice.action === null ? others : mergeDecisions(others, [{ action: choice.action, a: choice.a, b: choice.b }]);
};
