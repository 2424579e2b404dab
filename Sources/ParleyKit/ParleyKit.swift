// ParleyKit: the content library (articles, library folder, reactions, drafts).
