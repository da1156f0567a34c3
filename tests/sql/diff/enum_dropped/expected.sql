-- AlterTable
ALTER TABLE "T" DROP COLUMN "r";

-- DropEnum
DROP TYPE "Role";
