CREATE TYPE "public"."meeting_reason" AS ENUM('economic', 'social', 'psychosocial');--> statement-breakpoint
CREATE TYPE "public"."meeting_type" AS ENUM('intake', 'follow_up', 'beneficiary_request', 'monitoring', 'family_mediation', 'closure');--> statement-breakpoint
CREATE TABLE "indicator_cm_types" (
	"case_id" uuid NOT NULL,
	"cm_type" text,
	"since" date,
	"until" date
);
--> statement-breakpoint
ALTER TABLE "counselling_sessions" ADD COLUMN "meeting_type" "meeting_type";--> statement-breakpoint
ALTER TABLE "counselling_sessions" ADD COLUMN "reasons" "meeting_reason"[];--> statement-breakpoint
-- Data: sessions recorded before B3's type and reasons (seed-000 L917) were asked get them from their
-- kind, where the kind tells them, following the Handbook's sections (seed-002):
-- type of meeting:
--   pre_departure, first_arrival -> intake: the counselling that starts the case's reintegration work
--     (L893: before departure "whenever possible"; L909-L991: the first session after arrival);
--   family -> family_mediation: counselling with the returnee's family (2.6.2, L1912-L1949), what
--     B5 counts beside meetings the family attends (L920);
--   every other kind -> follow_up: plan development (L985), follow-up (L1272), psychosocial, career
--     and financial counselling and group orientation all come after the first session. Nothing in a
--     kind tells a beneficiary's request, monitoring or closure, so none is given those.
-- reasons, the dimension of the Handbook section the kind belongs to:
--   career (2.4.2, L1398), financial (2.4.5, L1553) -> economic;
--   psychosocial (2.6.1, L1841), group_orientation (in 2.6.1, L1897), family (2.6.2, L1912) -> psychosocial;
--   plan_development -> all three: the plan covers the economic, social and psychosocial dimensions;
--   pre_departure, first_arrival, follow_up -> none: the kind says nothing of what they were for, and
--     an empty list (which new sessions may also have) is truer than a guess.
UPDATE "counselling_sessions" SET
  "meeting_type" = (CASE "type"
    WHEN 'pre_departure' THEN 'intake'
    WHEN 'first_arrival' THEN 'intake'
    WHEN 'family' THEN 'family_mediation'
    ELSE 'follow_up' END)::"meeting_type",
  "reasons" = (CASE "type"
    WHEN 'career' THEN '{economic}'
    WHEN 'financial' THEN '{economic}'
    WHEN 'psychosocial' THEN '{psychosocial}'
    WHEN 'group_orientation' THEN '{psychosocial}'
    WHEN 'family' THEN '{psychosocial}'
    WHEN 'plan_development' THEN '{economic,social,psychosocial}'
    ELSE '{}' END)::"meeting_reason"[];--> statement-breakpoint
ALTER TABLE "counselling_sessions" ALTER COLUMN "meeting_type" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "counselling_sessions" ALTER COLUMN "reasons" SET NOT NULL;--> statement-breakpoint
-- The meeting facts are rebuilt from the sessions, not carried over: the old rows lack the new
-- columns. Forgetting when the figures were last rebuilt makes the server rebuild them at start.
DELETE FROM "indicator_meetings";--> statement-breakpoint
DELETE FROM "indicator_refreshes";--> statement-breakpoint
ALTER TABLE "indicator_meetings" ADD COLUMN "meeting_type" text NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_meetings" ADD COLUMN "economic" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_meetings" ADD COLUMN "social" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_meetings" ADD COLUMN "psychosocial" integer NOT NULL;--> statement-breakpoint
CREATE INDEX "indicator_cm_types_case_idx" ON "indicator_cm_types" USING btree ("case_id");
