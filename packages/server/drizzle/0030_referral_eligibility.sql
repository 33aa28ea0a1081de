ALTER TABLE "referrals" ADD COLUMN "eligibility" jsonb;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "eligibility_exception" text DEFAULT '' NOT NULL;