CREATE TABLE "name_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_name_pairs" (
	"pair" text NOT NULL,
	"person_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "person_name_pairs" ADD CONSTRAINT "person_name_pairs_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "name_words_trgm" ON "name_words" USING gist ("word" gist_trgm_ops);--> statement-breakpoint
CREATE INDEX "person_name_pairs_pair_idx" ON "person_name_pairs" USING btree ("pair","person_id");--> statement-breakpoint
-- Data: the vocabulary and the word pairs of the names already on file, as wordPairs() makes them
-- (the distinct words of each name; every two in byte order, collate "C"; a one-word name is its own key).
INSERT INTO "name_words" ("word")
SELECT DISTINCT w FROM "person_names", unnest(string_to_array("searchable", ' ')) AS w WHERE w <> ''
ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "person_name_pairs" ("pair", "person_id")
SELECT DISTINCT
  CASE WHEN b.w IS NULL THEN a.w
    ELSE least(a.w COLLATE "C", b.w COLLATE "C") || ' ' || greatest(a.w COLLATE "C", b.w COLLATE "C") END,
  n.person_id
FROM (SELECT "person_id", array_agg(DISTINCT w) AS words
      FROM "person_names", unnest(string_to_array("searchable", ' ')) AS w WHERE w <> ''
      GROUP BY "id", "person_id") n
CROSS JOIN LATERAL unnest(n.words) WITH ORDINALITY AS a(w, i)
LEFT JOIN LATERAL unnest(n.words) WITH ORDINALITY AS b(w, j) ON b.j > a.i
WHERE b.w IS NOT NULL OR cardinality(n.words) = 1;
