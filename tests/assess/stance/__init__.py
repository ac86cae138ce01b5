"""The frozen, independently labelled stance test set (issue #13 item 4); see GUIDE.md."""
