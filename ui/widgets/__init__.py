"""Small reusable widgets drawn by hand (charts)."""
