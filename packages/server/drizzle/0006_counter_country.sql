ALTER TABLE "case_counters" ADD COLUMN "country_code" char(2);--> statement-breakpoint
-- Existing counters take their mission's country.
UPDATE "case_counters" SET "country_code" = "missions"."country_code" FROM "missions" WHERE "missions"."id" = "case_counters"."mission_id";
