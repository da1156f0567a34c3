-- DropIndex
DROP INDEX "T_a_idx";

-- CreateIndex
CREATE INDEX "T_a_b_idx" ON "T"("a", "b");
