"""What one person is doing: the document they see, their undo, their drafts, conflicts, save state (no Textual)."""
