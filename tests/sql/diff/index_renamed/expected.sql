-- RenameIndex
ALTER INDEX "old_idx" RENAME TO "new_idx";
