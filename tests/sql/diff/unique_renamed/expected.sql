-- RenameIndex
ALTER INDEX "a_old" RENAME TO "a_new";
