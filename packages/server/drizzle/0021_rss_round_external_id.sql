ALTER TABLE "rss_rounds" ADD COLUMN "external_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "rss_rounds_external_idx" ON "rss_rounds" USING btree ("case_id","external_id");