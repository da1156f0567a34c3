-- DropIndex
DROP INDEX "T_b_key";

-- AlterTable
ALTER TABLE "T" DROP CONSTRAINT "T_pkey",
ADD CONSTRAINT "T_pkey" PRIMARY KEY ("b");

-- CreateIndex
CREATE UNIQUE INDEX "T_a_key" ON "T"("a");
