// Shapes of the results-framework API (/api/docs, tag "results").
import type { ResultRow } from '@reintegra/domain';

export interface FrameworkSummary {
  id: string;
  missionId: string;
  missionName: string;
  programme: string;
  updatedAt: string;
  version: number;
}

/** A row as the editor holds it and the server takes it: the domain's row, with its id once saved. */
export interface FrameworkRowInput extends ResultRow {
  /** Sent back for a saved row, so that it keeps the values entered for it; absent for a new one. */
  id?: string;
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
