CREATE TABLE "answer_theme" (
	"answer_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "answer_theme_answer_id_theme_id_pk" PRIMARY KEY("answer_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "moderation_decision" (
	"answer_id" uuid PRIMARY KEY NOT NULL,
	"decision" text NOT NULL,
	"text" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_by" uuid,
	"state" text DEFAULT 'final' NOT NULL,
	CONSTRAINT "moderation_text_length" CHECK (char_length("moderation_decision"."text") <= 20000)
);
--> statement-breakpoint
CREATE TABLE "safeguarding_action" (
	"flag_id" uuid PRIMARY KEY NOT NULL,
	"action" text NOT NULL,
	"handled_by" uuid,
	"handled_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "theme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question_id" uuid NOT NULL,
	"label" text NOT NULL,
	"created_by" uuid,
	CONSTRAINT "theme_label_length" CHECK (char_length("theme"."label") between 1 and 80)
);
--> statement-breakpoint
ALTER TABLE "consultation" ADD COLUMN "four_eyes" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "safeguarding_flag" ADD COLUMN "lead_notified" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "answer_theme" ADD CONSTRAINT "answer_theme_answer_id_answer_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_theme" ADD CONSTRAINT "answer_theme_theme_id_theme_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."theme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_decision" ADD CONSTRAINT "moderation_decision_answer_id_answer_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."answer"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_decision" ADD CONSTRAINT "moderation_decision_decided_by_staff_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_decision" ADD CONSTRAINT "moderation_decision_confirmed_by_staff_user_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."staff_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_action" ADD CONSTRAINT "safeguarding_action_flag_id_safeguarding_flag_id_fk" FOREIGN KEY ("flag_id") REFERENCES "public"."safeguarding_flag"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_action" ADD CONSTRAINT "safeguarding_action_handled_by_staff_user_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."staff_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme" ADD CONSTRAINT "theme_question_id_question_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."question"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme" ADD CONSTRAINT "theme_created_by_staff_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answer_theme_theme" ON "answer_theme" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "theme_question" ON "theme" USING btree ("question_id");