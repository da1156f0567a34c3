-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "blog_posts" (
    "post_id" INTEGER NOT NULL,
    "post_title" TEXT NOT NULL,
    "url_slug" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "blog_posts_pk" PRIMARY KEY ("post_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "blog_posts_slug_key" ON "blog_posts"("url_slug");

-- CreateIndex
CREATE INDEX "blog_posts_created_idx" ON "blog_posts"("created_at");
