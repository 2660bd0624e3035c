"""What a user can do.  Each service owns its unit of work and returns what changed."""
