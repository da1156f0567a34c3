-- AlterTable
ALTER TABLE "T" DROP COLUMN "b";
