CREATE TYPE "public"."business_type" AS ENUM('agriculture', 'agro_processing', 'crafts_and_manufacturing', 'construction', 'trade', 'transport', 'services');--> statement-breakpoint
ALTER TABLE "indicator_cases" ADD COLUMN "business_plan_approved_on" date;--> statement-breakpoint
ALTER TABLE "indicator_cases" ADD COLUMN "recommended_business_type" text;--> statement-breakpoint
ALTER TABLE "indicator_cases" ADD COLUMN "chosen_business_type" text;--> statement-breakpoint
ALTER TABLE "business_applications" ADD COLUMN "recommended_type" "business_type";--> statement-breakpoint
ALTER TABLE "business_applications" ADD COLUMN "recommendation_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "business_applications" ADD COLUMN "chosen_type" "business_type";