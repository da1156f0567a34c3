-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Indexed" (
    "id" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "doc" JSONB NOT NULL,
    "tags" TEXT[],
    "ip" INET NOT NULL,
    "path" TEXT NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL,
    "at2" TIMESTAMP(3) NOT NULL,
    "amount" INTEGER NOT NULL,
    "search" tsvector,

    CONSTRAINT "Indexed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Indexed_label_idx" ON "Indexed"("label");

-- CreateIndex
CREATE INDEX "Indexed_token_idx" ON "Indexed" USING HASH ("token");

-- CreateIndex
CREATE INDEX "Indexed_doc_idx" ON "Indexed" USING GIN ("doc" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "indexed_tags_gin" ON "Indexed" USING GIN ("tags" array_ops);

-- CreateIndex
CREATE INDEX "indexed_search_gin" ON "Indexed" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Indexed_ip_idx" ON "Indexed" USING GIST ("ip" inet_ops);

-- CreateIndex
CREATE INDEX "Indexed_path_idx" ON "Indexed" USING SPGIST ("path" text_ops);

-- CreateIndex
CREATE INDEX "Indexed_at_idx" ON "Indexed" USING BRIN ("at" timestamptz_minmax_ops);

-- CreateIndex
CREATE INDEX "Indexed_at2_idx" ON "Indexed" USING BRIN ("at2" timestamp_minmax_ops);

-- CreateIndex
CREATE INDEX "Indexed_amount_idx" ON "Indexed" USING BRIN ("amount" int4_bloom_ops);
