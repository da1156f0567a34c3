-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";
