CREATE TYPE "public"."agreement_type" AS ENUM('mou', 'long_term_agreement', 'contract', 'informal', 'none');--> statement-breakpoint
CREATE TYPE "public"."consent_exception" AS ENUM('life_at_risk', 'unable_to_consent');--> statement-breakpoint
CREATE TYPE "public"."referral_status" AS ENUM('draft', 'sent', 'accepted', 'declined', 'in_progress', 'completed', 'not_delivered', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."referral_urgency" AS ENUM('urgent', 'routine');--> statement-breakpoint
CREATE TYPE "public"."service_type" AS ENUM('job_placement', 'tvet', 'business_development', 'financial_services', 'health', 'housing', 'documentation', 'social_protection', 'education', 'legal', 'child_protection', 'mental_health', 'psychosocial_support', 'community_activities');--> statement-breakpoint
CREATE TABLE "service_providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mission_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT '' NOT NULL,
	"contact" jsonb NOT NULL,
	"agreement" "agreement_type" DEFAULT 'none' NOT NULL,
	"agreement_ends_on" text,
	"quality_notes" text DEFAULT '' NOT NULL,
	"verified_on" text,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provider_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"name" text NOT NULL,
	"type" "service_type" NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"eligibility" text DEFAULT '' NOT NULL,
	"rules" jsonb,
	"coverage" text[] DEFAULT '{}'::text[] NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"cost" text DEFAULT '' NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"capacity_per_month" integer,
	"wait_days" integer,
	"needed_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"available" boolean DEFAULT true NOT NULL,
	"adequate_quality" boolean DEFAULT true NOT NULL,
	"accessible" boolean DEFAULT true NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"plan_line_id" text,
	"reason" text NOT NULL,
	"urgency" "referral_urgency" NOT NULL,
	"status" "referral_status" NOT NULL,
	"shared_fields" text[] NOT NULL,
	"sharing_justification" text DEFAULT '' NOT NULL,
	"shared_data" jsonb,
	"consent_id" uuid,
	"consent_exception" "consent_exception",
	"exception_determined_by" text,
	"identified_at" timestamp with time zone NOT NULL,
	"returnee_informed_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"service_started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"close_reason" text,
	"due_on" date,
	"received" boolean,
	"met_need" boolean,
	"returnee_satisfaction" smallint,
	"outcome_note" text,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "service_provider_id" uuid;--> statement-breakpoint
ALTER TABLE "service_providers" ADD CONSTRAINT "service_providers_mission_id_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."missions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_services" ADD CONSTRAINT "provider_services_provider_id_service_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."service_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_service_id_provider_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."provider_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_provider_id_service_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."service_providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_providers_mission_idx" ON "service_providers" USING btree ("mission_id");--> statement-breakpoint
CREATE INDEX "provider_services_provider_idx" ON "provider_services" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "provider_services_type_idx" ON "provider_services" USING btree ("type");--> statement-breakpoint
CREATE INDEX "referrals_case_idx" ON "referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "referrals_provider_idx" ON "referrals" USING btree ("provider_id","status","due_on");--> statement-breakpoint
CREATE INDEX "referrals_due_idx" ON "referrals" USING btree ("due_on") WHERE "referrals"."due_on" is not null;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_service_provider_id_service_providers_id_fk" FOREIGN KEY ("service_provider_id") REFERENCES "public"."service_providers"("id") ON DELETE no action ON UPDATE no action;