CREATE TYPE "public"."closure_outcome" AS ENUM('pending', 'approved', 'returned');--> statement-breakpoint
CREATE TYPE "public"."closure_reason" AS ENUM('plan_completed', 'no_longer_eligible', 'support_declined', 'moved_away', 'remigrated', 'death', 'turned_18', 'transferred', 'funding_ended', 'security_context', 'requirements_not_met', 'unreachable');--> statement-breakpoint
CREATE TABLE "case_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"reason" "closure_reason" NOT NULL,
	"plan_reviewed" boolean NOT NULL,
	"exit_interview_done" boolean NOT NULL,
	"unmet_needs_recorded" boolean NOT NULL,
	"hand_over_consented" text NOT NULL,
	"unmet_needs" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"outcome" "closure_outcome" DEFAULT 'pending' NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "case_closures" ADD CONSTRAINT "case_closures_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_closures" ADD CONSTRAINT "case_closures_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_closures" ADD CONSTRAINT "case_closures_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_closures_case_idx" ON "case_closures" USING btree ("case_id","proposed_at");