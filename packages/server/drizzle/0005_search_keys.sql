CREATE TABLE "person_name_keys" (
	"person_id" uuid NOT NULL,
	"key" text NOT NULL
);
--> statement-breakpoint
DROP INDEX "person_names_searchable_trgm";--> statement-breakpoint
ALTER TABLE "person_name_keys" ADD CONSTRAINT "person_name_keys_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_name_keys_key_idx" ON "person_name_keys" USING btree ("key","person_id");--> statement-breakpoint
CREATE INDEX "person_names_searchable_trgm" ON "person_names" USING gist ("searchable" gist_trgm_ops);