-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "match" AS ENUM ('SELF', 'match', 'ref', 'a_b', 'aB', 'type');

-- CreateTable
CREATE TABLE "select" (
    "id" INTEGER NOT NULL,
    "ref" TEXT NOT NULL,
    "where" INTEGER NOT NULL,
    "self" BOOLEAN NOT NULL,
    "async" INTEGER,
    "fooBar" INTEGER NOT NULL,
    "foo_bar" INTEGER NOT NULL,
    "q" INTEGER NOT NULL,
    "v" INTEGER NOT NULL,
    "kind" "match" NOT NULL DEFAULT 'SELF',
    "itemsSome" INTEGER,
    "ownerIs" INTEGER,
    "ownerId" INTEGER,
    "connectOwner" INTEGER,

    CONSTRAINT "select_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ref" (
    "id" INTEGER NOT NULL,
    "typeId" INTEGER NOT NULL,

    CONSTRAINT "ref_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fooBar" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "fooBar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "foo_bar" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "foo_bar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Uuid" (
    "id" UUID NOT NULL,
    "uuid" UUID NOT NULL,

    CONSTRAINT "Uuid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Runtime" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Runtime_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Executor" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Executor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FromRow" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "FromRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "select_q_v_key" ON "select"("q", "v");

-- CreateIndex
CREATE UNIQUE INDEX "select_self_ref_key" ON "select"("self", "ref");

-- AddForeignKey
ALTER TABLE "select" ADD CONSTRAINT "select_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "ref"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ref" ADD CONSTRAINT "ref_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "select"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
