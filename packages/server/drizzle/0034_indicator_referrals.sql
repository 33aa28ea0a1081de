CREATE TABLE "indicator_referrals" (
	"month" date NOT NULL,
	"mission_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"sex" text NOT NULL,
	"age_band" text NOT NULL,
	"vulnerable" boolean NOT NULL,
	"provider_id" uuid NOT NULL,
	"sent" integer NOT NULL,
	"completed" integer NOT NULL,
	"received" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "indicator_referrals_mission_idx" ON "indicator_referrals" USING btree ("mission_id","month");