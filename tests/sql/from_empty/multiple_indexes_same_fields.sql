-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Metric" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "Metric_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Metric_name_value_idx" ON "Metric"("name", "value");

-- CreateIndex
CREATE INDEX "metric_name_value_desc_idx" ON "Metric"("name", "value" DESC);

-- CreateIndex
CREATE INDEX "metric_name_hash_idx" ON "Metric" USING HASH ("name");
