import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "run_llm_wait_since" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "run_llm_next_try_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "run_llm_wait_reason" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_run_llm_wait_since" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_run_llm_next_try_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_run_llm_wait_reason" varchar;
  ALTER TABLE "generations" ADD COLUMN "answered_at" timestamp(3) with time zone;
  ALTER TABLE "generations" ADD COLUMN "holder" varchar;
  ALTER TABLE "generations" ADD COLUMN "lease_expires_at" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "run_llm_wait_since";
  ALTER TABLE "articles" DROP COLUMN "run_llm_next_try_at";
  ALTER TABLE "articles" DROP COLUMN "run_llm_wait_reason";
  ALTER TABLE "_articles_v" DROP COLUMN "version_run_llm_wait_since";
  ALTER TABLE "_articles_v" DROP COLUMN "version_run_llm_next_try_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_run_llm_wait_reason";
  ALTER TABLE "generations" DROP COLUMN "answered_at";
  ALTER TABLE "generations" DROP COLUMN "holder";
  ALTER TABLE "generations" DROP COLUMN "lease_expires_at";`)
}
