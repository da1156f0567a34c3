-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

-- CreateEnum
CREATE TYPE "Status" AS ENUM ('DRAFT', 'IN_REVIEW', 'APPROVED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "user_role" AS ENUM ('USER', 'ADMIN', 'SUPER_ADMIN');

-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('INSTAGRAM', 'YOUTUBE', 'TIKTOK', 'X', 'FACEBOOK', 'LINKEDIN', 'TWITCH');

-- CreateEnum
CREATE TYPE "KPI" AS ENUM ('AD_RECALL', 'BRAND_AWARENESS', 'CONSIDERATION', 'MESSAGE_ASSOCIATION', 'BRAND_PREFERENCE', 'PURCHASE_INTENT', 'ACTION_INTENT', 'RECOMMENDATION_INTENT', 'ADVOCACY');

-- CreateEnum
CREATE TYPE "Currency" AS ENUM ('USD', 'EUR', 'GBP', 'CAD', 'AUD');

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('draft', 'submitted', 'approved', 'rejected');

-- CreateEnum
CREATE TYPE "BrandLiftStudyStatus" AS ENUM ('DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'COLLECTING', 'COMPLETED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "QuestionType" AS ENUM ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'OPEN_TEXT', 'RATING_SCALE');

-- CreateEnum
CREATE TYPE "ApprovalStatus" AS ENUM ('PENDING_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'SIGNED_OFF');

-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('OWNER', 'ADMIN', 'MEMBER', 'VIEWER');

-- CreateEnum
CREATE TYPE "InvitationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'REVOKED');

-- CreateEnum
CREATE TYPE "creative_asset_type" AS ENUM ('image', 'video', 'audio', 'document');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "clerkId" TEXT NOT NULL,
    "email" CITEXT NOT NULL,
    "name" VARCHAR(120),
    "image" TEXT,
    "role" "user_role" NOT NULL DEFAULT 'USER',
    "stripeCustomerId" TEXT,
    "stripeSubscriptionId" TEXT,
    "stripePriceId" VARCHAR(64),
    "stripeCurrentPeriodEnd" TIMESTAMPTZ(6),
    "notification_prefs" JSONB NOT NULL DEFAULT '{"email":true,"inApp":true,"digest":"weekly"}',
    "digestTime" TIME(0),
    "onboardingComplete" BOOLEAN NOT NULL DEFAULT false,
    "referredById" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team_members" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "teamOwnerId" TEXT NOT NULL,
    "role" "TeamRole" NOT NULL DEFAULT 'MEMBER',
    "workdayStartsAt" TIMETZ(0),
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "team_members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team_invitations" (
    "id" UUID NOT NULL,
    "email" CITEXT NOT NULL,
    "role" "TeamRole" NOT NULL DEFAULT 'MEMBER',
    "status" "InvitationStatus" NOT NULL DEFAULT 'PENDING',
    "token" TEXT NOT NULL DEFAULT encode(gen_random_bytes(24), 'hex'),
    "inviterId" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "team_invitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "branding_settings" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "primaryColor" CHAR(7) NOT NULL DEFAULT '#1E3A8A',
    "secondaryColor" CHAR(7) NOT NULL DEFAULT '#F59E0B',
    "headerFont" VARCHAR(64) NOT NULL DEFAULT 'Inter',
    "headerFontSize" SMALLINT NOT NULL DEFAULT 16,
    "bodyFont" VARCHAR(64) NOT NULL DEFAULT 'Inter',
    "bodyFontSize" SMALLINT NOT NULL DEFAULT 14,
    "logoUrl" TEXT,
    "logoBytes" BYTEA,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "branding_settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stripe_events" (
    "id" VARCHAR(255) NOT NULL,
    "type" VARCHAR(128) NOT NULL,
    "livemode" BOOLEAN NOT NULL DEFAULT false,
    "apiVersion" TEXT,
    "payload" JSONB,
    "processedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stripe_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignWizard" (
    "id" UUID NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "businessGoal" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "timeZone" VARCHAR(64) NOT NULL DEFAULT 'UTC',
    "currency" "Currency" NOT NULL DEFAULT 'USD',
    "budget" JSONB NOT NULL,
    "primaryKPI" "KPI",
    "secondaryKPIs" "KPI"[] DEFAULT ARRAY[]::"KPI"[],
    "platforms" "Platform"[] DEFAULT ARRAY['INSTAGRAM', 'TIKTOK']::"Platform"[],
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "step" SMALLINT NOT NULL DEFAULT 1,
    "isComplete" BOOLEAN NOT NULL DEFAULT false,
    "messaging" JSONB,
    "expectedOutcomes" JSONB,
    "legacyPayload" JSONB,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "CampaignWizard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaign_wizard_submissions" (
    "id" SERIAL NOT NULL,
    "wizardId" UUID NOT NULL,
    "campaignName" VARCHAR(255) NOT NULL,
    "description" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "totalBudget" DECIMAL(12,2) NOT NULL,
    "socialMediaBudget" MONEY,
    "currency" "Currency" NOT NULL DEFAULT 'USD',
    "submissionStatus" "SubmissionStatus" NOT NULL DEFAULT 'draft',
    "submittedById" TEXT,
    "submittedAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "campaign_wizard_submissions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audiences" (
    "id" TEXT NOT NULL,
    "campaignId" UUID NOT NULL,
    "ageMin" SMALLINT NOT NULL DEFAULT 18,
    "ageMax" SMALLINT NOT NULL DEFAULT 65,
    "genders" TEXT[] DEFAULT ARRAY['female', 'male', 'other']::TEXT[],
    "locations" TEXT[],
    "interests" TEXT[],
    "languages" TEXT[] DEFAULT ARRAY['en']::TEXT[],
    "incomeMin" REAL DEFAULT 0.0,
    "segmentMask" VARBIT,
    "screeningQuestions" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "audiences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "creative_assets" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "creative_asset_type" NOT NULL,
    "url" TEXT NOT NULL,
    "fileSize" BIGINT,
    "durationSeconds" DOUBLE PRECISION,
    "checksum" BYTEA,
    "vastTag" XML,
    "dominantColor" CHAR(7),
    "campaignId" UUID NOT NULL,
    "uploaded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "creative_assets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "creative_requirements" (
    "id" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "mandatory" BOOLEAN NOT NULL DEFAULT true,
    "campaignId" UUID NOT NULL,

    CONSTRAINT "creative_requirements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "marketplace_influencers" (
    "id" TEXT NOT NULL,
    "handle" CITEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "displayName" TEXT,
    "avatarUrl" TEXT,
    "bio" TEXT,
    "followerCount" INTEGER NOT NULL DEFAULT 0,
    "averageViews" BIGINT NOT NULL DEFAULT 0,
    "engagementRate" DOUBLE PRECISION,
    "justifyScore" DECIMAL(5,2),
    "isVerified" BOOLEAN NOT NULL DEFAULT false,
    "contentFlags" BIT(8),
    "insightiqProfileId" TEXT,
    "searchVector" tsvector,
    "lastSyncedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "marketplace_influencers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InsightIQAccountLink" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "influencerId" TEXT,
    "insightiqAccountId" TEXT NOT NULL,
    "insightiqUserId" TEXT NOT NULL,
    "workPlatformId" UUID NOT NULL,
    "platform" "Platform" NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'connected',
    "connectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSyncedAt" TIMESTAMP(3),

    CONSTRAINT "InsightIQAccountLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "influencer_metric_snapshots" (
    "influencerId" TEXT NOT NULL,
    "capturedOn" DATE NOT NULL,
    "followerCount" INTEGER NOT NULL,
    "engagementRate" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "raw" JSON NOT NULL,

    CONSTRAINT "influencer_metric_snapshots_pkey" PRIMARY KEY ("influencerId","capturedOn")
);

-- CreateTable
CREATE TABLE "BrandLiftStudy" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "campaignId" UUID NOT NULL,
    "status" "BrandLiftStudyStatus" NOT NULL DEFAULT 'DRAFT',
    "funnelStage" TEXT NOT NULL,
    "primaryKpi" "KPI" NOT NULL,
    "secondaryKpis" "KPI"[],
    "targetSampleSize" INTEGER,
    "cintProjectId" BIGINT,
    "launchedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BrandLiftStudy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyQuestion" (
    "id" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "questionType" "QuestionType" NOT NULL,
    "order" INTEGER NOT NULL,
    "kpiAssociation" "KPI",
    "isRandomized" BOOLEAN NOT NULL DEFAULT false,
    "isMandatory" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SurveyQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyOption" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "imageUrl" TEXT,
    "value" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "SurveyOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" BIGSERIAL NOT NULL,
    "studyId" TEXT NOT NULL,
    "respondentId" VARCHAR(128) NOT NULL,
    "isControlGroup" BOOLEAN NOT NULL,
    "answers" JSONB NOT NULL,
    "demographics" JSON,
    "ipAddress" INET,
    "qualityScore" REAL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrandLiftReport" (
    "id" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "overallLift" DECIMAL(6,3),
    "metrics" JSONB NOT NULL,
    "pdfExport" BYTEA,
    "generatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BrandLiftReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyApprovalStatus" (
    "id" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "status" "ApprovalStatus" NOT NULL DEFAULT 'PENDING_REVIEW',
    "requestedSignOff" BOOLEAN NOT NULL DEFAULT false,
    "signedOffBy" TEXT,
    "signedOffAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SurveyApprovalStatus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyApprovalComment" (
    "id" TEXT NOT NULL,
    "approvalStatusId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "questionId" TEXT,
    "text" TEXT NOT NULL,
    "resolved" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SurveyApprovalComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" BIGSERIAL NOT NULL,
    "actorId" TEXT,
    "action" VARCHAR(64) NOT NULL,
    "entity" VARCHAR(64) NOT NULL,
    "entityId" TEXT,
    "tableOid" OID,
    "ipAddress" INET,
    "message" TEXT NOT NULL DEFAULT '',
    "payload" JSONB,
    "occurredAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegacyCampaignImport" (
    "id" SERIAL NOT NULL,
    "sheetRow" INTEGER NOT NULL,
    "rawRow" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT 'Imported from "Campaigns 2023".
Do not edit.',
    "budgetCents" BIGINT NOT NULL DEFAULT -1,
    "ratio" DOUBLE PRECISION NOT NULL DEFAULT -0.5,
    "imported" BOOLEAN NOT NULL DEFAULT true,
    "importedAt" TIMESTAMP(0) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegacyCampaignImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_CampaignWizardToMarketplaceInfluencer" (
    "A" UUID NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CampaignWizardToMarketplaceInfluencer_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_clerkId_key" ON "users"("clerkId");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "users_stripeCustomerId_key" ON "users"("stripeCustomerId");

-- CreateIndex
CREATE UNIQUE INDEX "users_stripeSubscriptionId_key" ON "users"("stripeSubscriptionId");

-- CreateIndex
CREATE INDEX "users_role_idx" ON "users"("role");

-- CreateIndex
CREATE INDEX "users_createdAt_idx" ON "users"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "users_referredById_idx" ON "users"("referredById");

-- CreateIndex
CREATE INDEX "team_members_userId_idx" ON "team_members"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "team_members_teamOwnerId_userId_key" ON "team_members"("teamOwnerId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "team_invitations_token_key" ON "team_invitations"("token");

-- CreateIndex
CREATE INDEX "team_invitations_email_idx" ON "team_invitations"("email");

-- CreateIndex
CREATE UNIQUE INDEX "team_invitations_open_key" ON "team_invitations"("inviterId", "email") WHERE (status = 'PENDING');

-- CreateIndex
CREATE UNIQUE INDEX "branding_settings_userId_key" ON "branding_settings"("userId");

-- CreateIndex
CREATE INDEX "stripe_events_type_idx" ON "stripe_events" USING HASH ("type");

-- CreateIndex
CREATE INDEX "stripe_events_processedAt_idx" ON "stripe_events"("processedAt" DESC);

-- CreateIndex
CREATE INDEX "CampaignWizard_userId_status_idx" ON "CampaignWizard"("userId", "status");

-- CreateIndex
CREATE INDEX "CampaignWizard_platforms_idx" ON "CampaignWizard" USING GIN ("platforms");

-- CreateIndex
CREATE INDEX "campaign_wizard_recent_idx" ON "CampaignWizard"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "campaign_wizard_submissions_wizardId_key" ON "campaign_wizard_submissions"("wizardId");

-- CreateIndex
CREATE INDEX "campaign_wizard_submissions_submissionStatus_createdAt_idx" ON "campaign_wizard_submissions"("submissionStatus", "createdAt");

-- CreateIndex
CREATE INDEX "campaign_wizard_submissions_submittedById_idx" ON "campaign_wizard_submissions"("submittedById");

-- CreateIndex
CREATE UNIQUE INDEX "audiences_campaignId_key" ON "audiences"("campaignId");

-- CreateIndex
CREATE INDEX "creative_assets_campaignId_type_idx" ON "creative_assets"("campaignId", "type");

-- CreateIndex
CREATE INDEX "creative_requirements_campaignId_idx" ON "creative_requirements"("campaignId");

-- CreateIndex
CREATE UNIQUE INDEX "marketplace_influencers_insightiqProfileId_key" ON "marketplace_influencers"("insightiqProfileId");

-- CreateIndex
CREATE INDEX "marketplace_influencers_followerCount_idx" ON "marketplace_influencers"("followerCount" DESC);

-- CreateIndex
CREATE INDEX "marketplace_influencers_searchVector_idx" ON "marketplace_influencers" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "marketplace_influencers_platform_handle_key" ON "marketplace_influencers"("platform", "handle");

-- CreateIndex
CREATE UNIQUE INDEX "InsightIQAccountLink_insightiqAccountId_key" ON "InsightIQAccountLink"("insightiqAccountId");

-- CreateIndex
CREATE INDEX "InsightIQAccountLink_influencerId_idx" ON "InsightIQAccountLink"("influencerId");

-- CreateIndex
CREATE UNIQUE INDEX "InsightIQAccountLink_userId_platform_key" ON "InsightIQAccountLink"("userId", "platform");

-- CreateIndex
CREATE INDEX "BrandLiftStudy_campaignId_idx" ON "BrandLiftStudy"("campaignId");

-- CreateIndex
CREATE INDEX "BrandLiftStudy_status_idx" ON "BrandLiftStudy"("status") WHERE (status <> 'ARCHIVED');

-- CreateIndex
CREATE UNIQUE INDEX "SurveyQuestion_studyId_order_key" ON "SurveyQuestion"("studyId", "order");

-- CreateIndex
CREATE INDEX "SurveyOption_questionId_order_idx" ON "SurveyOption"("questionId", "order");

-- CreateIndex
CREATE INDEX "SurveyResponse_studyId_isControlGroup_idx" ON "SurveyResponse"("studyId", "isControlGroup");

-- CreateIndex
CREATE INDEX "SurveyResponse_answers_idx" ON "SurveyResponse" USING GIN ("answers" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "SurveyResponse_ipAddress_idx" ON "SurveyResponse" USING SPGIST ("ipAddress" inet_ops);

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_studyId_respondentId_key" ON "SurveyResponse"("studyId", "respondentId");

-- CreateIndex
CREATE UNIQUE INDEX "BrandLiftReport_studyId_key" ON "BrandLiftReport"("studyId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyApprovalStatus_studyId_key" ON "SurveyApprovalStatus"("studyId");

-- CreateIndex
CREATE INDEX "SurveyApprovalComment_approvalStatusId_createdAt_idx" ON "SurveyApprovalComment"("approvalStatusId", "createdAt");

-- CreateIndex
CREATE INDEX "SurveyApprovalComment_authorId_idx" ON "SurveyApprovalComment"("authorId");

-- CreateIndex
CREATE INDEX "audit_logs_occurredAt_idx" ON "audit_logs" USING BRIN ("occurredAt" timestamptz_minmax_ops);

-- CreateIndex
CREATE INDEX "audit_logs_ipAddress_idx" ON "audit_logs" USING GIST ("ipAddress" inet_ops);

-- CreateIndex
CREATE INDEX "audit_logs_entity_entityId_idx" ON "audit_logs"("entity", "entityId");

-- CreateIndex
CREATE INDEX "audit_logs_actorId_idx" ON "audit_logs"("actorId");

-- CreateIndex
CREATE INDEX "_CampaignWizardToMarketplaceInfluencer_B_index" ON "_CampaignWizardToMarketplaceInfluencer"("B");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_referredById_fkey" FOREIGN KEY ("referredById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_owner_fkey" FOREIGN KEY ("teamOwnerId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team_invitations" ADD CONSTRAINT "team_invitations_inviterId_fkey" FOREIGN KEY ("inviterId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "branding_settings" ADD CONSTRAINT "branding_settings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignWizard" ADD CONSTRAINT "CampaignWizard_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_wizard_submissions" ADD CONSTRAINT "campaign_wizard_submissions_wizardId_fkey" FOREIGN KEY ("wizardId") REFERENCES "CampaignWizard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_wizard_submissions" ADD CONSTRAINT "campaign_wizard_submissions_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audiences" ADD CONSTRAINT "audiences_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "CampaignWizard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "creative_assets" ADD CONSTRAINT "creative_assets_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "CampaignWizard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "creative_requirements" ADD CONSTRAINT "creative_requirements_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "CampaignWizard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsightIQAccountLink" ADD CONSTRAINT "InsightIQAccountLink_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsightIQAccountLink" ADD CONSTRAINT "InsightIQAccountLink_influencerId_fkey" FOREIGN KEY ("influencerId") REFERENCES "marketplace_influencers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "influencer_metric_snapshots" ADD CONSTRAINT "influencer_metric_snapshots_influencerId_fkey" FOREIGN KEY ("influencerId") REFERENCES "marketplace_influencers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandLiftStudy" ADD CONSTRAINT "BrandLiftStudy_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "CampaignWizard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyQuestion" ADD CONSTRAINT "SurveyQuestion_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "BrandLiftStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyOption" ADD CONSTRAINT "SurveyOption_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "SurveyQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "BrandLiftStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandLiftReport" ADD CONSTRAINT "BrandLiftReport_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "BrandLiftStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyApprovalStatus" ADD CONSTRAINT "SurveyApprovalStatus_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "BrandLiftStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyApprovalComment" ADD CONSTRAINT "SurveyApprovalComment_approvalStatusId_fkey" FOREIGN KEY ("approvalStatusId") REFERENCES "SurveyApprovalStatus"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyApprovalComment" ADD CONSTRAINT "SurveyApprovalComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CampaignWizardToMarketplaceInfluencer" ADD CONSTRAINT "_CampaignWizardToMarketplaceInfluencer_A_fkey" FOREIGN KEY ("A") REFERENCES "CampaignWizard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CampaignWizardToMarketplaceInfluencer" ADD CONSTRAINT "_CampaignWizardToMarketplaceInfluencer_B_fkey" FOREIGN KEY ("B") REFERENCES "marketplace_influencers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
