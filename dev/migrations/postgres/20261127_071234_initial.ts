import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_briefs_search_intent" AS ENUM('informational', 'commercial', 'transactional', 'navigational');
  CREATE TYPE "public"."enum_prompt_kits_phases_group" AS ENUM('planning', 'writing', 'publishing', 'distribution');
  CREATE TYPE "public"."enum_prompt_kits_phases_output_kind" AS ENUM('outline', 'research', 'introduction', 'body', 'eeat', 'faq', 'conclusion', 'meta', 'internalLinks', 'images', 'social', 'seoReview', 'notes');
  CREATE TYPE "public"."enum__prompt_kits_v_version_phases_group" AS ENUM('planning', 'writing', 'publishing', 'distribution');
  CREATE TYPE "public"."enum__prompt_kits_v_version_phases_output_kind" AS ENUM('outline', 'research', 'introduction', 'body', 'eeat', 'faq', 'conclusion', 'meta', 'internalLinks', 'images', 'social', 'seoReview', 'notes');
  CREATE TYPE "public"."enum_articles_eeat_kind" AS ENUM('quote', 'study', 'experience');
  CREATE TYPE "public"."enum_articles_image_plan_type" AS ENUM('photo', 'infographic', 'screenshot', 'diagram');
  CREATE TYPE "public"."enum_articles_image_plan_format" AS ENUM('annotated-code-screenshot', 'simplified-diagram', 'photo', 'illustration');
  CREATE TYPE "public"."enum_articles_pipeline_status" AS ENUM('pending', 'queued', 'running', 'done', 'failed', 'stale', 'edited');
  CREATE TYPE "public"."enum_articles_run_status" AS ENUM('queued', 'running', 'succeeded', 'failed');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_eeat_kind" AS ENUM('quote', 'study', 'experience');
  CREATE TYPE "public"."enum__articles_v_version_image_plan_type" AS ENUM('photo', 'infographic', 'screenshot', 'diagram');
  CREATE TYPE "public"."enum__articles_v_version_image_plan_format" AS ENUM('annotated-code-screenshot', 'simplified-diagram', 'photo', 'illustration');
  CREATE TYPE "public"."enum__articles_v_version_pipeline_status" AS ENUM('pending', 'queued', 'running', 'done', 'failed', 'stale', 'edited');
  CREATE TYPE "public"."enum__articles_v_version_run_status" AS ENUM('queued', 'running', 'succeeded', 'failed');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_generations_status" AS ENUM('running', 'succeeded', 'failed', 'cached');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'promptKitRunPipeline');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'promptKitRunPipeline');
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "topical_maps_content_groups" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar
  );
  
  CREATE TABLE "topical_maps" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"pillar_title" varchar,
  	"pillar_brief_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "briefs_secondary_keywords" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"keyword" varchar NOT NULL
  );
  
  CREATE TABLE "briefs_common_mistakes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "briefs_pro_tips" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "briefs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"primary_keyword" varchar NOT NULL,
  	"search_intent" "enum_briefs_search_intent" DEFAULT 'informational' NOT NULL,
  	"word_target" numeric DEFAULT 1200,
  	"audience" varchar,
  	"tone" varchar,
  	"angle" varchar,
  	"topical_map_id" integer,
  	"content_group" varchar,
  	"is_pillar" boolean DEFAULT false,
  	"overview" varchar,
  	"kit_id" integer,
  	"generate_on_save" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "prompt_kits_phases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"group" "enum_prompt_kits_phases_group" DEFAULT 'writing' NOT NULL,
  	"output_kind" "enum_prompt_kits_phases_output_kind" NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"template" varchar NOT NULL,
  	"model" varchar,
  	"temperature" numeric,
  	"max_tokens" numeric
  );
  
  CREATE TABLE "prompt_kits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "prompt_kits_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_prompt_kits_v_version_phases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"group" "enum__prompt_kits_v_version_phases_group" DEFAULT 'writing' NOT NULL,
  	"output_kind" "enum__prompt_kits_v_version_phases_output_kind" NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"template" varchar NOT NULL,
  	"model" varchar,
  	"temperature" numeric,
  	"max_tokens" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_prompt_kits_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar NOT NULL,
  	"version_slug" varchar,
  	"version_description" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_prompt_kits_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "articles_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar
  );
  
  CREATE TABLE "articles_eeat" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_articles_eeat_kind",
  	"text" varchar,
  	"attribution" varchar,
  	"source_url" varchar,
  	"placement" varchar,
  	"requires_permission" boolean DEFAULT false,
  	"verified" boolean DEFAULT false
  );
  
  CREATE TABLE "articles_image_plan" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"filename" varchar,
  	"description" varchar,
  	"placement" varchar,
  	"alt_text" varchar,
  	"type" "enum_articles_image_plan_type",
  	"format" "enum_articles_image_plan_format"
  );
  
  CREATE TABLE "articles_internal_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"article_id" integer,
  	"anchor_text" varchar,
  	"placement" varchar
  );
  
  CREATE TABLE "articles_social_twitter_thread" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "articles_pipeline" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"phase" varchar,
  	"status" "enum_articles_pipeline_status" DEFAULT 'pending',
  	"generation_id" integer,
  	"input_hash" varchar,
  	"field_hashes" jsonb,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "articles_proposals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"phase" varchar,
  	"field" varchar,
  	"value" jsonb,
  	"generation_id" integer,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"brief_id" integer,
  	"author_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"run_run_id" varchar,
  	"run_status" "enum_articles_run_status",
  	"run_job" varchar,
  	"run_kit_version" varchar,
  	"run_started_at" timestamp(3) with time zone,
  	"run_finished_at" timestamp(3) with time zone,
  	"run_triggered_by_id" integer,
  	"run_error" varchar,
  	"publish_override_reason" varchar,
  	"publish_override_by_id" integer,
  	"publish_override_at" timestamp(3) with time zone,
  	"introduction" jsonb,
  	"body" jsonb,
  	"conclusion" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_og_title" varchar,
  	"meta_og_description" varchar,
  	"meta_image_id" integer,
  	"meta_image_alt" varchar,
  	"json_ld" jsonb,
  	"outline" jsonb,
  	"research" jsonb,
  	"social_linkedin_post" varchar,
  	"social_pinterest_description" varchar,
  	"seo_review" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_articles_v_version_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_eeat" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__articles_v_version_eeat_kind",
  	"text" varchar,
  	"attribution" varchar,
  	"source_url" varchar,
  	"placement" varchar,
  	"requires_permission" boolean DEFAULT false,
  	"verified" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_image_plan" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"filename" varchar,
  	"description" varchar,
  	"placement" varchar,
  	"alt_text" varchar,
  	"type" "enum__articles_v_version_image_plan_type",
  	"format" "enum__articles_v_version_image_plan_format",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_internal_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer,
  	"anchor_text" varchar,
  	"placement" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_social_twitter_thread" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_pipeline" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"phase" varchar,
  	"status" "enum__articles_v_version_pipeline_status" DEFAULT 'pending',
  	"generation_id" integer,
  	"input_hash" varchar,
  	"field_hashes" jsonb,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_proposals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"phase" varchar,
  	"field" varchar,
  	"value" jsonb,
  	"generation_id" integer,
  	"created_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_brief_id" integer,
  	"version_author_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_run_run_id" varchar,
  	"version_run_status" "enum__articles_v_version_run_status",
  	"version_run_job" varchar,
  	"version_run_kit_version" varchar,
  	"version_run_started_at" timestamp(3) with time zone,
  	"version_run_finished_at" timestamp(3) with time zone,
  	"version_run_triggered_by_id" integer,
  	"version_run_error" varchar,
  	"version_publish_override_reason" varchar,
  	"version_publish_override_by_id" integer,
  	"version_publish_override_at" timestamp(3) with time zone,
  	"version_introduction" jsonb,
  	"version_body" jsonb,
  	"version_conclusion" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_og_title" varchar,
  	"version_meta_og_description" varchar,
  	"version_meta_image_id" integer,
  	"version_meta_image_alt" varchar,
  	"version_json_ld" jsonb,
  	"version_outline" jsonb,
  	"version_research" jsonb,
  	"version_social_linkedin_post" varchar,
  	"version_social_pinterest_description" varchar,
  	"version_seo_review" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "generations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer,
  	"brief_id" integer,
  	"run" varchar,
  	"phase" varchar NOT NULL,
  	"run_attempt" numeric,
  	"kit_id" integer,
  	"kit_version" varchar,
  	"status" "enum_generations_status" NOT NULL,
  	"model" varchar,
  	"params" jsonb,
  	"messages" jsonb,
  	"input_hash" varchar,
  	"raw_output" varchar,
  	"parsed_output" jsonb,
  	"validation_errors" jsonb,
  	"error" varchar,
  	"attempts" numeric,
  	"prompt_tokens" numeric,
  	"completion_tokens" numeric,
  	"cached_tokens" numeric,
  	"total_tokens" numeric,
  	"cost" numeric,
  	"latency_ms" numeric,
  	"cache_hit" boolean DEFAULT false,
  	"triggered_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"concurrency_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"media_id" integer,
  	"topical_maps_id" integer,
  	"briefs_id" integer,
  	"prompt_kits_id" integer,
  	"articles_id" integer,
  	"generations_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topical_maps_content_groups" ADD CONSTRAINT "topical_maps_content_groups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topical_maps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topical_maps" ADD CONSTRAINT "topical_maps_pillar_brief_id_briefs_id_fk" FOREIGN KEY ("pillar_brief_id") REFERENCES "public"."briefs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefs_secondary_keywords" ADD CONSTRAINT "briefs_secondary_keywords_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."briefs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefs_common_mistakes" ADD CONSTRAINT "briefs_common_mistakes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."briefs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefs_pro_tips" ADD CONSTRAINT "briefs_pro_tips_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."briefs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "briefs" ADD CONSTRAINT "briefs_topical_map_id_topical_maps_id_fk" FOREIGN KEY ("topical_map_id") REFERENCES "public"."topical_maps"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "briefs" ADD CONSTRAINT "briefs_kit_id_prompt_kits_id_fk" FOREIGN KEY ("kit_id") REFERENCES "public"."prompt_kits"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "prompt_kits_phases" ADD CONSTRAINT "prompt_kits_phases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."prompt_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "prompt_kits_texts" ADD CONSTRAINT "prompt_kits_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."prompt_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_prompt_kits_v_version_phases" ADD CONSTRAINT "_prompt_kits_v_version_phases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_prompt_kits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_prompt_kits_v" ADD CONSTRAINT "_prompt_kits_v_parent_id_prompt_kits_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."prompt_kits"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_prompt_kits_v_texts" ADD CONSTRAINT "_prompt_kits_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_prompt_kits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_faq" ADD CONSTRAINT "articles_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_eeat" ADD CONSTRAINT "articles_eeat_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_image_plan" ADD CONSTRAINT "articles_image_plan_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_internal_links" ADD CONSTRAINT "articles_internal_links_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_internal_links" ADD CONSTRAINT "articles_internal_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_social_twitter_thread" ADD CONSTRAINT "articles_social_twitter_thread_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_pipeline" ADD CONSTRAINT "articles_pipeline_generation_id_generations_id_fk" FOREIGN KEY ("generation_id") REFERENCES "public"."generations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_pipeline" ADD CONSTRAINT "articles_pipeline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_proposals" ADD CONSTRAINT "articles_proposals_generation_id_generations_id_fk" FOREIGN KEY ("generation_id") REFERENCES "public"."generations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_proposals" ADD CONSTRAINT "articles_proposals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_brief_id_briefs_id_fk" FOREIGN KEY ("brief_id") REFERENCES "public"."briefs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_run_triggered_by_id_users_id_fk" FOREIGN KEY ("run_triggered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_publish_override_by_id_users_id_fk" FOREIGN KEY ("publish_override_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_texts" ADD CONSTRAINT "articles_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_faq" ADD CONSTRAINT "_articles_v_version_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_eeat" ADD CONSTRAINT "_articles_v_version_eeat_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_image_plan" ADD CONSTRAINT "_articles_v_version_image_plan_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_internal_links" ADD CONSTRAINT "_articles_v_version_internal_links_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_internal_links" ADD CONSTRAINT "_articles_v_version_internal_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_social_twitter_thread" ADD CONSTRAINT "_articles_v_version_social_twitter_thread_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_pipeline" ADD CONSTRAINT "_articles_v_version_pipeline_generation_id_generations_id_fk" FOREIGN KEY ("generation_id") REFERENCES "public"."generations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_pipeline" ADD CONSTRAINT "_articles_v_version_pipeline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_proposals" ADD CONSTRAINT "_articles_v_version_proposals_generation_id_generations_id_fk" FOREIGN KEY ("generation_id") REFERENCES "public"."generations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_proposals" ADD CONSTRAINT "_articles_v_version_proposals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_brief_id_briefs_id_fk" FOREIGN KEY ("version_brief_id") REFERENCES "public"."briefs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_run_triggered_by_id_users_id_fk" FOREIGN KEY ("version_run_triggered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_publish_override_by_id_users_id_fk" FOREIGN KEY ("version_publish_override_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_texts" ADD CONSTRAINT "_articles_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "generations" ADD CONSTRAINT "generations_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "generations" ADD CONSTRAINT "generations_brief_id_briefs_id_fk" FOREIGN KEY ("brief_id") REFERENCES "public"."briefs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "generations" ADD CONSTRAINT "generations_kit_id_prompt_kits_id_fk" FOREIGN KEY ("kit_id") REFERENCES "public"."prompt_kits"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "generations" ADD CONSTRAINT "generations_triggered_by_id_users_id_fk" FOREIGN KEY ("triggered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topical_maps_fk" FOREIGN KEY ("topical_maps_id") REFERENCES "public"."topical_maps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_briefs_fk" FOREIGN KEY ("briefs_id") REFERENCES "public"."briefs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_prompt_kits_fk" FOREIGN KEY ("prompt_kits_id") REFERENCES "public"."prompt_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_generations_fk" FOREIGN KEY ("generations_id") REFERENCES "public"."generations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "topical_maps_content_groups_order_idx" ON "topical_maps_content_groups" USING btree ("_order");
  CREATE INDEX "topical_maps_content_groups_parent_id_idx" ON "topical_maps_content_groups" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "topical_maps_slug_idx" ON "topical_maps" USING btree ("slug");
  CREATE INDEX "topical_maps_pillar_brief_idx" ON "topical_maps" USING btree ("pillar_brief_id");
  CREATE INDEX "topical_maps_updated_at_idx" ON "topical_maps" USING btree ("updated_at");
  CREATE INDEX "topical_maps_created_at_idx" ON "topical_maps" USING btree ("created_at");
  CREATE INDEX "briefs_secondary_keywords_order_idx" ON "briefs_secondary_keywords" USING btree ("_order");
  CREATE INDEX "briefs_secondary_keywords_parent_id_idx" ON "briefs_secondary_keywords" USING btree ("_parent_id");
  CREATE INDEX "briefs_common_mistakes_order_idx" ON "briefs_common_mistakes" USING btree ("_order");
  CREATE INDEX "briefs_common_mistakes_parent_id_idx" ON "briefs_common_mistakes" USING btree ("_parent_id");
  CREATE INDEX "briefs_pro_tips_order_idx" ON "briefs_pro_tips" USING btree ("_order");
  CREATE INDEX "briefs_pro_tips_parent_id_idx" ON "briefs_pro_tips" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "briefs_slug_idx" ON "briefs" USING btree ("slug");
  CREATE INDEX "briefs_primary_keyword_idx" ON "briefs" USING btree ("primary_keyword");
  CREATE INDEX "briefs_topical_map_idx" ON "briefs" USING btree ("topical_map_id");
  CREATE INDEX "briefs_kit_idx" ON "briefs" USING btree ("kit_id");
  CREATE INDEX "briefs_updated_at_idx" ON "briefs" USING btree ("updated_at");
  CREATE INDEX "briefs_created_at_idx" ON "briefs" USING btree ("created_at");
  CREATE INDEX "prompt_kits_phases_order_idx" ON "prompt_kits_phases" USING btree ("_order");
  CREATE INDEX "prompt_kits_phases_parent_id_idx" ON "prompt_kits_phases" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "prompt_kits_slug_idx" ON "prompt_kits" USING btree ("slug");
  CREATE INDEX "prompt_kits_updated_at_idx" ON "prompt_kits" USING btree ("updated_at");
  CREATE INDEX "prompt_kits_created_at_idx" ON "prompt_kits" USING btree ("created_at");
  CREATE INDEX "prompt_kits_texts_order_parent" ON "prompt_kits_texts" USING btree ("order","parent_id");
  CREATE INDEX "_prompt_kits_v_version_phases_order_idx" ON "_prompt_kits_v_version_phases" USING btree ("_order");
  CREATE INDEX "_prompt_kits_v_version_phases_parent_id_idx" ON "_prompt_kits_v_version_phases" USING btree ("_parent_id");
  CREATE INDEX "_prompt_kits_v_parent_idx" ON "_prompt_kits_v" USING btree ("parent_id");
  CREATE INDEX "_prompt_kits_v_version_version_slug_idx" ON "_prompt_kits_v" USING btree ("version_slug");
  CREATE INDEX "_prompt_kits_v_version_version_updated_at_idx" ON "_prompt_kits_v" USING btree ("version_updated_at");
  CREATE INDEX "_prompt_kits_v_version_version_created_at_idx" ON "_prompt_kits_v" USING btree ("version_created_at");
  CREATE INDEX "_prompt_kits_v_created_at_idx" ON "_prompt_kits_v" USING btree ("created_at");
  CREATE INDEX "_prompt_kits_v_updated_at_idx" ON "_prompt_kits_v" USING btree ("updated_at");
  CREATE INDEX "_prompt_kits_v_texts_order_parent" ON "_prompt_kits_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "articles_faq_order_idx" ON "articles_faq" USING btree ("_order");
  CREATE INDEX "articles_faq_parent_id_idx" ON "articles_faq" USING btree ("_parent_id");
  CREATE INDEX "articles_eeat_order_idx" ON "articles_eeat" USING btree ("_order");
  CREATE INDEX "articles_eeat_parent_id_idx" ON "articles_eeat" USING btree ("_parent_id");
  CREATE INDEX "articles_image_plan_order_idx" ON "articles_image_plan" USING btree ("_order");
  CREATE INDEX "articles_image_plan_parent_id_idx" ON "articles_image_plan" USING btree ("_parent_id");
  CREATE INDEX "articles_internal_links_order_idx" ON "articles_internal_links" USING btree ("_order");
  CREATE INDEX "articles_internal_links_parent_id_idx" ON "articles_internal_links" USING btree ("_parent_id");
  CREATE INDEX "articles_internal_links_article_idx" ON "articles_internal_links" USING btree ("article_id");
  CREATE INDEX "articles_social_twitter_thread_order_idx" ON "articles_social_twitter_thread" USING btree ("_order");
  CREATE INDEX "articles_social_twitter_thread_parent_id_idx" ON "articles_social_twitter_thread" USING btree ("_parent_id");
  CREATE INDEX "articles_pipeline_order_idx" ON "articles_pipeline" USING btree ("_order");
  CREATE INDEX "articles_pipeline_parent_id_idx" ON "articles_pipeline" USING btree ("_parent_id");
  CREATE INDEX "articles_pipeline_generation_idx" ON "articles_pipeline" USING btree ("generation_id");
  CREATE INDEX "articles_proposals_order_idx" ON "articles_proposals" USING btree ("_order");
  CREATE INDEX "articles_proposals_parent_id_idx" ON "articles_proposals" USING btree ("_parent_id");
  CREATE INDEX "articles_proposals_generation_idx" ON "articles_proposals" USING btree ("generation_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_brief_idx" ON "articles" USING btree ("brief_id");
  CREATE INDEX "articles_author_idx" ON "articles" USING btree ("author_id");
  CREATE INDEX "articles_run_run_triggered_by_idx" ON "articles" USING btree ("run_triggered_by_id");
  CREATE INDEX "articles_publish_override_publish_override_by_idx" ON "articles" USING btree ("publish_override_by_id");
  CREATE INDEX "articles_meta_meta_image_idx" ON "articles" USING btree ("meta_image_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_texts_order_parent" ON "articles_texts" USING btree ("order","parent_id");
  CREATE INDEX "_articles_v_version_faq_order_idx" ON "_articles_v_version_faq" USING btree ("_order");
  CREATE INDEX "_articles_v_version_faq_parent_id_idx" ON "_articles_v_version_faq" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_eeat_order_idx" ON "_articles_v_version_eeat" USING btree ("_order");
  CREATE INDEX "_articles_v_version_eeat_parent_id_idx" ON "_articles_v_version_eeat" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_image_plan_order_idx" ON "_articles_v_version_image_plan" USING btree ("_order");
  CREATE INDEX "_articles_v_version_image_plan_parent_id_idx" ON "_articles_v_version_image_plan" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_internal_links_order_idx" ON "_articles_v_version_internal_links" USING btree ("_order");
  CREATE INDEX "_articles_v_version_internal_links_parent_id_idx" ON "_articles_v_version_internal_links" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_internal_links_article_idx" ON "_articles_v_version_internal_links" USING btree ("article_id");
  CREATE INDEX "_articles_v_version_social_twitter_thread_order_idx" ON "_articles_v_version_social_twitter_thread" USING btree ("_order");
  CREATE INDEX "_articles_v_version_social_twitter_thread_parent_id_idx" ON "_articles_v_version_social_twitter_thread" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_pipeline_order_idx" ON "_articles_v_version_pipeline" USING btree ("_order");
  CREATE INDEX "_articles_v_version_pipeline_parent_id_idx" ON "_articles_v_version_pipeline" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_pipeline_generation_idx" ON "_articles_v_version_pipeline" USING btree ("generation_id");
  CREATE INDEX "_articles_v_version_proposals_order_idx" ON "_articles_v_version_proposals" USING btree ("_order");
  CREATE INDEX "_articles_v_version_proposals_parent_id_idx" ON "_articles_v_version_proposals" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_proposals_generation_idx" ON "_articles_v_version_proposals" USING btree ("generation_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_brief_idx" ON "_articles_v" USING btree ("version_brief_id");
  CREATE INDEX "_articles_v_version_version_author_idx" ON "_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_articles_v_version_run_version_run_triggered_by_idx" ON "_articles_v" USING btree ("version_run_triggered_by_id");
  CREATE INDEX "_articles_v_version_publish_override_version_publish_ove_idx" ON "_articles_v" USING btree ("version_publish_override_by_id");
  CREATE INDEX "_articles_v_version_meta_version_meta_image_idx" ON "_articles_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_texts_order_parent" ON "_articles_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "generations_article_idx" ON "generations" USING btree ("article_id");
  CREATE INDEX "generations_brief_idx" ON "generations" USING btree ("brief_id");
  CREATE INDEX "generations_run_idx" ON "generations" USING btree ("run");
  CREATE INDEX "generations_phase_idx" ON "generations" USING btree ("phase");
  CREATE INDEX "generations_kit_idx" ON "generations" USING btree ("kit_id");
  CREATE INDEX "generations_status_idx" ON "generations" USING btree ("status");
  CREATE INDEX "generations_model_idx" ON "generations" USING btree ("model");
  CREATE INDEX "generations_input_hash_idx" ON "generations" USING btree ("input_hash");
  CREATE INDEX "generations_triggered_by_idx" ON "generations" USING btree ("triggered_by_id");
  CREATE INDEX "generations_updated_at_idx" ON "generations" USING btree ("updated_at");
  CREATE INDEX "generations_created_at_idx" ON "generations" USING btree ("created_at");
  CREATE UNIQUE INDEX "run_phase_runAttempt_idx" ON "generations" USING btree ("run","phase","run_attempt");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_topical_maps_id_idx" ON "payload_locked_documents_rels" USING btree ("topical_maps_id");
  CREATE INDEX "payload_locked_documents_rels_briefs_id_idx" ON "payload_locked_documents_rels" USING btree ("briefs_id");
  CREATE INDEX "payload_locked_documents_rels_prompt_kits_id_idx" ON "payload_locked_documents_rels" USING btree ("prompt_kits_id");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_generations_id_idx" ON "payload_locked_documents_rels" USING btree ("generations_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "topical_maps_content_groups" CASCADE;
  DROP TABLE "topical_maps" CASCADE;
  DROP TABLE "briefs_secondary_keywords" CASCADE;
  DROP TABLE "briefs_common_mistakes" CASCADE;
  DROP TABLE "briefs_pro_tips" CASCADE;
  DROP TABLE "briefs" CASCADE;
  DROP TABLE "prompt_kits_phases" CASCADE;
  DROP TABLE "prompt_kits" CASCADE;
  DROP TABLE "prompt_kits_texts" CASCADE;
  DROP TABLE "_prompt_kits_v_version_phases" CASCADE;
  DROP TABLE "_prompt_kits_v" CASCADE;
  DROP TABLE "_prompt_kits_v_texts" CASCADE;
  DROP TABLE "articles_faq" CASCADE;
  DROP TABLE "articles_eeat" CASCADE;
  DROP TABLE "articles_image_plan" CASCADE;
  DROP TABLE "articles_internal_links" CASCADE;
  DROP TABLE "articles_social_twitter_thread" CASCADE;
  DROP TABLE "articles_pipeline" CASCADE;
  DROP TABLE "articles_proposals" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_texts" CASCADE;
  DROP TABLE "_articles_v_version_faq" CASCADE;
  DROP TABLE "_articles_v_version_eeat" CASCADE;
  DROP TABLE "_articles_v_version_image_plan" CASCADE;
  DROP TABLE "_articles_v_version_internal_links" CASCADE;
  DROP TABLE "_articles_v_version_social_twitter_thread" CASCADE;
  DROP TABLE "_articles_v_version_pipeline" CASCADE;
  DROP TABLE "_articles_v_version_proposals" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_texts" CASCADE;
  DROP TABLE "generations" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_briefs_search_intent";
  DROP TYPE "public"."enum_prompt_kits_phases_group";
  DROP TYPE "public"."enum_prompt_kits_phases_output_kind";
  DROP TYPE "public"."enum__prompt_kits_v_version_phases_group";
  DROP TYPE "public"."enum__prompt_kits_v_version_phases_output_kind";
  DROP TYPE "public"."enum_articles_eeat_kind";
  DROP TYPE "public"."enum_articles_image_plan_type";
  DROP TYPE "public"."enum_articles_image_plan_format";
  DROP TYPE "public"."enum_articles_pipeline_status";
  DROP TYPE "public"."enum_articles_run_status";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_eeat_kind";
  DROP TYPE "public"."enum__articles_v_version_image_plan_type";
  DROP TYPE "public"."enum__articles_v_version_image_plan_format";
  DROP TYPE "public"."enum__articles_v_version_pipeline_status";
  DROP TYPE "public"."enum__articles_v_version_run_status";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_generations_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
