-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "auth";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "billing";

-- CreateEnum
CREATE TYPE "auth"."Plan" AS ENUM ('FREE');

-- CreateEnum
CREATE TYPE "billing"."Zeta" AS ENUM ('A');

-- CreateEnum
CREATE TYPE "billing"."Alpha" AS ENUM ('A');

-- CreateTable
CREATE TABLE "billing"."User" (
    "id" INTEGER NOT NULL,
    "plan" "auth"."Plan" NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth"."Thing" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Thing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth"."_ThingToUser" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ThingToUser_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_ThingToUser_B_index" ON "auth"."_ThingToUser"("B");

-- AddForeignKey
ALTER TABLE "auth"."_ThingToUser" ADD CONSTRAINT "_ThingToUser_A_fkey" FOREIGN KEY ("A") REFERENCES "auth"."Thing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth"."_ThingToUser" ADD CONSTRAINT "_ThingToUser_B_fkey" FOREIGN KEY ("B") REFERENCES "billing"."User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
