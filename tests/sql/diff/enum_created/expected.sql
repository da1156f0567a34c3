-- CreateEnum
CREATE TYPE "Role" AS ENUM ('A', 'B');

-- AlterTable
ALTER TABLE "T" ADD COLUMN     "r" "Role";
