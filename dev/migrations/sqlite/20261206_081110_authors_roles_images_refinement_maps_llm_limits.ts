import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_same_as\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_same_as_order_idx\` ON \`users_same_as\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_same_as_parent_id_idx\` ON \`users_same_as\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`prompt_kit_llm_budgets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`model\` text NOT NULL,
  	\`slot_start\` numeric NOT NULL,
  	\`requests\` numeric DEFAULT 0 NOT NULL,
  	\`tokens\` numeric DEFAULT 0 NOT NULL,
  	\`paused_until\` numeric DEFAULT 0 NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`prompt_kit_llm_budgets_key_idx\` ON \`prompt_kit_llm_budgets\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`prompt_kit_llm_budgets_model_idx\` ON \`prompt_kit_llm_budgets\` (\`model\`);`)
  await db.run(sql`CREATE INDEX \`prompt_kit_llm_budgets_slot_start_idx\` ON \`prompt_kit_llm_budgets\` (\`slot_start\`);`)
  await db.run(sql`CREATE TABLE \`prompt_kit_batches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`topical_map_id\` integer NOT NULL,
  	\`entries\` text,
  	\`forecast\` text,
  	\`budget\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`topical_map_id\`) REFERENCES \`topical_maps\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`prompt_kit_batches_topical_map_idx\` ON \`prompt_kit_batches\` (\`topical_map_id\`);`)
  await db.run(sql`CREATE INDEX \`prompt_kit_batches_created_by_idx\` ON \`prompt_kit_batches\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`prompt_kit_batches_updated_at_idx\` ON \`prompt_kit_batches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`prompt_kit_batches_created_at_idx\` ON \`prompt_kit_batches\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_same_as\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_same_as_order_idx\` ON \`site_settings_same_as\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_same_as_parent_id_idx\` ON \`site_settings_same_as\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_name\` text,
  	\`site_url\` text,
  	\`publisher_name\` text,
  	\`publisher_url\` text,
  	\`publisher_logo_id\` integer,
  	\`default_author_id\` integer,
  	\`default_og_image_id\` integer,
  	\`twitter_handle\` text,
  	\`locale\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`publisher_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`default_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`default_og_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_publisher_logo_idx\` ON \`site_settings\` (\`publisher_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_default_author_idx\` ON \`site_settings\` (\`default_author_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_default_og_image_idx\` ON \`site_settings\` (\`default_og_image_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`role\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`bio\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`url\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`users_image_idx\` ON \`users\` (\`image_id\`);`)
  await db.run(sql`ALTER TABLE \`topical_maps\` ADD \`generation_budget_max_cost_usd\` numeric;`)
  await db.run(sql`ALTER TABLE \`topical_maps\` ADD \`generation_budget_max_tokens\` numeric;`)
  await db.run(sql`ALTER TABLE \`articles_image_plan\` ADD \`image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`articles_image_plan\` ADD \`caption\` text;`)
  await db.run(sql`CREATE INDEX \`articles_image_plan_image_idx\` ON \`articles_image_plan\` (\`image_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`run_refinement\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`seo_review_dismissed\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_version_image_plan\` ADD \`image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v_version_image_plan\` ADD \`caption\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_image_plan_image_idx\` ON \`_articles_v_version_image_plan\` (\`image_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_run_refinement\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_seo_review_dismissed\` text;`)
  // SQLite cannot add a column with `ON DELETE SET NULL` by ALTER TABLE: these tables are rebuilt with
  // their upload columns' foreign keys as the schema declares them (what drizzle-kit's push would run).
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
	\`id\` integer PRIMARY KEY NOT NULL,
	\`name\` text,
	\`role\` text,
	\`bio\` text,
	\`url\` text,
	\`image_id\` integer,
	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	\`email\` text NOT NULL,
	\`reset_password_token\` text,
	\`reset_password_expiration\` text,
	\`salt\` text,
	\`hash\` text,
	\`reset_password_requested_at\` text,
	\`login_attempts\` numeric DEFAULT 0,
	\`lock_until\` text,
	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
);
`)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "role", "bio", "url", "image_id", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "role", "bio", "url", "image_id", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_image_idx\` ON \`users\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_articles_image_plan\` (
	\`_order\` integer NOT NULL,
	\`_parent_id\` integer NOT NULL,
	\`id\` text PRIMARY KEY NOT NULL,
	\`filename\` text,
	\`image_id\` integer,
	\`alt_text\` text,
	\`caption\` text,
	\`description\` text,
	\`placement\` text,
	\`type\` text,
	\`format\` text,
	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
);
`)
  await db.run(sql`INSERT INTO \`__new_articles_image_plan\`("_order", "_parent_id", "id", "filename", "image_id", "alt_text", "caption", "description", "placement", "type", "format") SELECT "_order", "_parent_id", "id", "filename", "image_id", "alt_text", "caption", "description", "placement", "type", "format" FROM \`articles_image_plan\`;`)
  await db.run(sql`DROP TABLE \`articles_image_plan\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_image_plan\` RENAME TO \`articles_image_plan\`;`)
  await db.run(sql`CREATE INDEX \`articles_image_plan_order_idx\` ON \`articles_image_plan\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_image_plan_parent_id_idx\` ON \`articles_image_plan\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_image_plan_image_idx\` ON \`articles_image_plan\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_version_image_plan\` (
	\`_order\` integer NOT NULL,
	\`_parent_id\` integer NOT NULL,
	\`id\` integer PRIMARY KEY NOT NULL,
	\`filename\` text,
	\`image_id\` integer,
	\`alt_text\` text,
	\`caption\` text,
	\`description\` text,
	\`placement\` text,
	\`type\` text,
	\`format\` text,
	\`_uuid\` text,
	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
);
`)
  await db.run(sql`INSERT INTO \`__new__articles_v_version_image_plan\`("_order", "_parent_id", "id", "filename", "image_id", "alt_text", "caption", "description", "placement", "type", "format", "_uuid") SELECT "_order", "_parent_id", "id", "filename", "image_id", "alt_text", "caption", "description", "placement", "type", "format", "_uuid" FROM \`_articles_v_version_image_plan\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_image_plan\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_version_image_plan\` RENAME TO \`_articles_v_version_image_plan\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_image_plan_order_idx\` ON \`_articles_v_version_image_plan\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_image_plan_parent_id_idx\` ON \`_articles_v_version_image_plan\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_image_plan_image_idx\` ON \`_articles_v_version_image_plan\` (\`image_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_same_as\`;`)
  await db.run(sql`DROP TABLE \`prompt_kit_llm_budgets\`;`)
  await db.run(sql`DROP TABLE \`prompt_kit_batches\`;`)
  await db.run(sql`DROP TABLE \`site_settings_same_as\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
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
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_articles_image_plan\` (
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
  await db.run(sql`INSERT INTO \`__new_articles_image_plan\`("_order", "_parent_id", "id", "filename", "description", "placement", "alt_text", "type", "format") SELECT "_order", "_parent_id", "id", "filename", "description", "placement", "alt_text", "type", "format" FROM \`articles_image_plan\`;`)
  await db.run(sql`DROP TABLE \`articles_image_plan\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_image_plan\` RENAME TO \`articles_image_plan\`;`)
  await db.run(sql`CREATE INDEX \`articles_image_plan_order_idx\` ON \`articles_image_plan\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_image_plan_parent_id_idx\` ON \`articles_image_plan\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_version_image_plan\` (
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
  await db.run(sql`INSERT INTO \`__new__articles_v_version_image_plan\`("_order", "_parent_id", "id", "filename", "description", "placement", "alt_text", "type", "format", "_uuid") SELECT "_order", "_parent_id", "id", "filename", "description", "placement", "alt_text", "type", "format", "_uuid" FROM \`_articles_v_version_image_plan\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_image_plan\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_version_image_plan\` RENAME TO \`_articles_v_version_image_plan\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_image_plan_order_idx\` ON \`_articles_v_version_image_plan\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_image_plan_parent_id_idx\` ON \`_articles_v_version_image_plan\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`topical_maps\` DROP COLUMN \`generation_budget_max_cost_usd\`;`)
  await db.run(sql`ALTER TABLE \`topical_maps\` DROP COLUMN \`generation_budget_max_tokens\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`run_refinement\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`seo_review_dismissed\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_run_refinement\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_seo_review_dismissed\`;`)
}
