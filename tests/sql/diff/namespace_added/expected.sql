-- CreateEnum
CREATE TYPE "other"."E" AS ENUM ('A');

-- CreateTable
CREATE TABLE "other"."U" (
    "id" INTEGER NOT NULL,
    "tId" INTEGER NOT NULL,

    CONSTRAINT "U_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "U_tId_idx" ON "other"."U"("tId");
