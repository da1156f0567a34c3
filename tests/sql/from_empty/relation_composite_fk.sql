-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Tenant" (
    "orgId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("orgId","code")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" INTEGER NOT NULL,
    "orgId" INTEGER NOT NULL,
    "tenantCode" TEXT NOT NULL,
    "tenantSlug" TEXT NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_orgId_slug_key" ON "Tenant"("orgId", "slug");

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_orgId_tenantCode_fkey" FOREIGN KEY ("orgId", "tenantCode") REFERENCES "Tenant"("orgId", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_orgId_tenantSlug_fkey" FOREIGN KEY ("orgId", "tenantSlug") REFERENCES "Tenant"("orgId", "slug") ON DELETE RESTRICT ON UPDATE CASCADE;
