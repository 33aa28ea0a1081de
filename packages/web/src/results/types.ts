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
  /** Sent back for a saved row, so that it keeps the values entered for it; absent for a new one. */
  id?: string;
  level: ResultLevel;
  statement: string;
  /** Position of the row this one contributes to. */
  parent: number | null;
  indicatorCode: string | null;
  indicatorText: string;
  baseline: number | null;
  target: number | null;
  unit: ResultUnit;
  frequency: ResultFrequency;
  responsible: string;
  dataSource: string;
  dataAnalysis: string;
  assumptions: string;
}

/** A value entered by hand for one reporting period. */
export interface EnteredActual {
  id: string;
  period: string;
  value: number;
  source: string;
  note: string;
  enteredBy: { id: string; name: string };
  enteredAt: string;
}

/** An entry of a row's history: corrected entries stay, no longer current. */
export interface ActualEntry extends EnteredActual {
  replaces: string | null;
  current: boolean;
}

export interface FrameworkRow extends FrameworkRowInput {
  id: string;
  target: number;
  /** From the dashboard; null when entered by hand. */
  actual: { value: number | null; withheld: boolean } | null;
  /** For a row entered by hand: the latest period's value in the period asked. */
  entered: EnteredActual | null;
}

export interface Framework extends FrameworkSummary {
  period: { from: string; to: string };
  rows: FrameworkRow[];
}
