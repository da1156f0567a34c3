-- CreateIndex
CREATE UNIQUE INDEX "T_a_key" ON "T"("a");
