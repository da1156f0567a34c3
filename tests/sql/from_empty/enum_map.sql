-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "account_status" AS ENUM ('active', 'inactive', 'pending-review');

-- CreateTable
CREATE TABLE "Account" (
    "id" INTEGER NOT NULL,
    "status" "account_status" NOT NULL DEFAULT 'active',

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);
