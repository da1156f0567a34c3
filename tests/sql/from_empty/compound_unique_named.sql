-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Handle" (
    "id" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "owner" TEXT NOT NULL,

    CONSTRAINT "Handle_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Handle_platform_handle_key" ON "Handle"("platform", "handle");

-- CreateIndex
CREATE UNIQUE INDEX "Handle_region_slug_key" ON "Handle"("region", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "handle_owner_slug_uq" ON "Handle"("owner", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "handle_platform_owner_uq" ON "Handle"("platform", "owner");
