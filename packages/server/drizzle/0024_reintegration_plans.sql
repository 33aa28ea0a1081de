CREATE TYPE "public"."business_closure_reason" AS ENUM('cash_misused', 'assets_sold', 'not_profitable', 'health_or_family', 'remigrated', 'security', 'other');--> statement-breakpoint
CREATE TYPE "public"."business_stage" AS ENUM('applied', 'preselected', 'redirected', 'plan_training', 'plan_submitted', 'selected', 'not_selected', 'in_depth_support', 'operating', 'closed');--> statement-breakpoint
CREATE TYPE "public"."business_status" AS ENUM('operating', 'temporarily_closed', 'closed');--> statement-breakpoint
CREATE TYPE "public"."delivery_channel" AS ENUM('direct', 'implementing_partner', 'referral');--> statement-breakpoint
CREATE TYPE "public"."delivery_status" AS ENUM('planned', 'in_progress', 'delivered', 'not_delivered', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."payment_method" AS ENUM('bank_transfer', 'cheque', 'cash', 'mobile_money');--> statement-breakpoint
CREATE TYPE "public"."purchase_status" AS ENUM('ordered', 'paid', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."tranche_status" AS ENUM('scheduled', 'requested', 'released', 'cancelled');--> statement-breakpoint
CREATE TABLE "business_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"idea" text NOT NULL,
	"stage" "business_stage" NOT NULL,
	"business_plan" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"history" jsonb NOT NULL,
	"trainings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "business_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"status" "business_status" NOT NULL,
	"closure_reason" "business_closure_reason",
	"employees" integer,
	"note" text DEFAULT '' NOT NULL,
	"visited_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_deliveries" (
	"plan_id" uuid NOT NULL,
	"line_id" text NOT NULL,
	"channel" "delivery_channel" NOT NULL,
	"partner" text DEFAULT '' NOT NULL,
	"status" "delivery_status" NOT NULL,
	"started_on" date,
	"completed_on" date,
	"cost_minor" bigint,
	"cost_currency" char(3),
	"note" text DEFAULT '' NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "plan_deliveries_plan_id_line_id_pk" PRIMARY KEY("plan_id","line_id")
);
--> statement-breakpoint
CREATE TABLE "plan_purchases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"goods_line_id" text NOT NULL,
	"supplier" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"payment_method" "payment_method" NOT NULL,
	"status" "purchase_status" NOT NULL,
	"ordered_by" uuid NOT NULL,
	"ordered_at" timestamp with time zone NOT NULL,
	"settled_by" uuid,
	"settled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "plan_settings" (
	"programme" text PRIMARY KEY NOT NULL,
	"approval_required" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_tranches" (
	"plan_id" uuid NOT NULL,
	"tranche_id" text NOT NULL,
	"status" "tranche_status" NOT NULL,
	"requested_by" uuid,
	"requested_at" timestamp with time zone,
	"condition_evidence" text,
	"condition_recorded_by" uuid,
	"condition_recorded_at" timestamp with time zone,
	"released_by" uuid,
	"released_at" timestamp with time zone,
	"payment_method" "payment_method",
	CONSTRAINT "plan_tranches_plan_id_tranche_id_pk" PRIMARY KEY("plan_id","tranche_id")
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"plan_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"content" jsonb NOT NULL,
	"changes" jsonb NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"consented_at" timestamp with time zone,
	"consent_method" "consent_method",
	"consent_given_by" text,
	"consent_witnessed_by" text,
	"consent_recorded_by" uuid,
	"signature_attachment_id" uuid,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	CONSTRAINT "plan_versions_plan_id_number_pk" PRIMARY KEY("plan_id","number")
);
--> statement-breakpoint
CREATE TABLE "reintegration_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"current_version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "business_applications" ADD CONSTRAINT "business_applications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_visits" ADD CONSTRAINT "business_visits_application_id_business_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."business_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_visits" ADD CONSTRAINT "business_visits_visited_by_users_id_fk" FOREIGN KEY ("visited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_deliveries" ADD CONSTRAINT "plan_deliveries_plan_id_reintegration_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."reintegration_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_deliveries" ADD CONSTRAINT "plan_deliveries_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_purchases" ADD CONSTRAINT "plan_purchases_plan_id_reintegration_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."reintegration_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_purchases" ADD CONSTRAINT "plan_purchases_ordered_by_users_id_fk" FOREIGN KEY ("ordered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_purchases" ADD CONSTRAINT "plan_purchases_settled_by_users_id_fk" FOREIGN KEY ("settled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tranches" ADD CONSTRAINT "plan_tranches_plan_id_reintegration_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."reintegration_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tranches" ADD CONSTRAINT "plan_tranches_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tranches" ADD CONSTRAINT "plan_tranches_condition_recorded_by_users_id_fk" FOREIGN KEY ("condition_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tranches" ADD CONSTRAINT "plan_tranches_released_by_users_id_fk" FOREIGN KEY ("released_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_plan_id_reintegration_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."reintegration_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_consent_recorded_by_users_id_fk" FOREIGN KEY ("consent_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_signature_attachment_id_case_attachments_id_fk" FOREIGN KEY ("signature_attachment_id") REFERENCES "public"."case_attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reintegration_plans" ADD CONSTRAINT "reintegration_plans_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "business_applications_case_key" ON "business_applications" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "business_visits_application_idx" ON "business_visits" USING btree ("application_id","visited_on");--> statement-breakpoint
CREATE INDEX "plan_purchases_plan_idx" ON "plan_purchases" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reintegration_plans_case_key" ON "reintegration_plans" USING btree ("case_id");