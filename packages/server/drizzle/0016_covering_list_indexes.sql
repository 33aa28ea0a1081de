DROP INDEX "cases_office_status_idx";--> statement-breakpoint
DROP INDEX "cases_mission_status_idx";--> statement-breakpoint
DROP INDEX "cases_office_recent_idx";--> statement-breakpoint
DROP INDEX "cases_mission_recent_idx";--> statement-breakpoint
DROP INDEX "cases_recent_idx";--> statement-breakpoint
CREATE INDEX "cases_office_status_idx" ON "cases" USING btree ("office_id","status","updated_at","id","sensitive");--> statement-breakpoint
CREATE INDEX "cases_mission_status_idx" ON "cases" USING btree ("mission_id","status","updated_at","id","sensitive");--> statement-breakpoint
CREATE INDEX "cases_office_recent_idx" ON "cases" USING btree ("office_id","updated_at","id","sensitive");--> statement-breakpoint
CREATE INDEX "cases_mission_recent_idx" ON "cases" USING btree ("mission_id","updated_at","id","sensitive");--> statement-breakpoint
CREATE INDEX "cases_recent_idx" ON "cases" USING btree ("updated_at","id","sensitive");