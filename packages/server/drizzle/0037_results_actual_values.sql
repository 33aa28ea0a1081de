CREATE TABLE "results_actual_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"row_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	"source" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"replaces" uuid,
	"entered_by" uuid NOT NULL,
	"entered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "results_framework_rows" DROP CONSTRAINT "results_framework_rows_framework_id_position_pk";--> statement-breakpoint
ALTER TABLE "results_framework_rows" ADD COLUMN "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "results_framework_rows" ADD COLUMN "parent" integer;--> statement-breakpoint
ALTER TABLE "results_framework_rows" ADD COLUMN "data_source" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "results_actual_values" ADD CONSTRAINT "results_actual_values_row_id_results_framework_rows_id_fk" FOREIGN KEY ("row_id") REFERENCES "public"."results_framework_rows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_actual_values" ADD CONSTRAINT "results_actual_values_replaces_results_actual_values_id_fk" FOREIGN KEY ("replaces") REFERENCES "public"."results_actual_values"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_actual_values" ADD CONSTRAINT "results_actual_values_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "results_actual_values_row_idx" ON "results_actual_values" USING btree ("row_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "results_actual_values_replaces_idx" ON "results_actual_values" USING btree ("replaces");--> statement-breakpoint
CREATE UNIQUE INDEX "results_actual_values_first_idx" ON "results_actual_values" USING btree ("row_id","period") WHERE "results_actual_values"."replaces" is null;--> statement-breakpoint
CREATE INDEX "results_framework_rows_framework_idx" ON "results_framework_rows" USING btree ("framework_id","position");