CREATE TYPE "public"."job_status" AS ENUM('running', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."interview_location" AS ENUM('office', 'phone', 'on_site');--> statement-breakpoint
CREATE TYPE "public"."rss_round_kind" AS ENUM('baseline', 'interim', 'endline', 'ad_hoc');--> statement-breakpoint
CREATE TYPE "public"."rss_round_status" AS ENUM('in_progress', 'completed', 'interrupted', 'no_consent');--> statement-breakpoint
ALTER TYPE "public"."task_kind" ADD VALUE 'survey' BEFORE 'other';--> statement-breakpoint
ALTER TYPE "public"."task_kind" ADD VALUE 'support' BEFORE 'other';--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" "job_status" DEFAULT 'running' NOT NULL,
	"total" integer,
	"done" integer DEFAULT 0 NOT NULL,
	"report" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"started_by" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rss_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" "rss_round_kind" NOT NULL,
	"status" "rss_round_status" NOT NULL,
	"instrument" text NOT NULL,
	"instrument_version" integer NOT NULL,
	"interviewer_id" uuid NOT NULL,
	"interviewer_on_case" boolean NOT NULL,
	"location" "interview_location" NOT NULL,
	"interviewed_on" date NOT NULL,
	"consent_given" boolean NOT NULL,
	"consent_method" "consent_method" NOT NULL,
	"profile" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"explanations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"follow_ups" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"interrupted_reason" text,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"import_id" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rss_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"weight_set_id" text NOT NULL,
	"weight_set_version" integer NOT NULL,
	"instrument_version" integer NOT NULL,
	"economic" double precision,
	"social" double precision,
	"psychosocial" double precision,
	"composite" double precision,
	"dont_know_count" integer NOT NULL,
	"low_reliability" boolean NOT NULL,
	"current" boolean NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rss_settings" (
	"programme" text PRIMARY KEY NOT NULL,
	"schedule" text NOT NULL,
	"threshold_scheme" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rss_weight_sets" (
	"id" text NOT NULL,
	"version" integer NOT NULL,
	"label" text NOT NULL,
	"source" text NOT NULL,
	"provisional" boolean NOT NULL,
	"country" text,
	"instrument" text NOT NULL,
	"dimensions" jsonb NOT NULL,
	"composite" jsonb NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rss_weight_sets_id_version_pk" PRIMARY KEY("id","version")
);
--> statement-breakpoint
ALTER TABLE "case_tasks" ADD COLUMN "topic" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rss_rounds" ADD CONSTRAINT "rss_rounds_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rss_rounds" ADD CONSTRAINT "rss_rounds_interviewer_id_users_id_fk" FOREIGN KEY ("interviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rss_scores" ADD CONSTRAINT "rss_scores_round_id_rss_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rss_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rss_weight_sets" ADD CONSTRAINT "rss_weight_sets_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "jobs_started_by_idx" ON "jobs" USING btree ("started_by","started_at");--> statement-breakpoint
CREATE INDEX "rss_rounds_case_idx" ON "rss_rounds" USING btree ("case_id","interviewed_on");--> statement-breakpoint
CREATE INDEX "rss_rounds_completed_idx" ON "rss_rounds" USING btree ("id") WHERE "rss_rounds"."status" = 'completed';--> statement-breakpoint
CREATE UNIQUE INDEX "rss_scores_round_set_idx" ON "rss_scores" USING btree ("round_id","weight_set_id","weight_set_version");--> statement-breakpoint
CREATE INDEX "rss_scores_current_idx" ON "rss_scores" USING btree ("round_id") WHERE "rss_scores"."current";