-- AlterTable
ALTER TABLE "T" ALTER COLUMN "u" SET DEFAULT gen_random_uuid();
