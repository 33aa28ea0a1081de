CREATE TYPE "public"."assignment_function" AS ENUM('protection', 'reintegration', 'mentor', 'supervisor');--> statement-breakpoint
CREATE TYPE "public"."case_management_type" AS ENUM('generalist', 'intensive');--> statement-breakpoint
CREATE TYPE "public"."case_phase" AS ENUM('pre_return', 'post_return');--> statement-breakpoint
CREATE TYPE "public"."case_status" AS ENUM('screening', 'registered', 'assessment', 'planning', 'implementation', 'follow_up', 'awaiting_departure', 'suspended', 'closure_review', 'closed');--> statement-breakpoint
CREATE TYPE "public"."consent_method" AS ENUM('written', 'verbal');--> statement-breakpoint
CREATE TYPE "public"."consent_purpose" AS ENUM('registration', 'data_sharing', 'referral', 'transfer');--> statement-breakpoint
CREATE TYPE "public"."identifier_kind" AS ENUM('passport', 'national_id', 'programme_case_number', 'laissez_passer', 'other');--> statement-breakpoint
CREATE TYPE "public"."name_script" AS ENUM('latin', 'arabic', 'other');--> statement-breakpoint
CREATE TYPE "public"."sex" AS ENUM('female', 'male', 'unknown');--> statement-breakpoint
CREATE TABLE "case_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"function" "assignment_function" NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_counters" (
	"mission_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "case_counters_mission_id_year_pk" PRIMARY KEY("mission_id","year")
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"kind" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_screenings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"programme" text NOT NULL,
	"eligible" boolean NOT NULL,
	"reasons" text NOT NULL,
	"needs_medium_to_long_term_services" boolean NOT NULL,
	"at_medium_to_high_risk" boolean NOT NULL,
	"override_reason" text,
	"override_by" uuid,
	"screened_by" uuid NOT NULL,
	"screened_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"person_id" uuid NOT NULL,
	"mission_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"phase" "case_phase" NOT NULL,
	"status" "case_status" NOT NULL,
	"resume_status" "case_status",
	"case_management_type" "case_management_type",
	"sensitive" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"purpose" "consent_purpose" NOT NULL,
	"method" "consent_method" NOT NULL,
	"given_by" text NOT NULL,
	"witnessed_by" text,
	"recorded_by" uuid NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "person_identifiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" "identifier_kind" NOT NULL,
	"value" text NOT NULL,
	"normalised" text NOT NULL,
	"issuing_country" char(2)
);
--> statement-breakpoint
CREATE TABLE "person_name_sounds" (
	"person_id" uuid NOT NULL,
	"sound" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_names" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"script" "name_script" NOT NULL,
	"given_names" text NOT NULL,
	"family_name" text NOT NULL,
	"searchable" text NOT NULL,
	"primary" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_phones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"raw" text NOT NULL,
	"e164" text NOT NULL,
	"reversed_digits" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sex" "sex" NOT NULL,
	"gender" text,
	"date_of_birth" date,
	"birth_year" smallint,
	"birth_date_estimated" boolean DEFAULT false NOT NULL,
	"nationality" char(2),
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"place_of_origin" text,
	"place_of_intended_return" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_counters" ADD CONSTRAINT "case_counters_mission_id_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."missions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_screenings" ADD CONSTRAINT "case_screenings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_screenings" ADD CONSTRAINT "case_screenings_override_by_users_id_fk" FOREIGN KEY ("override_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_screenings" ADD CONSTRAINT "case_screenings_screened_by_users_id_fk" FOREIGN KEY ("screened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_mission_id_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."missions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_identifiers" ADD CONSTRAINT "person_identifiers_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_name_sounds" ADD CONSTRAINT "person_name_sounds_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_names" ADD CONSTRAINT "person_names_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_phones" ADD CONSTRAINT "person_phones_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_assignments_case_idx" ON "case_assignments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_assignments_user_idx" ON "case_assignments" USING btree ("user_id","case_id") WHERE "case_assignments"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "case_screenings_case_idx" ON "case_screenings" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_reference_key" ON "cases" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "cases_office_status_idx" ON "cases" USING btree ("office_id","status","updated_at");--> statement-breakpoint
CREATE INDEX "cases_mission_status_idx" ON "cases" USING btree ("mission_id","status","updated_at");--> statement-breakpoint
CREATE INDEX "cases_person_idx" ON "cases" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "consents_case_idx" ON "consents" USING btree ("case_id","purpose");--> statement-breakpoint
CREATE INDEX "person_identifiers_person_idx" ON "person_identifiers" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_identifiers_normalised_idx" ON "person_identifiers" USING btree ("normalised");--> statement-breakpoint
CREATE INDEX "person_name_sounds_sound_idx" ON "person_name_sounds" USING btree ("sound","person_id");--> statement-breakpoint
CREATE INDEX "person_names_person_idx" ON "person_names" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_names_searchable_trgm" ON "person_names" USING gin ("searchable" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "person_phones_person_idx" ON "person_phones" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_phones_reversed_idx" ON "person_phones" USING btree ("reversed_digits" text_pattern_ops);