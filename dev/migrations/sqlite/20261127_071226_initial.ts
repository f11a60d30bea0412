import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`topical_maps_content_groups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topical_maps\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`topical_maps_content_groups_order_idx\` ON \`topical_maps_content_groups\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`topical_maps_content_groups_parent_id_idx\` ON \`topical_maps_content_groups\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`topical_maps\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`pillar_title\` text,
  	\`pillar_brief_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`pillar_brief_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topical_maps_slug_idx\` ON \`topical_maps\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topical_maps_pillar_brief_idx\` ON \`topical_maps\` (\`pillar_brief_id\`);`)
  await db.run(sql`CREATE INDEX \`topical_maps_updated_at_idx\` ON \`topical_maps\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topical_maps_created_at_idx\` ON \`topical_maps\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`briefs_secondary_keywords\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`keyword\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`briefs_secondary_keywords_order_idx\` ON \`briefs_secondary_keywords\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`briefs_secondary_keywords_parent_id_idx\` ON \`briefs_secondary_keywords\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`briefs_common_mistakes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`briefs_common_mistakes_order_idx\` ON \`briefs_common_mistakes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`briefs_common_mistakes_parent_id_idx\` ON \`briefs_common_mistakes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`briefs_pro_tips\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`briefs_pro_tips_order_idx\` ON \`briefs_pro_tips\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`briefs_pro_tips_parent_id_idx\` ON \`briefs_pro_tips\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`briefs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`primary_keyword\` text NOT NULL,
  	\`search_intent\` text DEFAULT 'informational' NOT NULL,
  	\`word_target\` numeric DEFAULT 1200,
  	\`audience\` text,
  	\`tone\` text,
  	\`angle\` text,
  	\`topical_map_id\` integer,
  	\`content_group\` text,
  	\`is_pillar\` integer DEFAULT false,
  	\`overview\` text,
  	\`kit_id\` integer,
  	\`generate_on_save\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`topical_map_id\`) REFERENCES \`topical_maps\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`kit_id\`) REFERENCES \`prompt_kits\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`briefs_slug_idx\` ON \`briefs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`briefs_primary_keyword_idx\` ON \`briefs\` (\`primary_keyword\`);`)
  await db.run(sql`CREATE INDEX \`briefs_topical_map_idx\` ON \`briefs\` (\`topical_map_id\`);`)
  await db.run(sql`CREATE INDEX \`briefs_kit_idx\` ON \`briefs\` (\`kit_id\`);`)
  await db.run(sql`CREATE INDEX \`briefs_updated_at_idx\` ON \`briefs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`briefs_created_at_idx\` ON \`briefs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`prompt_kits_phases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`group\` text DEFAULT 'writing' NOT NULL,
  	\`output_kind\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`template\` text NOT NULL,
  	\`model\` text,
  	\`temperature\` numeric,
  	\`max_tokens\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`prompt_kits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`prompt_kits_phases_order_idx\` ON \`prompt_kits_phases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`prompt_kits_phases_parent_id_idx\` ON \`prompt_kits_phases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`prompt_kits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`prompt_kits_slug_idx\` ON \`prompt_kits\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`prompt_kits_updated_at_idx\` ON \`prompt_kits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`prompt_kits_created_at_idx\` ON \`prompt_kits\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`prompt_kits_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`prompt_kits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`prompt_kits_texts_order_parent\` ON \`prompt_kits_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_prompt_kits_v_version_phases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`group\` text DEFAULT 'writing' NOT NULL,
  	\`output_kind\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`template\` text NOT NULL,
  	\`model\` text,
  	\`temperature\` numeric,
  	\`max_tokens\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_prompt_kits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_prompt_kits_v_version_phases_order_idx\` ON \`_prompt_kits_v_version_phases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_prompt_kits_v_version_phases_parent_id_idx\` ON \`_prompt_kits_v_version_phases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_prompt_kits_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_slug\` text,
  	\`version_description\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`prompt_kits\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_prompt_kits_v_parent_idx\` ON \`_prompt_kits_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_prompt_kits_v_version_version_slug_idx\` ON \`_prompt_kits_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_prompt_kits_v_version_version_updated_at_idx\` ON \`_prompt_kits_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_prompt_kits_v_version_version_created_at_idx\` ON \`_prompt_kits_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_prompt_kits_v_created_at_idx\` ON \`_prompt_kits_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_prompt_kits_v_updated_at_idx\` ON \`_prompt_kits_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_prompt_kits_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_prompt_kits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_prompt_kits_v_texts_order_parent\` ON \`_prompt_kits_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_faq_order_idx\` ON \`articles_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_faq_parent_id_idx\` ON \`articles_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_eeat\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`text\` text,
  	\`attribution\` text,
  	\`source_url\` text,
  	\`placement\` text,
  	\`requires_permission\` integer DEFAULT false,
  	\`verified\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_eeat_order_idx\` ON \`articles_eeat\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_eeat_parent_id_idx\` ON \`articles_eeat\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_image_plan\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`filename\` text,
  	\`description\` text,
  	\`placement\` text,
  	\`alt_text\` text,
  	\`type\` text,
  	\`format\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_image_plan_order_idx\` ON \`articles_image_plan\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_image_plan_parent_id_idx\` ON \`articles_image_plan\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_internal_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`article_id\` integer,
  	\`anchor_text\` text,
  	\`placement\` text,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_internal_links_order_idx\` ON \`articles_internal_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_internal_links_parent_id_idx\` ON \`articles_internal_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_internal_links_article_idx\` ON \`articles_internal_links\` (\`article_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_social_twitter_thread\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_social_twitter_thread_order_idx\` ON \`articles_social_twitter_thread\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_social_twitter_thread_parent_id_idx\` ON \`articles_social_twitter_thread\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_pipeline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`phase\` text,
  	\`status\` text DEFAULT 'pending',
  	\`generation_id\` integer,
  	\`input_hash\` text,
  	\`field_hashes\` text,
  	\`error\` text,
  	\`updated_at\` text,
  	FOREIGN KEY (\`generation_id\`) REFERENCES \`generations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_pipeline_order_idx\` ON \`articles_pipeline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_pipeline_parent_id_idx\` ON \`articles_pipeline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_pipeline_generation_idx\` ON \`articles_pipeline\` (\`generation_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_proposals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`phase\` text,
  	\`field\` text,
  	\`value\` text,
  	\`generation_id\` integer,
  	\`created_at\` text,
  	FOREIGN KEY (\`generation_id\`) REFERENCES \`generations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_proposals_order_idx\` ON \`articles_proposals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_proposals_parent_id_idx\` ON \`articles_proposals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_proposals_generation_idx\` ON \`articles_proposals\` (\`generation_id\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`brief_id\` integer,
  	\`author_id\` integer,
  	\`published_at\` text,
  	\`run_run_id\` text,
  	\`run_status\` text,
  	\`run_job\` text,
  	\`run_kit_version\` text,
  	\`run_started_at\` text,
  	\`run_finished_at\` text,
  	\`run_triggered_by_id\` integer,
  	\`run_error\` text,
  	\`publish_override_reason\` text,
  	\`publish_override_by_id\` integer,
  	\`publish_override_at\` text,
  	\`introduction\` text,
  	\`body\` text,
  	\`conclusion\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_og_title\` text,
  	\`meta_og_description\` text,
  	\`meta_image_id\` integer,
  	\`meta_image_alt\` text,
  	\`json_ld\` text,
  	\`outline\` text,
  	\`research\` text,
  	\`social_linkedin_post\` text,
  	\`social_pinterest_description\` text,
  	\`seo_review\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`brief_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`run_triggered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`publish_override_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_brief_idx\` ON \`articles\` (\`brief_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_author_idx\` ON \`articles\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_run_run_triggered_by_idx\` ON \`articles\` (\`run_triggered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_publish_override_publish_override_by_idx\` ON \`articles\` (\`publish_override_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_texts_order_parent\` ON \`articles_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_faq_order_idx\` ON \`_articles_v_version_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_faq_parent_id_idx\` ON \`_articles_v_version_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_eeat\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`text\` text,
  	\`attribution\` text,
  	\`source_url\` text,
  	\`placement\` text,
  	\`requires_permission\` integer DEFAULT false,
  	\`verified\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_eeat_order_idx\` ON \`_articles_v_version_eeat\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_eeat_parent_id_idx\` ON \`_articles_v_version_eeat\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_image_plan\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`filename\` text,
  	\`description\` text,
  	\`placement\` text,
  	\`alt_text\` text,
  	\`type\` text,
  	\`format\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_image_plan_order_idx\` ON \`_articles_v_version_image_plan\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_image_plan_parent_id_idx\` ON \`_articles_v_version_image_plan\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_internal_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer,
  	\`anchor_text\` text,
  	\`placement\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_internal_links_order_idx\` ON \`_articles_v_version_internal_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_internal_links_parent_id_idx\` ON \`_articles_v_version_internal_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_internal_links_article_idx\` ON \`_articles_v_version_internal_links\` (\`article_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_social_twitter_thread\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_social_twitter_thread_order_idx\` ON \`_articles_v_version_social_twitter_thread\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_social_twitter_thread_parent_id_idx\` ON \`_articles_v_version_social_twitter_thread\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_pipeline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`phase\` text,
  	\`status\` text DEFAULT 'pending',
  	\`generation_id\` integer,
  	\`input_hash\` text,
  	\`field_hashes\` text,
  	\`error\` text,
  	\`updated_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`generation_id\`) REFERENCES \`generations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_pipeline_order_idx\` ON \`_articles_v_version_pipeline\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_pipeline_parent_id_idx\` ON \`_articles_v_version_pipeline\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_pipeline_generation_idx\` ON \`_articles_v_version_pipeline\` (\`generation_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_proposals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`phase\` text,
  	\`field\` text,
  	\`value\` text,
  	\`generation_id\` integer,
  	\`created_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`generation_id\`) REFERENCES \`generations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_proposals_order_idx\` ON \`_articles_v_version_proposals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_proposals_parent_id_idx\` ON \`_articles_v_version_proposals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_proposals_generation_idx\` ON \`_articles_v_version_proposals\` (\`generation_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_brief_id\` integer,
  	\`version_author_id\` integer,
  	\`version_published_at\` text,
  	\`version_run_run_id\` text,
  	\`version_run_status\` text,
  	\`version_run_job\` text,
  	\`version_run_kit_version\` text,
  	\`version_run_started_at\` text,
  	\`version_run_finished_at\` text,
  	\`version_run_triggered_by_id\` integer,
  	\`version_run_error\` text,
  	\`version_publish_override_reason\` text,
  	\`version_publish_override_by_id\` integer,
  	\`version_publish_override_at\` text,
  	\`version_introduction\` text,
  	\`version_body\` text,
  	\`version_conclusion\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_og_title\` text,
  	\`version_meta_og_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_meta_image_alt\` text,
  	\`version_json_ld\` text,
  	\`version_outline\` text,
  	\`version_research\` text,
  	\`version_social_linkedin_post\` text,
  	\`version_social_pinterest_description\` text,
  	\`version_seo_review\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_brief_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_run_triggered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_publish_override_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_brief_idx\` ON \`_articles_v\` (\`version_brief_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_author_idx\` ON \`_articles_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_run_version_run_triggered_by_idx\` ON \`_articles_v\` (\`version_run_triggered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_publish_override_version_publish_ove_idx\` ON \`_articles_v\` (\`version_publish_override_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_order_parent\` ON \`_articles_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`generations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer,
  	\`brief_id\` integer,
  	\`run\` text,
  	\`phase\` text NOT NULL,
  	\`run_attempt\` numeric,
  	\`kit_id\` integer,
  	\`kit_version\` text,
  	\`status\` text NOT NULL,
  	\`model\` text,
  	\`params\` text,
  	\`messages\` text,
  	\`input_hash\` text,
  	\`raw_output\` text,
  	\`parsed_output\` text,
  	\`validation_errors\` text,
  	\`error\` text,
  	\`attempts\` numeric,
  	\`prompt_tokens\` numeric,
  	\`completion_tokens\` numeric,
  	\`cached_tokens\` numeric,
  	\`total_tokens\` numeric,
  	\`cost\` numeric,
  	\`latency_ms\` numeric,
  	\`cache_hit\` integer DEFAULT false,
  	\`triggered_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`brief_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`kit_id\`) REFERENCES \`prompt_kits\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`triggered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`generations_article_idx\` ON \`generations\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`generations_brief_idx\` ON \`generations\` (\`brief_id\`);`)
  await db.run(sql`CREATE INDEX \`generations_run_idx\` ON \`generations\` (\`run\`);`)
  await db.run(sql`CREATE INDEX \`generations_phase_idx\` ON \`generations\` (\`phase\`);`)
  await db.run(sql`CREATE INDEX \`generations_kit_idx\` ON \`generations\` (\`kit_id\`);`)
  await db.run(sql`CREATE INDEX \`generations_status_idx\` ON \`generations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`generations_model_idx\` ON \`generations\` (\`model\`);`)
  await db.run(sql`CREATE INDEX \`generations_input_hash_idx\` ON \`generations\` (\`input_hash\`);`)
  await db.run(sql`CREATE INDEX \`generations_triggered_by_idx\` ON \`generations\` (\`triggered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`generations_updated_at_idx\` ON \`generations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`generations_created_at_idx\` ON \`generations\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`run_phase_runAttempt_idx\` ON \`generations\` (\`run\`,\`phase\`,\`run_attempt\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`concurrency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	\`topical_maps_id\` integer,
  	\`briefs_id\` integer,
  	\`prompt_kits_id\` integer,
  	\`articles_id\` integer,
  	\`generations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topical_maps_id\`) REFERENCES \`topical_maps\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`briefs_id\`) REFERENCES \`briefs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`prompt_kits_id\`) REFERENCES \`prompt_kits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`generations_id\`) REFERENCES \`generations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topical_maps_id_idx\` ON \`payload_locked_documents_rels\` (\`topical_maps_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_briefs_id_idx\` ON \`payload_locked_documents_rels\` (\`briefs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_prompt_kits_id_idx\` ON \`payload_locked_documents_rels\` (\`prompt_kits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_generations_id_idx\` ON \`payload_locked_documents_rels\` (\`generations_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`topical_maps_content_groups\`;`)
  await db.run(sql`DROP TABLE \`topical_maps\`;`)
  await db.run(sql`DROP TABLE \`briefs_secondary_keywords\`;`)
  await db.run(sql`DROP TABLE \`briefs_common_mistakes\`;`)
  await db.run(sql`DROP TABLE \`briefs_pro_tips\`;`)
  await db.run(sql`DROP TABLE \`briefs\`;`)
  await db.run(sql`DROP TABLE \`prompt_kits_phases\`;`)
  await db.run(sql`DROP TABLE \`prompt_kits\`;`)
  await db.run(sql`DROP TABLE \`prompt_kits_texts\`;`)
  await db.run(sql`DROP TABLE \`_prompt_kits_v_version_phases\`;`)
  await db.run(sql`DROP TABLE \`_prompt_kits_v\`;`)
  await db.run(sql`DROP TABLE \`_prompt_kits_v_texts\`;`)
  await db.run(sql`DROP TABLE \`articles_faq\`;`)
  await db.run(sql`DROP TABLE \`articles_eeat\`;`)
  await db.run(sql`DROP TABLE \`articles_image_plan\`;`)
  await db.run(sql`DROP TABLE \`articles_internal_links\`;`)
  await db.run(sql`DROP TABLE \`articles_social_twitter_thread\`;`)
  await db.run(sql`DROP TABLE \`articles_pipeline\`;`)
  await db.run(sql`DROP TABLE \`articles_proposals\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_texts\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_faq\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_eeat\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_image_plan\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_internal_links\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_social_twitter_thread\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_pipeline\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_proposals\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_texts\`;`)
  await db.run(sql`DROP TABLE \`generations\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
