-- DropIndex
DROP INDEX "T_b_idx";

-- AlterTable
ALTER TABLE "T" DROP COLUMN "b";
