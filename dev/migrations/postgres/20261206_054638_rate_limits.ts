import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "prompt_kit_rate_limits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"window_start" numeric NOT NULL,
  	"hits" numeric DEFAULT 0 NOT NULL
  );
  
  CREATE UNIQUE INDEX "prompt_kit_rate_limits_key_idx" ON "prompt_kit_rate_limits" USING btree ("key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "prompt_kit_rate_limits" CASCADE;`)
}
