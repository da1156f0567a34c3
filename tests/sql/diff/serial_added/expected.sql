-- AlterTable
CREATE SEQUENCE t_a_seq;
ALTER TABLE "T" ALTER COLUMN "a" SET DEFAULT nextval('t_a_seq');
ALTER SEQUENCE t_a_seq OWNED BY "T"."a";
