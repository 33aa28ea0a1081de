-- The stretches are rebuilt from the case events with the figures: emptied here so the new columns
-- can be required, and the figures marked as never rebuilt so the server rebuilds them at start.
DELETE FROM "indicator_cm_types";--> statement-breakpoint
DELETE FROM "indicator_refreshes";--> statement-breakpoint
ALTER TABLE "indicator_cases" ADD COLUMN "cm_type_changed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_cm_types" ADD COLUMN "mission_id" uuid NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_cm_types" ADD COLUMN "office_id" uuid NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_cm_types" ADD COLUMN "caseworker_id" uuid;--> statement-breakpoint
ALTER TABLE "indicator_cm_types" ADD COLUMN "sex" text NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_cm_types" ADD COLUMN "age_band" text NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_cm_types" ADD COLUMN "vulnerable" boolean NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_cm_types" ADD COLUMN "opened_on" date NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_cm_types" ADD COLUMN "closed_on" date;