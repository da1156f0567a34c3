-- AlterTable
ALTER TABLE "T" ADD COLUMN     "b" TEXT;
