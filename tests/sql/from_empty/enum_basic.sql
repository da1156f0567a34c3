-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'GUEST');

-- CreateTable
CREATE TABLE "Account" (
    "id" INTEGER NOT NULL,
    "role" "Role" NOT NULL,
    "previous" "Role",

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);
