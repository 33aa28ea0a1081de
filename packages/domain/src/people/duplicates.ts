// Likely duplicates and why. The database finds candidates (trigrams, double
// metaphone, identifiers, phone digits); this decides how alike they are, and
// says why in words a caseworker can check.

export interface DuplicateEvidence {
  /** Best trigram similarity (0–1) between any searched name and any name of the candidate. */
  nameSimilarity: number;
  /** Share (0–1) of the searched name's words whose sound (double metaphone) matches a word of the candidate. */
  soundMatch: number;
  /** The searched name is written inside one of the candidate's names (used for scripts trigrams do not cover). */
  nameContained: boolean;
  dateOfBirth: 'same' | 'same_year' | 'different' | 'unknown';
  sameIdentifier: boolean;
  samePhone: boolean;
}

export type DuplicateReason =
  | 'similar_name'
  | 'name_sounds_alike'
  | 'same_date_of_birth'
  | 'same_year_of_birth'
  | 'different_date_of_birth'
  | 'same_identifier'
  | 'same_phone';

export interface DuplicateAssessment {
  /** 0–1; 1 is certainly the same person. */
  score: number;
  reasons: DuplicateReason[];
}

/**
 * Weighs the evidence. An identical document number or phone is strong on its
 * own; a name is strong only with a matching birth date. Weights are a
 * reasoned default, not from a seed: the seeds do not describe matching.
 */
export function assessDuplicate(e: DuplicateEvidence): DuplicateAssessment {
  const reasons: DuplicateReason[] = [];
  const name = Math.max(e.nameSimilarity, e.soundMatch * 0.9, e.nameContained ? 0.9 : 0);
  if (e.nameSimilarity >= 0.5 || e.nameContained) reasons.push('similar_name');
  if (e.soundMatch >= 0.5) reasons.push('name_sounds_alike');
  let score = 0.6 * name;
  if (e.dateOfBirth === 'same') {
    score += 0.3;
    reasons.push('same_date_of_birth');
  } else if (e.dateOfBirth === 'same_year') {
    score += 0.15;
    reasons.push('same_year_of_birth');
  } else if (e.dateOfBirth === 'different') {
    score -= 0.2;
    reasons.push('different_date_of_birth');
  }
  if (e.sameIdentifier) {
    score = Math.max(score, 0.7) + 0.25;
    reasons.push('same_identifier');
  }
  if (e.samePhone) {
    score = Math.max(score, 0.5) + 0.2;
    reasons.push('same_phone');
  }
  return { score: Math.round(Math.min(1, Math.max(0, score)) * 100) / 100, reasons };
}
