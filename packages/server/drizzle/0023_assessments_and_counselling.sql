CREATE TYPE "public"."assessment_kind" AS ENUM('vulnerability', 'needs', 'best_interests');--> statement-breakpoint
CREATE TYPE "public"."assessment_phase" AS ENUM('pre_departure', 'arrival', 'follow_up');--> statement-breakpoint
CREATE TYPE "public"."counselling_type" AS ENUM('pre_departure', 'first_arrival', 'plan_development', 'follow_up', 'family', 'psychosocial', 'career', 'financial', 'group_orientation');--> statement-breakpoint
CREATE TYPE "public"."session_setting" AS ENUM('office', 'home_visit', 'online', 'phone');--> statement-breakpoint
ALTER TYPE "public"."task_kind" ADD VALUE 'referral' BEFORE 'other';--> statement-breakpoint
ALTER TYPE "public"."task_kind" ADD VALUE 'tranche' BEFORE 'other';--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" "assessment_kind" NOT NULL,
	"phase" "assessment_phase" NOT NULL,
	"conducted_on" date NOT NULL,
	"conducted_by" uuid NOT NULL,
	"findings" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "counselling_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"type" "counselling_type" NOT NULL,
	"setting" "session_setting" NOT NULL,
	"attendees" jsonb NOT NULL,
	"topics" text[] NOT NULL,
	"interpreter_briefed" boolean,
	"first_line_support_given" boolean NOT NULL,
	"referral_needed" boolean NOT NULL,
	"agreed_next_steps" text NOT NULL,
	"continued" boolean NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorder_role" "user_role" NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_conducted_by_users_id_fk" FOREIGN KEY ("conducted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_sessions" ADD CONSTRAINT "counselling_sessions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_sessions" ADD CONSTRAINT "counselling_sessions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_case_idx" ON "assessments" USING btree ("case_id","kind","conducted_on");--> statement-breakpoint
CREATE INDEX "counselling_sessions_case_idx" ON "counselling_sessions" USING btree ("case_id","held_on");