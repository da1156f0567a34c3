-- AlterTable
ALTER TABLE "T" DROP COLUMN "a",
ADD COLUMN     "a" INTEGER NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "T_a_key" ON "T"("a");
