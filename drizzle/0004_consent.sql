CREATE TABLE "consent_record" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"method" text NOT NULL,
	"decision" text NOT NULL,
	"text_version" text NOT NULL,
	"language" text NOT NULL,
	"day" date DEFAULT current_date NOT NULL,
	"batch_id" uuid,
	"codes" integer,
	"how" text,
	"collected_on" date,
	"attested_by" uuid,
	CONSTRAINT "consent_record_attestation" CHECK (("consent_record"."method" = 'attestation') = ("consent_record"."how" is not null and "consent_record"."collected_on" is not null and "consent_record"."batch_id" is not null)),
	CONSTRAINT "consent_record_how_length" CHECK (char_length("consent_record"."how") <= 500)
);
--> statement-breakpoint
CREATE TABLE "consent_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participation_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"outbox_id" uuid,
	"sends" integer DEFAULT 1 NOT NULL,
	"expires_on" date NOT NULL,
	"consented_on" date,
	CONSTRAINT "consent_request_participation_id_unique" UNIQUE("participation_id"),
	CONSTRAINT "consent_request_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "consent_record" ADD CONSTRAINT "consent_record_consultation_id_consultation_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_record" ADD CONSTRAINT "consent_record_attested_by_staff_user_id_fk" FOREIGN KEY ("attested_by") REFERENCES "public"."staff_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_request" ADD CONSTRAINT "consent_request_participation_id_participation_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_request" ADD CONSTRAINT "consent_request_outbox_id_mail_outbox_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."mail_outbox"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_record_consultation" ON "consent_record" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "consent_request_expires_on" ON "consent_request" USING btree ("expires_on");