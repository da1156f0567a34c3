-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TimeTypes" (
    "id" INTEGER NOT NULL,
    "plainTs" TIMESTAMP NOT NULL,
    "ts3" TIMESTAMP(3) NOT NULL,
    "tsTz" TIMESTAMPTZ NOT NULL,
    "tsTz6" TIMESTAMPTZ(6) NOT NULL,
    "day" DATE NOT NULL,
    "clock" TIME NOT NULL,
    "clock0" TIME(0),
    "clockTz" TIMETZ,
    "clockTz3" TIMETZ(3),

    CONSTRAINT "TimeTypes_pkey" PRIMARY KEY ("id")
);
