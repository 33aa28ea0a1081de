CREATE TYPE "public"."transfer_recipient" AS ENUM('partner', 'government');--> statement-breakpoint
CREATE TYPE "public"."transfer_status" AS ENUM('awaiting_approval', 'approved', 'received', 'refused', 'cancelled');--> statement-breakpoint
CREATE TABLE "case_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"recipient" "transfer_recipient" NOT NULL,
	"organisation" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_details" text DEFAULT '' NOT NULL,
	"reason" text NOT NULL,
	"summary" text NOT NULL,
	"consent_id" uuid NOT NULL,
	"status" "transfer_status" DEFAULT 'awaiting_approval' NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"received_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_transfers" ADD CONSTRAINT "case_transfers_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_transfers" ADD CONSTRAINT "case_transfers_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_transfers" ADD CONSTRAINT "case_transfers_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_transfers" ADD CONSTRAINT "case_transfers_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_transfers_case_idx" ON "case_transfers" USING btree ("case_id","proposed_at");--> statement-breakpoint
CREATE INDEX "case_transfers_awaiting_idx" ON "case_transfers" USING btree ("status") WHERE "case_transfers"."status" = 'awaiting_approval';--> statement-breakpoint
CREATE UNIQUE INDEX "case_transfers_one_open" ON "case_transfers" USING btree ("case_id") WHERE "case_transfers"."status" in ('awaiting_approval', 'approved');