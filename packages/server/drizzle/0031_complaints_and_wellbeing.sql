CREATE TYPE "public"."complaint_channel" AS ENUM('hotline', 'in_person', 'caseworker_phone', 'group_chat', 'written', 'partner');--> statement-breakpoint
CREATE TYPE "public"."complaint_handling_status" AS ENUM('received', 'acknowledged', 'under_review', 'resolved', 'dismissed');--> statement-breakpoint
CREATE TYPE "public"."complaint_kind" AS ENUM('complaint', 'feedback');--> statement-breakpoint
CREATE TYPE "public"."complaint_satisfaction" AS ENUM('very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied', 'dont_know', 'declined');--> statement-breakpoint
CREATE TYPE "public"."complaint_subject" AS ENUM('caseworker', 'assistance', 'other');--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "complaint_kind" NOT NULL,
	"channel" "complaint_channel" NOT NULL,
	"about" "complaint_subject" NOT NULL,
	"subject" text NOT NULL,
	"case_id" uuid,
	"concerned_user_id" uuid,
	"received_on" date NOT NULL,
	"anonymous" boolean NOT NULL,
	"complainant_name" text DEFAULT '' NOT NULL,
	"complainant_contact" text DEFAULT '' NOT NULL,
	"satisfaction" "complaint_satisfaction",
	"status" "complaint_handling_status" NOT NULL,
	"resolution" text DEFAULT '' NOT NULL,
	"dismissal_reason" text DEFAULT '' NOT NULL,
	"closed_on" date,
	"handler_id" uuid NOT NULL,
	"mission_id" uuid NOT NULL,
	"office_id" uuid,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wellbeing_participation" (
	"user_id" uuid NOT NULL,
	"survey_year" integer NOT NULL,
	CONSTRAINT "wellbeing_participation_user_id_survey_year_pk" PRIMARY KEY("user_id","survey_year")
);
--> statement-breakpoint
CREATE TABLE "wellbeing_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_year" integer NOT NULL,
	"mission_id" uuid NOT NULL,
	"office_id" uuid,
	"answers" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_concerned_user_id_users_id_fk" FOREIGN KEY ("concerned_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_mission_id_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."missions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_participation" ADD CONSTRAINT "wellbeing_participation_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_responses" ADD CONSTRAINT "wellbeing_responses_mission_id_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."missions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_responses" ADD CONSTRAINT "wellbeing_responses_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaints_office_received_idx" ON "complaints" USING btree ("office_id","received_on");--> statement-breakpoint
CREATE INDEX "complaints_mission_received_idx" ON "complaints" USING btree ("mission_id","received_on");--> statement-breakpoint
CREATE INDEX "complaints_received_idx" ON "complaints" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "complaints_case_idx" ON "complaints" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "complaints_concerned_idx" ON "complaints" USING btree ("concerned_user_id");--> statement-breakpoint
CREATE INDEX "wellbeing_responses_office_idx" ON "wellbeing_responses" USING btree ("office_id","survey_year");--> statement-breakpoint
CREATE INDEX "wellbeing_responses_mission_idx" ON "wellbeing_responses" USING btree ("mission_id","survey_year");