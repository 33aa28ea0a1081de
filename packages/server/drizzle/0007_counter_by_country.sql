ALTER TABLE "case_counters" DROP CONSTRAINT "case_counters_mission_id_missions_id_fk";
--> statement-breakpoint
ALTER TABLE "case_counters" DROP CONSTRAINT "case_counters_mission_id_year_pk";--> statement-breakpoint
ALTER TABLE "case_counters" ALTER COLUMN "country_code" SET NOT NULL;--> statement-breakpoint
-- Two missions of one country kept two counters: keep the higher, so no reference is handed out twice.
DELETE FROM "case_counters" c USING "case_counters" d
  WHERE c."country_code" = d."country_code" AND c."year" = d."year" AND (c."last", c."mission_id") < (d."last", d."mission_id");--> statement-breakpoint
ALTER TABLE "case_counters" ADD CONSTRAINT "case_counters_country_code_year_pk" PRIMARY KEY("country_code","year");--> statement-breakpoint
ALTER TABLE "case_counters" DROP COLUMN "mission_id";