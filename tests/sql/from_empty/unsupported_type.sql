-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Place" (
    "id" INTEGER NOT NULL,
    "location" point,
    "area" polygon,
    "range" tstzrange,
    "search" tsvector NOT NULL,
    "cells" int4[],

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);
