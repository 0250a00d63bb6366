CREATE TABLE "country" (
	"code" text PRIMARY KEY NOT NULL,
	"sort_order" smallint NOT NULL,
	CONSTRAINT "country_code_format" CHECK ("country"."code" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "digital_consent_age" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "digital_consent_age_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"country_code" text NOT NULL,
	"age" smallint NOT NULL,
	"valid_from" date NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digital_consent_age_country_day" UNIQUE("country_code","valid_from"),
	CONSTRAINT "digital_consent_age_range" CHECK ("digital_consent_age"."age" between 13 and 18)
);
--> statement-breakpoint
CREATE TABLE "helpline" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "helpline_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"country_code" text NOT NULL,
	"number" text NOT NULL,
	"name" text NOT NULL,
	"languages" text[] NOT NULL,
	"hours" text,
	"web_address" text,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "helpline_country_number" UNIQUE("country_code","number")
);
--> statement-breakpoint
ALTER TABLE "digital_consent_age" ADD CONSTRAINT "digital_consent_age_country_code_country_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."country"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpline" ADD CONSTRAINT "helpline_country_code_country_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."country"("code") ON DELETE no action ON UPDATE no action;