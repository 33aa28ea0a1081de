ALTER TABLE "cases" ADD COLUMN "next_due_on" date;--> statement-breakpoint
CREATE INDEX "cases_office_due_idx" ON "cases" USING btree ("office_id","next_due_on","sensitive");--> statement-breakpoint
CREATE INDEX "cases_mission_due_idx" ON "cases" USING btree ("mission_id","next_due_on","sensitive");--> statement-breakpoint
-- Data: each case's first open task day, as the task functions now keep it.
UPDATE "cases" SET "next_due_on" = t.due FROM (
  SELECT "case_id", min("due_on") AS due FROM "case_tasks" WHERE "status" = 'open' GROUP BY "case_id"
) t WHERE t."case_id" = "cases"."id";
