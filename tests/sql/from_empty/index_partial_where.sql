-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Invitation" (
    "id" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "accepted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Invitation_email_idx" ON "Invitation"("email") WHERE ("deletedAt" IS NULL);

-- CreateIndex
CREATE INDEX "Invitation_status_idx" ON "Invitation"("status") WHERE ("accepted" = false);

-- CreateIndex
CREATE UNIQUE INDEX "one_pending_invite" ON "Invitation"("email", "status") WHERE (status = 'PENDING');
