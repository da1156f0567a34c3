-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Generated" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uuidV4" TEXT NOT NULL,
    "uuid4" TEXT NOT NULL,
    "uuid7" UUID NOT NULL,
    "cuidV1" TEXT NOT NULL,
    "cuid1" TEXT NOT NULL,
    "cuid2" TEXT NOT NULL,
    "nano" TEXT NOT NULL,
    "nano10" TEXT NOT NULL,
    "sortable" TEXT NOT NULL,
    "fromDb" UUID NOT NULL DEFAULT gen_random_uuid(),
    "expr" TIMESTAMP(3) NOT NULL DEFAULT (now() + '1 day'::interval),
    "noExpr" INTEGER NOT NULL,

    CONSTRAINT "Generated_pkey" PRIMARY KEY ("id")
);
