CREATE TABLE "public_results" (
	"consultation_id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"made_public_by" uuid,
	"made_public_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_results_slug_unique" UNIQUE("slug"),
	CONSTRAINT "public_results_slug" CHECK ("public_results"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length("public_results"."slug") between 3 and 80)
);
--> statement-breakpoint
CREATE TABLE "release" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"snapshot" jsonb NOT NULL,
	"texts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"prepared_by" uuid,
	"prepared_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_by" uuid,
	"published_at" timestamp with time zone,
	CONSTRAINT "release_version" UNIQUE("consultation_id","version"),
	CONSTRAINT "release_published" CHECK (("release"."state" = 'draft') = ("release"."published_at" is null))
);
--> statement-breakpoint
ALTER TABLE "public_results" ADD CONSTRAINT "public_results_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_results" ADD CONSTRAINT "public_results_made_public_by_staff_user_id_fk" FOREIGN KEY ("made_public_by") REFERENCES "public"."staff_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release" ADD CONSTRAINT "release_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release" ADD CONSTRAINT "release_prepared_by_staff_user_id_fk" FOREIGN KEY ("prepared_by") REFERENCES "public"."staff_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "release" ADD CONSTRAINT "release_approved_by_staff_user_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."staff_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "release_consultation" ON "release" USING btree ("consultation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "release_one_draft" ON "release" USING btree ("consultation_id") WHERE state = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "release_one_published" ON "release" USING btree ("consultation_id") WHERE state = 'published';