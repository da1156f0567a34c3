-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "K" AS ENUM ('A', 'B');

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "b" BOOLEAN NOT NULL,
    "n" TEXT NOT NULL,
    "n2" TEXT,
    "k" "K" NOT NULL,
    "f" DOUBLE PRECISION NOT NULL,
    "d" TIMESTAMP(3) NOT NULL DEFAULT '2024-05-06 07:08:09.123456 +02:00',

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "T_n_idx" ON "T"("n") WHERE ("b" = true AND "id" != 5 AND "n2" IS NOT NULL AND "n" = 'x''y' AND "f" = 1.5);

-- CreateIndex
CREATE INDEX "T_b_idx" ON "T"("b") WHERE ("n2" IS NULL);
