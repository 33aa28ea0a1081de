// Shapes of the results-framework API (/api/docs, tag "results").
import type { ResultFrequency, ResultLevel, ResultUnit } from '@reintegra/domain';

export interface FrameworkSummary {
  id: string;
  missionId: string;
  missionName: string;
  programme: string;
  updatedAt: string;
  version: number;
}

/** A row as the editor holds it and the server takes it. */
export interface FrameworkRowInput {
  level: ResultLevel;
  statement: string;
  indicatorCode: string | null;
  indicatorText: string;
  baseline: number | null;
  target: number | null;
  unit: ResultUnit;
  frequency: ResultFrequency;
  responsible: string;
}

export interface FrameworkRow extends FrameworkRowInput {
  target: number;
  /** From the dashboard; null when entered by hand. */
  actual: { value: number | null; withheld: boolean } | null;
}

export interface Framework extends FrameworkSummary {
  period: { from: string; to: string };
  rows: FrameworkRow[];
}
