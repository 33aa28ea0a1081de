CREATE INDEX "cases_office_recent_idx" ON "cases" USING btree ("office_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "cases_mission_recent_idx" ON "cases" USING btree ("mission_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "cases_recent_idx" ON "cases" USING btree ("updated_at","id");