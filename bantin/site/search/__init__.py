"""Full-text search, part of the site: Vietnamese words for the index (`words`), Pagefind run
over the article pages of one year (`pagefind`), and the index in parts by year, each made again
only when its articles changed (`parts`)."""
