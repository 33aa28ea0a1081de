CREATE TYPE "public"."hand_over_status" AS ENUM('pending', 'accepted', 'returned', 'cancelled');--> statement-breakpoint
CREATE TABLE "case_hand_overs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"from_mission_id" uuid NOT NULL,
	"from_office_id" uuid NOT NULL,
	"to_mission_id" uuid NOT NULL,
	"status" "hand_over_status" DEFAULT 'pending' NOT NULL,
	"needs" text NOT NULL,
	"vulnerabilities" text DEFAULT '' NOT NULL,
	"planned_assistance" text DEFAULT '' NOT NULL,
	"expected_arrival" date,
	"arrival_details" text DEFAULT '' NOT NULL,
	"consent_id" uuid NOT NULL,
	"sent_by" uuid NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_holders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"mission_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"held_from" timestamp with time zone NOT NULL,
	"held_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "case_hand_overs" ADD CONSTRAINT "case_hand_overs_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_hand_overs" ADD CONSTRAINT "case_hand_overs_from_mission_id_missions_id_fk" FOREIGN KEY ("from_mission_id") REFERENCES "public"."missions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_hand_overs" ADD CONSTRAINT "case_hand_overs_from_office_id_offices_id_fk" FOREIGN KEY ("from_office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_hand_overs" ADD CONSTRAINT "case_hand_overs_to_mission_id_missions_id_fk" FOREIGN KEY ("to_mission_id") REFERENCES "public"."missions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_hand_overs" ADD CONSTRAINT "case_hand_overs_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_hand_overs" ADD CONSTRAINT "case_hand_overs_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_hand_overs" ADD CONSTRAINT "case_hand_overs_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_holders" ADD CONSTRAINT "case_holders_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_holders" ADD CONSTRAINT "case_holders_mission_id_missions_id_fk" FOREIGN KEY ("mission_id") REFERENCES "public"."missions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_holders" ADD CONSTRAINT "case_holders_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_hand_overs_case_idx" ON "case_hand_overs" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_hand_overs_incoming_idx" ON "case_hand_overs" USING btree ("to_mission_id","status","sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "case_hand_overs_one_pending" ON "case_hand_overs" USING btree ("case_id") WHERE "case_hand_overs"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "case_holders_case_idx" ON "case_holders" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_holders_office_idx" ON "case_holders" USING btree ("office_id","case_id");