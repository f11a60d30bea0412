import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'promptKitHeroImage';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'promptKitHeroImage';
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_same_as" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "prompt_kit_llm_budgets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"model" varchar NOT NULL,
  	"slot_start" numeric NOT NULL,
  	"requests" numeric DEFAULT 0 NOT NULL,
  	"tokens" numeric DEFAULT 0 NOT NULL,
  	"paused_until" numeric DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "prompt_kit_batches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"topical_map_id" integer NOT NULL,
  	"entries" jsonb,
  	"forecast" jsonb,
  	"budget" jsonb,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_same_as" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_name" varchar,
  	"site_url" varchar,
  	"publisher_name" varchar,
  	"publisher_url" varchar,
  	"publisher_logo_id" integer,
  	"default_author_id" integer,
  	"default_og_image_id" integer,
  	"twitter_handle" varchar,
  	"locale" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users" ADD COLUMN "role" varchar;
  ALTER TABLE "users" ADD COLUMN "bio" varchar;
  ALTER TABLE "users" ADD COLUMN "url" varchar;
  ALTER TABLE "users" ADD COLUMN "image_id" integer;
  ALTER TABLE "topical_maps" ADD COLUMN "generation_budget_max_cost_usd" numeric;
  ALTER TABLE "topical_maps" ADD COLUMN "generation_budget_max_tokens" numeric;
  ALTER TABLE "articles_image_plan" ADD COLUMN "image_id" integer;
  ALTER TABLE "articles_image_plan" ADD COLUMN "caption" varchar;
  ALTER TABLE "articles" ADD COLUMN "run_refinement" jsonb;
  ALTER TABLE "articles" ADD COLUMN "seo_review_dismissed" jsonb;
  ALTER TABLE "_articles_v_version_image_plan" ADD COLUMN "image_id" integer;
  ALTER TABLE "_articles_v_version_image_plan" ADD COLUMN "caption" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_run_refinement" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_seo_review_dismissed" jsonb;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_same_as" ADD CONSTRAINT "users_same_as_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "prompt_kit_batches" ADD CONSTRAINT "prompt_kit_batches_topical_map_id_topical_maps_id_fk" FOREIGN KEY ("topical_map_id") REFERENCES "public"."topical_maps"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "prompt_kit_batches" ADD CONSTRAINT "prompt_kit_batches_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_same_as" ADD CONSTRAINT "site_settings_same_as_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_publisher_logo_id_media_id_fk" FOREIGN KEY ("publisher_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_default_author_id_users_id_fk" FOREIGN KEY ("default_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_default_og_image_id_media_id_fk" FOREIGN KEY ("default_og_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_same_as_order_idx" ON "users_same_as" USING btree ("_order");
  CREATE INDEX "users_same_as_parent_id_idx" ON "users_same_as" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "prompt_kit_llm_budgets_key_idx" ON "prompt_kit_llm_budgets" USING btree ("key");
  CREATE INDEX "prompt_kit_llm_budgets_model_idx" ON "prompt_kit_llm_budgets" USING btree ("model");
  CREATE INDEX "prompt_kit_llm_budgets_slot_start_idx" ON "prompt_kit_llm_budgets" USING btree ("slot_start");
  CREATE INDEX "prompt_kit_batches_topical_map_idx" ON "prompt_kit_batches" USING btree ("topical_map_id");
  CREATE INDEX "prompt_kit_batches_created_by_idx" ON "prompt_kit_batches" USING btree ("created_by_id");
  CREATE INDEX "prompt_kit_batches_updated_at_idx" ON "prompt_kit_batches" USING btree ("updated_at");
  CREATE INDEX "prompt_kit_batches_created_at_idx" ON "prompt_kit_batches" USING btree ("created_at");
  CREATE INDEX "site_settings_same_as_order_idx" ON "site_settings_same_as" USING btree ("_order");
  CREATE INDEX "site_settings_same_as_parent_id_idx" ON "site_settings_same_as" USING btree ("_parent_id");
  CREATE INDEX "site_settings_publisher_logo_idx" ON "site_settings" USING btree ("publisher_logo_id");
  CREATE INDEX "site_settings_default_author_idx" ON "site_settings" USING btree ("default_author_id");
  CREATE INDEX "site_settings_default_og_image_idx" ON "site_settings" USING btree ("default_og_image_id");
  ALTER TABLE "users" ADD CONSTRAINT "users_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_image_plan" ADD CONSTRAINT "articles_image_plan_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_image_plan" ADD CONSTRAINT "_articles_v_version_image_plan_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "users_image_idx" ON "users" USING btree ("image_id");
  CREATE INDEX "articles_image_plan_image_idx" ON "articles_image_plan" USING btree ("image_id");
  CREATE INDEX "_articles_v_version_image_plan_image_idx" ON "_articles_v_version_image_plan" USING btree ("image_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_same_as" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "prompt_kit_llm_budgets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "prompt_kit_batches" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_same_as" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_same_as" CASCADE;
  DROP TABLE "prompt_kit_llm_budgets" CASCADE;
  DROP TABLE "prompt_kit_batches" CASCADE;
  DROP TABLE "site_settings_same_as" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  ALTER TABLE "users" DROP CONSTRAINT "users_image_id_media_id_fk";
  
  ALTER TABLE "articles_image_plan" DROP CONSTRAINT "articles_image_plan_image_id_media_id_fk";
  
  ALTER TABLE "_articles_v_version_image_plan" DROP CONSTRAINT "_articles_v_version_image_plan_image_id_media_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'promptKitRunPipeline');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'promptKitRunPipeline');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "users_image_idx";
  DROP INDEX "articles_image_plan_image_idx";
  DROP INDEX "_articles_v_version_image_plan_image_idx";
  ALTER TABLE "users" DROP COLUMN "role";
  ALTER TABLE "users" DROP COLUMN "bio";
  ALTER TABLE "users" DROP COLUMN "url";
  ALTER TABLE "users" DROP COLUMN "image_id";
  ALTER TABLE "topical_maps" DROP COLUMN "generation_budget_max_cost_usd";
  ALTER TABLE "topical_maps" DROP COLUMN "generation_budget_max_tokens";
  ALTER TABLE "articles_image_plan" DROP COLUMN "image_id";
  ALTER TABLE "articles_image_plan" DROP COLUMN "caption";
  ALTER TABLE "articles" DROP COLUMN "run_refinement";
  ALTER TABLE "articles" DROP COLUMN "seo_review_dismissed";
  ALTER TABLE "_articles_v_version_image_plan" DROP COLUMN "image_id";
  ALTER TABLE "_articles_v_version_image_plan" DROP COLUMN "caption";
  ALTER TABLE "_articles_v" DROP COLUMN "version_run_refinement";
  ALTER TABLE "_articles_v" DROP COLUMN "version_seo_review_dismissed";
  DROP TYPE "public"."enum_users_roles";`)
}
