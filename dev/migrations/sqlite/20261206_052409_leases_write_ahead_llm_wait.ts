import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`run_llm_wait_since\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`run_llm_next_try_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`run_llm_wait_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_run_llm_wait_since\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_run_llm_next_try_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_run_llm_wait_reason\` text;`)
  await db.run(sql`ALTER TABLE \`generations\` ADD \`answered_at\` text;`)
  await db.run(sql`ALTER TABLE \`generations\` ADD \`holder\` text;`)
  await db.run(sql`ALTER TABLE \`generations\` ADD \`lease_expires_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`run_llm_wait_since\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`run_llm_next_try_at\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`run_llm_wait_reason\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_run_llm_wait_since\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_run_llm_next_try_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_run_llm_wait_reason\`;`)
  await db.run(sql`ALTER TABLE \`generations\` DROP COLUMN \`answered_at\`;`)
  await db.run(sql`ALTER TABLE \`generations\` DROP COLUMN \`holder\`;`)
  await db.run(sql`ALTER TABLE \`generations\` DROP COLUMN \`lease_expires_at\`;`)
}
