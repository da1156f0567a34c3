-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('INSTAGRAM', 'TIKTOK', 'YOUTUBE');

-- CreateTable
CREATE TABLE "Campaign" (
    "id" INTEGER NOT NULL,
    "platforms" "Platform"[],
    "preferred" "Platform"[] DEFAULT ARRAY['INSTAGRAM']::"Platform"[],

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Campaign_platforms_idx" ON "Campaign" USING GIN ("platforms");
