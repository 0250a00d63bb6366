CREATE TABLE "answer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"response_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"skipped" boolean DEFAULT false NOT NULL,
	"choices" text[],
	"ranks" jsonb,
	"text" text,
	"redactions" text[],
	"flag_ids" uuid[],
	CONSTRAINT "answer_text_length" CHECK (char_length("answer"."text") <= 20000)
);
--> statement-breakpoint
CREATE TABLE "assent" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"text_version" text NOT NULL,
	"language" text NOT NULL,
	"day" date DEFAULT current_date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"resume_hash" text,
	"access_code_id" uuid,
	"language" text NOT NULL,
	"country" text,
	"age_band" text,
	"guardian_required" boolean,
	"step" text DEFAULT 'about-you' NOT NULL,
	"drafts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"active_on" date DEFAULT current_date NOT NULL,
	CONSTRAINT "participation_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "participation_resume_hash_unique" UNIQUE("resume_hash")
);
--> statement-breakpoint
CREATE TABLE "receipt" (
	"hash" text PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"language" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "response" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"language" text NOT NULL,
	"country" text NOT NULL,
	"age_band" text NOT NULL,
	"day" date NOT NULL,
	"receipt_hash" text NOT NULL,
	CONSTRAINT "response_receipt_hash_unique" UNIQUE("receipt_hash")
);
--> statement-breakpoint
CREATE TABLE "safeguarding_flag" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"question_id" uuid,
	"category" text NOT NULL,
	"source" text DEFAULT 'screening' NOT NULL,
	"day" date DEFAULT current_date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submission" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"sealed_receipt" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "access_code" ADD COLUMN "consented_on" date;--> statement-breakpoint
ALTER TABLE "answer" ADD CONSTRAINT "answer_response_id_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."response"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer" ADD CONSTRAINT "answer_question_id_question_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."question"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assent" ADD CONSTRAINT "assent_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation" ADD CONSTRAINT "participation_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation" ADD CONSTRAINT "participation_access_code_id_access_code_id_fk" FOREIGN KEY ("access_code_id") REFERENCES "public"."access_code"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipt" ADD CONSTRAINT "receipt_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response" ADD CONSTRAINT "response_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_flag" ADD CONSTRAINT "safeguarding_flag_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_flag" ADD CONSTRAINT "safeguarding_flag_question_id_question_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."question"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answer_response" ON "answer" USING btree ("response_id");--> statement-breakpoint
CREATE INDEX "answer_question" ON "answer" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "participation_active_on" ON "participation" USING btree ("active_on");--> statement-breakpoint
CREATE INDEX "response_consultation" ON "response" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "safeguarding_flag_consultation" ON "safeguarding_flag" USING btree ("consultation_id");