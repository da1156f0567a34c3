-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Plan" AS ENUM ('FREE', 'professional', 'TEAM');

-- CreateTable
CREATE TABLE "Subscription" (
    "id" INTEGER NOT NULL,
    "plan" "Plan" NOT NULL DEFAULT 'FREE',
    "upgrade" "Plan" DEFAULT 'professional',

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);
