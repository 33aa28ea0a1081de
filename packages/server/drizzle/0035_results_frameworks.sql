CREATE TYPE "public"."result_frequency" AS ENUM('monthly', 'quarterly', 'six_monthly', 'annual', 'end_of_programme');--> statement-breakpoint
CREATE TYPE "public"."result_level" AS ENUM('objective', 'outcome', 'output', 'activity');--> statement-breakpoint
CREATE TYPE "public"."result_unit" AS ENUM('count', 'percent', 'days', 'per_case', 'per_caseworker', 'cases_per_caseworker');--> statement-breakpoint
CREATE TABLE "results_framework_rows" (
	"framework_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"level" "result_level" NOT NULL,
	"statement" text NOT NULL,
	"indicator_code" text,
	"indicator_text" text DEFAULT '' NOT NULL,
	"baseline" double precision,
	"target" double precision NOT NULL,
	"unit" "result_unit" NOT NULL,
	"frequency" "result_frequency" NOT NULL,
	"responsible" text NOT NULL,
	CONSTRAINT "results_framework_rows_framework_id_position_pk" PRIMARY KEY("framework_id","position")
);
--> statement-breakpoint
CREATE TABLE "results_frameworks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mission_id" uuid NOT NULL,
	"programme" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "results_framework_rows" ADD CONSTRAINT "results_framework_rows_framework_id_results_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."results_frameworks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_frameworks" ADD CONSTRAINT "results_frameworks_mission_id_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."missions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_frameworks" ADD CONSTRAINT "results_frameworks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_frameworks" ADD CONSTRAINT "results_frameworks_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "results_frameworks_mission_idx" ON "results_frameworks" USING btree ("mission_id","programme");