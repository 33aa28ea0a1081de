CREATE TYPE "public"."avrr_category" AS ENUM('stranded_migrant', 'asylum_seeker_not_pursuing_claim', 'migrant_worker_end_of_contract', 'visa_overstayer', 'other');--> statement-breakpoint
CREATE TYPE "public"."return_assistance" AS ENUM('assisted', 'spontaneous');--> statement-breakpoint
CREATE TYPE "public"."return_permanence" AS ENUM('permanent', 'temporary');--> statement-breakpoint
CREATE TYPE "public"."return_transport" AS ENUM('air', 'land', 'sea');--> statement-breakpoint
CREATE TYPE "public"."return_voluntariness" AS ENUM('voluntary', 'involuntary');--> statement-breakpoint
CREATE TABLE "case_migrations" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"host_country" char(2),
	"stays" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reasons_for_migrating" text DEFAULT '' NOT NULL,
	"motivations" text[] DEFAULT '{}'::text[] NOT NULL,
	"avrr_category" "avrr_category",
	"assistance" "return_assistance",
	"voluntariness" "return_voluntariness",
	"permanence" "return_permanence",
	"transport" "return_transport",
	"planned_return_on" date,
	"returned_on" date,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_migrations" ADD CONSTRAINT "case_migrations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;