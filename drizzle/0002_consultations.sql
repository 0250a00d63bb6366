CREATE TABLE "access_code" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"code" text,
	"code_hash" text NOT NULL,
	"batch_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "access_code_code_hash_unique" UNIQUE("code_hash"),
	CONSTRAINT "access_code_plain_only_shared" CHECK (("access_code"."kind" = 'shared') = ("access_code"."code" is not null))
);
--> statement-breakpoint
CREATE TABLE "consultation_counter" (
	"consultation_id" uuid PRIMARY KEY NOT NULL,
	"started" integer DEFAULT 0 NOT NULL,
	"waiting_for_guardian" integer DEFAULT 0 NOT NULL,
	"finished" integer DEFAULT 0 NOT NULL,
	"withdrew" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_member" (
	"consultation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "consultation_member_consultation_id_user_id_pk" PRIMARY KEY("consultation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "consultation_text" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"subject_id" uuid,
	"field" text NOT NULL,
	"language" text NOT NULL,
	"level" text NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "consultation_text_entry" UNIQUE NULLS NOT DISTINCT("consultation_id","subject_id","field","language","level"),
	CONSTRAINT "consultation_text_length" CHECK (char_length("consultation_text"."text") between 1 and 5000)
);
--> statement-breakpoint
CREATE TABLE "consultation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"source_language" text DEFAULT 'en' NOT NULL,
	"languages" text[] NOT NULL,
	"countries" text[] NOT NULL,
	"age_bands" text[] NOT NULL,
	"consent_policy" text DEFAULT 'country-table' NOT NULL,
	"suppression_threshold" smallint DEFAULT 10 NOT NULL,
	"retention_days" integer DEFAULT 365 NOT NULL,
	"time_zone" text DEFAULT 'Europe/Stockholm' NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"safeguarding_lead_id" uuid,
	"ethics_reference" text,
	"dpia_reference" text,
	"ethics_checklist" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_threshold" CHECK ("consultation"."suppression_threshold" >= 5),
	CONSTRAINT "consultation_retention" CHECK ("consultation"."retention_days" between 1 and 3650),
	CONSTRAINT "consultation_window" CHECK ("consultation"."closes_at" is null or "consultation"."opens_at" is null or "consultation"."closes_at" > "consultation"."opens_at")
);
--> statement-breakpoint
CREATE TABLE "question_option" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "question_option_position" UNIQUE("question_id","position")
);
--> statement-breakpoint
CREATE TABLE "question" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"max_choices" smallint,
	"max_length" integer,
	"age_bands" text[],
	"sensitive" boolean DEFAULT false NOT NULL,
	CONSTRAINT "question_position" UNIQUE("consultation_id","position"),
	CONSTRAINT "question_max_length" CHECK ("question"."max_length" is null or "question"."max_length" between 1 and 5000),
	CONSTRAINT "question_max_choices" CHECK ("question"."max_choices" is null or "question"."max_choices" >= 1)
);
--> statement-breakpoint
ALTER TABLE "access_code" ADD CONSTRAINT "access_code_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_counter" ADD CONSTRAINT "consultation_counter_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_member" ADD CONSTRAINT "consultation_member_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_member" ADD CONSTRAINT "consultation_member_user_id_staff_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."staff_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_text" ADD CONSTRAINT "consultation_text_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation" ADD CONSTRAINT "consultation_safeguarding_lead_id_staff_user_id_fk" FOREIGN KEY ("safeguarding_lead_id") REFERENCES "public"."staff_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_option" ADD CONSTRAINT "question_option_question_id_question_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."question"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question" ADD CONSTRAINT "question_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_code_consultation" ON "access_code" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "consultation_member_user" ON "consultation_member" USING btree ("user_id");