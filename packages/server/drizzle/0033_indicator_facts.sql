CREATE TABLE "indicator_cases" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"mission_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"caseworker_id" uuid,
	"sex" text NOT NULL,
	"age_band" text NOT NULL,
	"vulnerable" boolean NOT NULL,
	"sensitive" boolean NOT NULL,
	"return_modality" text NOT NULL,
	"country" char(2) NOT NULL,
	"cm_type" text,
	"status" text NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"latest_round_on" date,
	"latest_round_kind" text,
	"latest_composite" double precision,
	"referred" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_meetings" (
	"month" date NOT NULL,
	"mission_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"sex" text NOT NULL,
	"age_band" text NOT NULL,
	"vulnerable" boolean NOT NULL,
	"cm_type" text,
	"format" text NOT NULL,
	"meetings" integer NOT NULL,
	"with_family" integer NOT NULL,
	"home_visits" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_refreshes" (
	"id" integer PRIMARY KEY NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_rounds" (
	"month" date NOT NULL,
	"mission_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"sex" text NOT NULL,
	"age_band" text NOT NULL,
	"vulnerable" boolean NOT NULL,
	"kind" text NOT NULL,
	"tenth" smallint NOT NULL,
	"rounds" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "indicator_cases_mission_idx" ON "indicator_cases" USING btree ("mission_id","office_id");--> statement-breakpoint
CREATE INDEX "indicator_cases_office_idx" ON "indicator_cases" USING btree ("office_id");--> statement-breakpoint
CREATE INDEX "indicator_cases_caseworker_idx" ON "indicator_cases" USING btree ("caseworker_id");--> statement-breakpoint
CREATE INDEX "indicator_meetings_mission_idx" ON "indicator_meetings" USING btree ("mission_id","month");--> statement-breakpoint
CREATE INDEX "indicator_rounds_mission_idx" ON "indicator_rounds" USING btree ("mission_id","month");