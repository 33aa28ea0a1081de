// What the planner's server routes answer (packages/server/src/planning/views.ts).
import type { CaseManagementType, MeetingFormat, WorkloadResult, WorkloadRow } from '@reintegra/domain';

/** `GET /planning/actuals`: counts only, within the reader's scope. */
export interface WorkloadActuals {
  from: string;
  to: string;
  weeks: number;
  openCasesWithoutCmType: number;
  byCmType: {
    cmType: CaseManagementType;
    openCases: number;
    formats: {
      format: MeetingFormat;
      meetings: number;
      meetingsPerCasePerWeek: number;
      hoursPerMeeting: number;
    }[];
  }[];
  rows: WorkloadRow[];
  caseworkers: number;
  /** Open cases each caseworker in post carries, largest first; whose is not said. */
  caseloads: number[];
  availableHoursPerWeek: number;
  plan: WorkloadResult | null;
  comparison: {
    planned: string;
    actual: string | null;
    plannedCases: number;
    actualCases: number | null;
    difference: number | null;
    caseworkersAbovePlan: number;
  } | null;
}

export interface ActualsFilter {
  missionId?: string;
  officeId?: string;
}
