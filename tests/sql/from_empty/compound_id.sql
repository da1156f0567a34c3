-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Translation" (
    "locale" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "Translation_pkey" PRIMARY KEY ("locale","key")
);

-- CreateTable
CREATE TABLE "Reading" (
    "sensorId" INTEGER NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "readings_pk" PRIMARY KEY ("sensorId","takenAt")
);
