-- CreateIndex
CREATE INDEX "T_j_idx" ON "T" USING GIN ("j");
